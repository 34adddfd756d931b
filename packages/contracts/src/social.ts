import { z } from 'zod';
import { pageOf } from './pagination.js';
import { Handle, ProfileSummary } from './profiles.js';

export const FollowTargetType = z.enum(['profile', 'organisation', 'topic']);
export type FollowTargetType = z.infer<typeof FollowTargetType>;

/** Follow or unfollow: a profile by handle, an organisation by slug, a topic by slug. */
export const FollowRequest = z.object({
  type: FollowTargetType,
  target: z.string().trim().toLowerCase().min(2).max(60),
});
export type FollowRequest = z.input<typeof FollowRequest>;

export const FollowState = z.object({ following: z.boolean(), followerCount: z.number().int() });
export type FollowState = z.infer<typeof FollowState>;

export const FollowerPage = z.object({ items: z.array(ProfileSummary), nextCursor: z.string().nullable() });
export type FollowerPage = z.infer<typeof FollowerPage>;

/** The people a person follows, newest first, a page at a time. */
export const FollowedPeoplePage = pageOf(ProfileSummary);
export type FollowedPeoplePage = z.infer<typeof FollowedPeoplePage>;

export const FollowedOrganisation = z.object({ slug: z.string(), name: z.string() });
export type FollowedOrganisation = z.infer<typeof FollowedOrganisation>;

/** The organisations a person follows, newest first, a page at a time. */
export const FollowedOrganisationPage = pageOf(FollowedOrganisation);
export type FollowedOrganisationPage = z.infer<typeof FollowedOrganisationPage>;

/**
 * The topic slugs a person follows, newest first. Topics are a small curated taxonomy,
 * so the list is always whole.
 */
export const FollowedTopicList = z.object({ items: z.array(z.string()) });
export type FollowedTopicList = z.infer<typeof FollowedTopicList>;

export const BlockRequest = z.object({ handle: Handle });
export type BlockRequest = z.input<typeof BlockRequest>;

export const BlockedPerson = z.object({
  handle: z.string(),
  displayName: z.string(),
  blockedAt: z.iso.datetime(),
});
export type BlockedPerson = z.infer<typeof BlockedPerson>;

/** The people an account blocked, newest first, a page at a time; only its holder sees it. */
export const BlockPage = pageOf(BlockedPerson);
export type BlockPage = z.infer<typeof BlockPage>;
