import { Injectable } from '@nestjs/common';
import type {
  FollowerPage,
  Following,
  FollowRequest,
  FollowState,
  FollowTargetType,
} from '@open-spaces/contracts';
import { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { decodeCursor, PgTimestamp, toPage } from '../../common/pagination/cursor';
import { ProfilesService } from '../profiles/profiles.service';
import { type FollowerRows, FollowsRepository } from './follows.repository';
import { socialErrors } from './social.errors';

/** A follower page continues after (followed at, follower id); the time keeps its microseconds. */
const FollowerKey = z.tuple([PgTimestamp, z.guid()]);

/** The Following lists are short views: the newest of each kind. */
const FOLLOWING_LIMIT = 100;

export interface PageRequest {
  after?: string;
  limit: number;
}

/**
 * Owns follows of people, organisations and topics: following, unfollowing, the lists
 * and the counts, all as the viewer is allowed to see them (visibility and blocks).
 */
@Injectable()
export class FollowsService {
  constructor(
    private readonly follows: FollowsRepository,
    private readonly profiles: ProfilesService,
  ) {}

  async follow(user: AuthUser, request: FollowRequest): Promise<FollowState> {
    const targetId = await this.resolve(user, request, false);
    await this.follows.insert(user.id, request.type, targetId);
    return this.follows.stateOf(user.id, request.type, targetId);
  }

  async unfollow(user: AuthUser, request: FollowRequest): Promise<FollowState> {
    const targetId = await this.resolve(user, request, true);
    await this.follows.delete(user.id, request.type, targetId);
    return this.follows.stateOf(user.id, request.type, targetId);
  }

  /** Whether the viewer follows a target (a user id, organisation id or topic slug), and its count. */
  stateOf(viewerId: string | null, type: FollowTargetType, targetId: string): Promise<FollowState> {
    return this.follows.stateOf(viewerId, type, targetId);
  }

  /** A person's follower and following counts, as the viewer would see them listed. */
  countsOfProfile(viewerId: string | null, userId: string) {
    return this.follows.countsOfProfile(viewerId, userId);
  }

  async followersOfProfile(
    viewer: AuthUser | undefined,
    handle: string,
    page: PageRequest,
  ): Promise<FollowerPage> {
    const rows = await this.follows.followersOfProfile(
      viewerOf(viewer),
      handle,
      followerKey(page.after),
      page.limit + 1,
    );
    return this.toFollowerPage(rows, page.limit, socialErrors.profileNotFound);
  }

  async followersOfOrganisation(
    viewer: AuthUser | undefined,
    slug: string,
    page: PageRequest,
  ): Promise<FollowerPage> {
    const rows = await this.follows.followersOfOrganisation(
      viewer?.id ?? null,
      slug,
      followerKey(page.after),
      page.limit + 1,
    );
    return this.toFollowerPage(rows, page.limit, socialErrors.organisationNotFound);
  }

  async followingOf(viewer: AuthUser | undefined, handle: string): Promise<Following> {
    const rows = await this.follows.followingOf(viewerOf(viewer), handle, FOLLOWING_LIMIT);
    if (!rows) throw socialErrors.profileNotFound();
    return {
      profiles: rows.profiles.map((row) => this.profiles.toSummary(row)),
      organisations: rows.organisations,
      topics: rows.topics,
    };
  }

  private async resolve(user: AuthUser, request: FollowRequest, orFollowed: boolean): Promise<string> {
    const target = request.target.trim().toLowerCase();
    let targetId: string | null;
    if (request.type === 'profile') {
      targetId = await this.follows.findFollowableProfile(user.id, target, orFollowed);
      if (targetId === user.id) throw socialErrors.cannotFollowSelf();
    } else if (request.type === 'organisation') {
      targetId = await this.follows.findFollowableOrganisation(user.id, target, orFollowed);
    } else {
      targetId = await this.follows.findFollowableTopic(user.id, target, orFollowed);
    }
    if (!targetId) throw socialErrors.targetNotFound();
    return targetId;
  }

  private toFollowerPage(rows: FollowerRows, limit: number, notFound: () => Error): FollowerPage {
    if (!rows) throw notFound();
    return toPage(
      rows,
      limit,
      (row) => this.profiles.toSummary(row),
      (row) => [row.cursor_at, row.cursor_id],
    );
  }
}

function viewerOf(user: AuthUser | undefined) {
  return { id: user?.id ?? null, isAdmin: user?.role === 'admin' };
}

function followerKey(cursor: string | undefined) {
  const key = decodeCursor(cursor, FollowerKey);
  return key ? { at: key[0], id: key[1] } : undefined;
}
