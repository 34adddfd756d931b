import { z } from 'zod';
import { DisplayName } from './auth.js';
import { CountryCode, LanguageCode, Slug } from './taxonomy.js';

export const Visibility = z.enum(['public', 'members', 'hidden']);
export type Visibility = z.infer<typeof Visibility>;

export const Handle = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9_-]{1,28}[a-z0-9]$/, {
    message: 'Use 3 to 30 lower-case letters, digits, hyphens or underscores.',
  });

export const ProfileLink = z.object({
  label: z.string().trim().min(1).max(40),
  url: z.url({ protocol: /^https?$/, message: 'Use a full http(s) address.' }).max(300),
});
export type ProfileLink = z.infer<typeof ProfileLink>;

/** Sizes the client shows; every uploaded image is re-encoded to these. */
export const ImageUrls = z.object({ small: z.string(), large: z.string() });
export type ImageUrls = z.infer<typeof ImageUrls>;

const tags = (max: number) => z.array(z.string().trim().min(1).max(60)).max(max);
const codes = <T extends z.ZodType>(code: T, max: number) => z.array(code).max(max);

/** A profile as a viewer may see it. `city` is null when the owner hides it. */
export const Profile = z.object({
  handle: z.string(),
  displayName: z.string(),
  headline: z.string(),
  bio: z.string(),
  /** The bio rendered from Markdown and sanitised to a safe allowlist. */
  bioHtml: z.string(),
  country: z.string().nullable(),
  city: z.string().nullable(),
  languages: z.array(z.string()),
  topics: z.array(z.string()),
  skills: z.array(z.string()),
  offers: z.array(z.string()),
  needs: z.array(z.string()),
  links: z.array(ProfileLink),
  avatar: ImageUrls.nullable(),
  openToPress: z.boolean(),
  pressTopics: z.array(z.string()),
  pressLanguages: z.array(z.string()),
  /** Whether the person takes contact requests now: on by default when open to press, else opted in. */
  acceptsContactRequests: z.boolean(),
  followerCount: z.number().int(),
  followingCount: z.number().int(),
  /** For a signed-in viewer: whether they follow this profile. */
  followedByMe: z.boolean(),
  isMe: z.boolean(),
});
export type Profile = z.infer<typeof Profile>;

/** The owner's own view: the profile plus its settings. */
export const MyProfile = Profile.extend({
  visibility: Visibility,
  cityVisible: z.boolean(),
  onboarded: z.boolean(),
  /** Whether a moderator hid the profile from everyone else, and why. */
  moderation: z.object({ hidden: z.boolean(), reason: z.string().nullable() }),
});
export type MyProfile = z.infer<typeof MyProfile>;

export const UpdateProfileRequest = z
  .object({
    handle: Handle,
    displayName: DisplayName,
    headline: z.string().trim().max(120),
    bio: z.string().max(5000),
    country: CountryCode.nullable(),
    city: z.string().trim().max(80).nullable(),
    cityVisible: z.boolean(),
    languages: codes(LanguageCode, 12),
    topics: codes(Slug, 12),
    skills: tags(20),
    offers: codes(Slug, 12),
    needs: codes(Slug, 12),
    links: z.array(ProfileLink).max(6),
    openToPress: z.boolean(),
    pressTopics: codes(Slug, 12),
    pressLanguages: codes(LanguageCode, 12),
    /** Takes contact requests (true) or pauses them (false). */
    acceptsContactRequests: z.boolean(),
    visibility: Visibility,
    onboarded: z.boolean(),
  })
  .partial();
export type UpdateProfileRequest = z.input<typeof UpdateProfileRequest>;

/** One row of the people directory. */
export const ProfileSummary = z.object({
  handle: z.string(),
  displayName: z.string(),
  headline: z.string(),
  country: z.string().nullable(),
  city: z.string().nullable(),
  avatar: ImageUrls.nullable(),
  topics: z.array(z.string()),
  offers: z.array(z.string()),
  needs: z.array(z.string()),
  openToPress: z.boolean(),
});
export type ProfileSummary = z.infer<typeof ProfileSummary>;

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

export const ProfileDirectoryQuery = z.object({
  q: z.string().trim().min(2).max(80).optional(),
  topic: Slug.optional(),
  country: CountryCode.optional(),
  language: LanguageCode.optional(),
  offers: Slug.optional(),
  needs: Slug.optional(),
  openToPress: flag.optional(),
  after: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type ProfileDirectoryQuery = z.input<typeof ProfileDirectoryQuery>;

export const ProfilePage = z.object({ items: z.array(ProfileSummary), nextCursor: z.string().nullable() });
export type ProfilePage = z.infer<typeof ProfilePage>;
