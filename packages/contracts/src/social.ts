import { z } from 'zod';
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

/** What a person follows: people, organisations and topics. */
export const Following = z.object({
  profiles: z.array(ProfileSummary),
  organisations: z.array(z.object({ slug: z.string(), name: z.string() })),
  topics: z.array(z.string()),
});
export type Following = z.infer<typeof Following>;

export const BlockRequest = z.object({ handle: Handle });
export type BlockRequest = z.input<typeof BlockRequest>;

export const BlockList = z.object({
  items: z.array(z.object({ handle: z.string(), displayName: z.string(), blockedAt: z.iso.datetime() })),
});
export type BlockList = z.infer<typeof BlockList>;
