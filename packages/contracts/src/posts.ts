import { z } from 'zod';
import { ActivityAudience, ContentAuthor, ModerationState } from './content.js';
import { pageOf } from './pagination.js';
import { Handle, ImageUrls } from './profiles.js';
import { CountryCode, LanguageCode, Slug } from './taxonomy.js';

/** News, stories, guides, experience reports and best practices, with comments and "useful" reactions. */

export const PostKind = z.enum(['news', 'story', 'guide', 'experience_report', 'best_practice']);
export type PostKind = z.infer<typeof PostKind>;

export const PostStatus = z.enum(['draft', 'published', 'archived']);
export type PostStatus = z.infer<typeof PostStatus>;

/** A post's address: like other slugs, but long enough for a title. */
export const PostSlug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'Use lower-case letters, digits and single hyphens.' })
  .min(3)
  .max(100);

const codes = <T extends z.ZodType>(code: T, max: number) => z.array(code).max(max);

const postFields = {
  kind: PostKind,
  title: z.string().trim().min(3).max(160),
  summary: z.string().trim().max(400),
  body: z.string().max(50_000),
  topics: codes(Slug, 8),
  countries: codes(CountryCode, 30),
  language: LanguageCode,
  audience: ActivityAudience,
  /** Set by the organisation's slug to publish as it (editors and above); null as yourself. */
  organisation: Slug.nullable(),
  slug: PostSlug,
  /** Describes the cover image for people who cannot see it. */
  coverAlt: z.string().trim().min(1).max(300),
  status: PostStatus,
};

/** A new post: a draft unless `status` says `published`; the slug is made from the title when left out. */
export const CreatePostRequest = z
  .object(postFields)
  .partial()
  .required({ kind: true, title: true, language: true })
  .strict();
export type CreatePostRequest = z.input<typeof CreatePostRequest>;

/** Changes to a post; `status` publishes or archives it. */
export const UpdatePostRequest = z.object(postFields).partial().strict();
export type UpdatePostRequest = z.input<typeof UpdatePostRequest>;

/** Uploading a cover says what it shows. */
export const CoverUploadQuery = z.object({ alt: postFields.coverAlt });
export type CoverUploadQuery = z.input<typeof CoverUploadQuery>;

export const Post = z.object({
  id: z.uuid(),
  slug: z.string(),
  kind: PostKind,
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  /** The body rendered from Markdown and sanitised to a safe allowlist. */
  bodyHtml: z.string(),
  cover: ImageUrls.nullable(),
  coverAlt: z.string().nullable(),
  topics: z.array(z.string()),
  countries: z.array(z.string()),
  language: z.string(),
  status: PostStatus,
  audience: ActivityAudience,
  author: ContentAuthor,
  publishedAt: z.iso.datetime().nullable(),
  /** When a published post was last changed; the page shows "edited". */
  editedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  usefulCount: z.number().int(),
  reactedByMe: z.boolean(),
  commentCount: z.number().int(),
  /** Whether the viewer may edit, publish or archive it. */
  canEdit: z.boolean(),
  /** Set for its editors only: whether a moderator hid it, and why. */
  moderation: ModerationState.nullable(),
});
export type Post = z.infer<typeof Post>;

export const PostSummary = z.object({
  id: z.uuid(),
  slug: z.string(),
  kind: PostKind,
  title: z.string(),
  summary: z.string(),
  cover: ImageUrls.nullable(),
  coverAlt: z.string().nullable(),
  topics: z.array(z.string()),
  countries: z.array(z.string()),
  language: z.string(),
  status: PostStatus,
  author: ContentAuthor,
  publishedAt: z.iso.datetime().nullable(),
  editedAt: z.iso.datetime().nullable(),
  usefulCount: z.number().int(),
  commentCount: z.number().int(),
});
export type PostSummary = z.infer<typeof PostSummary>;

export const PostPage = pageOf(PostSummary);
export type PostPage = z.infer<typeof PostPage>;

/** Latest published posts, newest first, narrowed by any of the filters. */
export const PostListQuery = z.object({
  kind: PostKind.optional(),
  topic: Slug.optional(),
  country: CountryCode.optional(),
  language: LanguageCode.optional(),
  /** An organisation's slug. */
  organisation: Slug.optional(),
  /** A person's handle. */
  author: Handle.optional(),
  after: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type PostListQuery = z.input<typeof PostListQuery>;

/** The viewer's own posts, drafts included, newest first. */
export const MyPostsQuery = z.object({
  status: PostStatus.optional(),
  after: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type MyPostsQuery = z.input<typeof MyPostsQuery>;

/** The public RSS/Atom feeds: the whole site, or one organisation, topic or person. */
export const PostFeedQuery = z.object({
  topic: Slug.optional(),
  organisation: Slug.optional(),
  author: Handle.optional(),
});
export type PostFeedQuery = z.input<typeof PostFeedQuery>;

export const Comment = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  body: z.string(),
  bodyHtml: z.string(),
  author: ContentAuthor,
  createdAt: z.iso.datetime(),
  editedAt: z.iso.datetime().nullable(),
  /** Whether the viewer may change it (its author). */
  canEdit: z.boolean(),
  /** Whether the viewer may remove it (its author, the post's editors, moderators). */
  canRemove: z.boolean(),
  /** Set for its author only: whether a moderator hid it, and why. */
  moderation: ModerationState.nullable(),
});
export type Comment = z.infer<typeof Comment>;

/** A comment with its replies, oldest first (one level only). */
export const CommentThread = Comment.extend({ replies: z.array(Comment) });
export type CommentThread = z.infer<typeof CommentThread>;

export const CommentPage = pageOf(CommentThread);
export type CommentPage = z.infer<typeof CommentPage>;

export const CreateCommentRequest = z
  .object({
    body: z.string().trim().min(1).max(5000),
    /** The comment this one replies to; replies to replies are refused. */
    parentId: z.uuid().optional(),
  })
  .strict();
export type CreateCommentRequest = z.input<typeof CreateCommentRequest>;

export const UpdateCommentRequest = z.object({ body: z.string().trim().min(1).max(5000) }).strict();
export type UpdateCommentRequest = z.input<typeof UpdateCommentRequest>;

export const UsefulState = z.object({ usefulCount: z.number().int(), reactedByMe: z.boolean() });
export type UsefulState = z.infer<typeof UsefulState>;
