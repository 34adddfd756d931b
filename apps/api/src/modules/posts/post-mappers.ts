import type { Comment, Post, PostSummary } from '@open-spaces/contracts';
import { toContentAuthor } from '../../common/content/content-author';
import { imageUrls } from '../../common/storage/images';
import type { FileStorage } from '../../common/storage/storage';
import type { CommentRow } from './comments.repository';
import type { PostRow, PostSummaryRow } from './posts.repository';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function toPostSummary(storage: FileStorage, row: PostSummaryRow): PostSummary {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    cover: imageUrls(storage, row.cover_key),
    coverAlt: row.cover_alt,
    topics: row.topics,
    countries: row.countries,
    language: row.language,
    status: row.status,
    author: toContentAuthor(storage, row),
    publishedAt: iso(row.published_at),
    editedAt: iso(row.edited_at),
    usefulCount: row.useful_count,
    commentCount: row.comment_count,
  };
}

export function toPost(storage: FileStorage, row: PostRow, canEdit: boolean): Post {
  return {
    ...toPostSummary(storage, row),
    body: row.body,
    bodyHtml: row.body_html,
    audience: row.audience,
    createdAt: row.created_at.toISOString(),
    reactedByMe: row.reacted_by_me,
    canEdit,
    moderation: canEdit ? { hidden: row.hidden_at !== null, reason: row.hidden_reason } : null,
  };
}

export function toComment(
  storage: FileStorage,
  row: CommentRow,
  rights: { canEdit: boolean; canRemove: boolean },
): Comment {
  return {
    id: row.id,
    parentId: row.parent_id,
    body: row.body,
    bodyHtml: row.body_html,
    author: {
      person: {
        handle: row.author_handle,
        displayName: row.author_name,
        avatar: imageUrls(storage, row.author_avatar_key),
      },
      organisation: null,
    },
    createdAt: row.created_at.toISOString(),
    editedAt: iso(row.edited_at),
    canEdit: rights.canEdit,
    canRemove: rights.canRemove,
    moderation: rights.canEdit ? { hidden: row.hidden_at !== null, reason: row.hidden_reason } : null,
  };
}
