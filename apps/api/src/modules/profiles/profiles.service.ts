import { Inject, Injectable } from '@nestjs/common';
import type {
  ExpertPage,
  ExpertQuery,
  MyProfile,
  Profile,
  ProfileDirectoryQuery,
  ProfilePage,
  ProfileSummary,
  UpdateProfileRequest,
} from '@open-spaces/contracts';
import { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { renderMarkdown } from '../../common/markdown/markdown';
import { decodeCursor, toPage } from '../../common/pagination/cursor';
import { imageKeys, imageUrls, storeSquareImage } from '../../common/storage/images';
import { FILE_STORAGE, type FileStorage } from '../../common/storage/storage';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { isReservedHandle, normaliseHandle } from './handles';
import type { ProfileSummaryRow } from './profile-summary';
import { profileErrors } from './profiles.errors';
import { type ProfileChanges, type ProfileRow, ProfilesRepository } from './profiles.repository';

type ProfileUpdate = z.output<typeof UpdateProfileRequest>;
type DirectoryQuery = z.output<typeof ProfileDirectoryQuery>;
type ExpertQueryInput = z.output<typeof ExpertQuery>;

/** What a profile lookup by handle found: the profile, or the current handle of an old one. */
export type ProfileLookup = { kind: 'profile'; profile: Profile } | { kind: 'moved'; handle: string };

const DirectoryCursor = z.tuple([z.string(), z.uuid()]);

/**
 * Owns people's profiles: the owner's view and edits, the public page by handle (with
 * redirects from old handles), the people directory and avatars. Who may see whom is
 * decided in SQL by the shared visibility rules.
 */
@Injectable()
export class ProfilesService {
  constructor(
    private readonly profiles: ProfilesRepository,
    private readonly taxonomy: TaxonomyService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async mine(userId: string): Promise<MyProfile> {
    const row = await this.profiles.findOwn(userId);
    if (!row) throw profileErrors.notFound();
    return this.toMyProfile(row);
  }

  async updateMine(userId: string, input: ProfileUpdate): Promise<MyProfile> {
    const current = await this.profiles.findOwn(userId);
    if (!current) throw profileErrors.notFound();
    await this.taxonomy.assertFields({
      country: { kind: 'country', value: input.country },
      languages: { kind: 'language', value: input.languages },
      topics: { kind: 'topic', value: input.topics, current: current.topics },
      offers: { kind: 'support', value: input.offers },
      needs: { kind: 'support', value: input.needs },
      pressTopics: { kind: 'topic', value: input.pressTopics, current: current.press_topics },
      pressLanguages: { kind: 'language', value: input.pressLanguages },
    });
    if (input.handle !== undefined && input.handle !== current.handle && isReservedHandle(input.handle))
      throw profileErrors.handleTaken();
    const result = await this.profiles.update(userId, toChanges(input), input.displayName);
    if (result.status === 'handle_taken') throw profileErrors.handleTaken();
    return this.mine(userId);
  }

  /** A profile page as this viewer may see it; missing and not visible are the same 404. */
  async findByHandle(rawHandle: string, viewer: AuthUser | undefined): Promise<ProfileLookup> {
    const handle = normaliseHandle(rawHandle);
    if (!handle) throw profileErrors.notFound();
    const viewerId = viewer?.id ?? null;
    const isAdmin = viewer?.role === 'admin';
    const row = await this.profiles.findViewableByHandle(handle, viewerId, isAdmin);
    if (row) return { kind: 'profile', profile: this.toProfile(row, viewerId) };
    const moved = await this.profiles.findCurrentHandleOfOld(handle, viewerId, isAdmin);
    if (moved) return { kind: 'moved', handle: moved };
    throw profileErrors.notFound();
  }

  async directory(query: DirectoryQuery, viewer: AuthUser | undefined): Promise<ProfilePage> {
    const after = decodeCursor(query.after, DirectoryCursor);
    const rows = await this.profiles.listDirectory(query, viewer?.id ?? null, after, query.limit + 1);
    return toPage(
      rows,
      query.limit,
      (row) => this.toSummary(row),
      (row) => [row.sort_name, row.user_id],
    );
  }

  /** People open to press contact, filtered by press topic, interview language and country. */
  async experts(query: ExpertQueryInput, viewer: AuthUser | undefined): Promise<ExpertPage> {
    const after = decodeCursor(query.after, DirectoryCursor);
    const rows = await this.profiles.listExperts(query, viewer?.id ?? null, after, query.limit + 1);
    return toPage(
      rows,
      query.limit,
      (row) => ({
        ...this.toSummary(row),
        pressTopics: row.press_topics,
        pressLanguages: row.press_languages,
        acceptsContactRequests: row.accepts_contact_requests,
      }),
      (row) => [row.sort_name, row.user_id],
    );
  }

  /** Stores a new avatar (checked by content, re-encoded) and removes the previous files. */
  async replaceAvatar(userId: string, upload: Buffer): Promise<MyProfile> {
    const prefix = await storeSquareImage(this.storage, 'avatars', upload);
    let previous: string | null;
    try {
      previous = await this.profiles.replaceAvatar(userId, prefix);
    } catch (error) {
      await this.storage.remove(imageKeys(prefix));
      throw error;
    }
    await this.storage.remove(imageKeys(previous));
    return this.mine(userId);
  }

  async removeAvatar(userId: string): Promise<void> {
    const previous = await this.profiles.replaceAvatar(userId, null);
    await this.storage.remove(imageKeys(previous));
  }

  /** For other modules: whose profile a handle is (current handles only), or null. */
  findUserIdByHandle(rawHandle: string): Promise<string | null> {
    const handle = normaliseHandle(rawHandle);
    return handle ? this.profiles.findUserIdByHandle(handle) : Promise.resolve(null);
  }

  /** For other modules: a list row for a profile they selected with `profileSummaryColumnsSql`. */
  toSummary(row: ProfileSummaryRow): ProfileSummary {
    return {
      handle: row.handle,
      displayName: row.display_name,
      headline: row.headline,
      country: row.country,
      city: row.city,
      avatar: imageUrls(this.storage, row.avatar_key),
      topics: row.topics,
      offers: row.offers,
      needs: row.needs,
      openToPress: row.open_to_press,
    };
  }

  private toProfile(row: ProfileRow, viewerId: string | null): Profile {
    const isMe = viewerId === row.user_id;
    return {
      handle: row.handle,
      displayName: row.display_name,
      headline: row.headline,
      bio: row.bio,
      bioHtml: row.bio_html,
      country: row.country,
      city: row.city_visible || isMe ? row.city : null,
      languages: row.languages,
      topics: row.topics,
      skills: row.skills,
      offers: row.offers,
      needs: row.needs,
      links: row.links,
      avatar: imageUrls(this.storage, row.avatar_key),
      openToPress: row.open_to_press,
      pressTopics: row.press_topics,
      pressLanguages: row.press_languages,
      acceptsContactRequests: row.accepts_contact_requests,
      followerCount: row.follower_count,
      followingCount: row.following_count,
      followedByMe: row.followed_by_me,
      isMe,
    };
  }

  private toMyProfile(row: ProfileRow): MyProfile {
    return {
      ...this.toProfile(row, row.user_id),
      visibility: row.visibility,
      cityVisible: row.city_visible,
      onboarded: row.onboarded,
      moderation: { hidden: row.hidden_at !== null, reason: row.hidden_reason },
    };
  }
}

/** The request's fields as columns; lists lose repeated entries, the bio gets its HTML. */
function toChanges(input: ProfileUpdate): ProfileChanges {
  const unique = (list: string[] | undefined) => (list === undefined ? undefined : [...new Set(list)]);
  return {
    handle: input.handle,
    headline: input.headline,
    bio: input.bio,
    bio_html: input.bio === undefined ? undefined : renderMarkdown(input.bio),
    country: input.country,
    city: input.city === undefined ? undefined : input.city || null,
    city_visible: input.cityVisible,
    languages: unique(input.languages),
    topics: unique(input.topics),
    skills: unique(input.skills),
    offers: unique(input.offers),
    needs: unique(input.needs),
    links: input.links,
    open_to_press: input.openToPress,
    press_topics: unique(input.pressTopics),
    press_languages: unique(input.pressLanguages),
    accepts_contact_requests: input.acceptsContactRequests,
    visibility: input.visibility,
    onboarded: input.onboarded,
  };
}
