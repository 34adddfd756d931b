import { Injectable } from '@nestjs/common';
import type {
  FollowedOrganisationPage,
  FollowedPeoplePage,
  FollowedTopicList,
  FollowerPage,
  FollowRequest,
  FollowState,
  FollowTargetType,
} from '@open-spaces/contracts';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { decodeTimeIdCursor, type PageRequest, toPage } from '../../common/pagination/cursor';
import { Notifier } from '../notifications/notifier';
import { ProfilesService } from '../profiles/profiles.service';
import { FollowsRepository, type PageRows, type PersonPageRow } from './follows.repository';
import { socialErrors } from './social.errors';

/**
 * Owns follows of people, organisations and topics: following, unfollowing, the lists
 * and the counts, all as the viewer is allowed to see them (visibility and blocks).
 */
@Injectable()
export class FollowsService {
  constructor(
    private readonly follows: FollowsRepository,
    private readonly profiles: ProfilesService,
    private readonly notifier: Notifier,
  ) {}

  /** Follows; a person followed is notified (once: following again changes nothing). */
  async follow(user: AuthUser, request: FollowRequest): Promise<FollowState> {
    const targetId = await this.resolve(user, request, false);
    await this.follows.transaction(async (tx) => {
      const followed = await this.follows.insert(tx, user.id, request.type, targetId);
      if (!followed || request.type !== 'profile') return;
      const follower = await this.follows.follower(tx, user.id);
      if (!follower) return;
      await this.notifier.notify(tx, [
        {
          userId: targetId,
          kind: 'new_follower',
          actorId: user.id,
          subject: {
            type: 'profile',
            id: user.id,
            title: follower.display_name,
            path: `/people/${follower.handle}`,
          },
        },
      ]);
    });
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
      decodeTimeIdCursor(page.after),
      page.limit + 1,
    );
    return this.toPersonPage(rows, page.limit, socialErrors.profileNotFound);
  }

  async followersOfOrganisation(
    viewer: AuthUser | undefined,
    slug: string,
    page: PageRequest,
  ): Promise<FollowerPage> {
    const rows = await this.follows.followersOfOrganisation(
      viewer?.id ?? null,
      slug,
      decodeTimeIdCursor(page.after),
      page.limit + 1,
    );
    return this.toPersonPage(rows, page.limit, socialErrors.organisationNotFound);
  }

  async followedPeople(
    viewer: AuthUser | undefined,
    handle: string,
    page: PageRequest,
  ): Promise<FollowedPeoplePage> {
    const rows = await this.follows.followedPeople(
      viewerOf(viewer),
      handle,
      decodeTimeIdCursor(page.after),
      page.limit + 1,
    );
    return this.toPersonPage(rows, page.limit, socialErrors.profileNotFound);
  }

  async followedOrganisations(
    viewer: AuthUser | undefined,
    handle: string,
    page: PageRequest,
  ): Promise<FollowedOrganisationPage> {
    const rows = await this.follows.followedOrganisations(
      viewerOf(viewer),
      handle,
      decodeTimeIdCursor(page.after),
      page.limit + 1,
    );
    if (!rows) throw socialErrors.profileNotFound();
    return toPage(
      rows,
      page.limit,
      (row) => ({ slug: row.slug, name: row.name }),
      (row) => [row.cursor_at, row.cursor_id],
    );
  }

  async followedTopics(viewer: AuthUser | undefined, handle: string): Promise<FollowedTopicList> {
    const topics = await this.follows.followedTopics(viewerOf(viewer), handle);
    if (!topics) throw socialErrors.profileNotFound();
    return { items: topics };
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

  private toPersonPage(rows: PageRows<PersonPageRow>, limit: number, notFound: () => Error): FollowerPage {
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
