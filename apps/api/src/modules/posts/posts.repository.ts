import { Injectable } from '@nestjs/common';
import type {
  ActivityAudience,
  OrganisationRole,
  PostKind,
  PostStatus,
  Visibility,
} from '@open-spaces/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { ContentAuthorColumns } from '../../common/content/content-author';
import type { TimeIdPosition } from '../../common/pagination/cursor';
import { setModeratorHidden } from '../../common/sql/moderator-hidden';
import { QueryParameters } from '../../common/sql/query-parameters';
import {
  audienceAdmitsSql,
  contentAuthorVisibleJoinedSql,
  contentAuthorVisibleSql,
  contentPersonShownSql,
} from '../../common/visibility/content-visibility';
import { accountActiveSql } from '../../common/visibility/profile-visibility';
import { visibleCommentCountsSql } from './comments.repository';

/** Who wrote a post, as the viewer may see them. */
export interface AuthorColumns extends ContentAuthorColumns {
  author_id: string;
  organisation_id: string | null;
}

export interface PostSummaryRow extends AuthorColumns {
  id: string;
  slug: string;
  kind: PostKind;
  title: string;
  summary: string;
  cover_key: string | null;
  cover_alt: string | null;
  topics: string[];
  countries: string[];
  language: string;
  status: PostStatus;
  published_at: Date | null;
  edited_at: Date | null;
  useful_count: number;
  comment_count: number;
  /** The sort key as PostgreSQL writes it, microseconds kept, for the next page's cursor. */
  cursor_at: string;
}

export interface PostRow extends PostSummaryRow {
  body: string;
  body_html: string;
  audience: ActivityAudience;
  created_at: Date;
  hidden_at: Date | null;
  hidden_reason: string | null;
  reacted_by_me: boolean;
  /** The viewer's role in the organisation it was published as. */
  my_role: OrganisationRole | null;
  /** Whether its author and audience admit the viewer (its status and hiding aside). */
  visible: boolean;
}

export interface PostListFilters {
  kind?: PostKind;
  topic?: string;
  country?: string;
  language?: string;
  organisation?: string;
  author?: string;
}

export interface FeedOwner {
  title: string;
  visibility: Visibility;
}

export const POST_SLUG_INDEX = 'posts_slug_key';

function authorColumnsSql(post: string, viewer: string): string {
  const shown = `(${post}.organisation_id IS NULL OR ${contentPersonShownSql('ap', viewer)})`;
  return `${post}.author_id, ${post}.organisation_id,
    CASE WHEN ${shown} THEN ap.handle END AS author_handle,
    CASE WHEN ${shown} THEN ap.display_name END AS author_name,
    CASE WHEN ${shown} THEN ap.avatar_key END AS author_avatar_key,
    o.slug AS organisation_slug, o.name AS organisation_name, o.kind AS organisation_kind,
    o.logo_key AS organisation_logo_key`;
}

/**
 * The author's profile and name (`ap`) and the organisation (`o`), each looked up by key
 * for the post at hand. As LATERAL lookups of at most one row they stay index probes per
 * post, so a page of a filtered list never hashes the whole profiles or organisations table.
 */
const AUTHOR_JOINS = `JOIN LATERAL (
    SELECT pp.user_id, pp.handle, pp.avatar_key, pp.visibility, pp.hidden_at, pu.display_name
      FROM profiles pp JOIN users pu ON pu.id = pp.user_id
     WHERE pp.user_id = p.author_id LIMIT 1) ap ON true
  LEFT JOIN LATERAL (
    SELECT po.id, po.slug, po.name, po.kind, po.logo_key, po.visibility, po.hidden_at
      FROM organisations po WHERE po.id = p.organisation_id LIMIT 1) o ON true`;

function summaryColumnsSql(viewer: string): string {
  return `p.id, p.slug, p.kind, p.title, p.summary, p.cover_key, p.cover_alt, p.topics, p.countries,
    p.language, p.status, p.published_at, p.edited_at, ${authorColumnsSql('p', viewer)},
    (SELECT count(*)::int FROM post_reactions r WHERE r.post_id = p.id) AS useful_count`;
}

/**
 * May the viewer see this post: its author, organisation and audience admit them. Reads the
 * author's profile `ap` and the organisation `o` of AUTHOR_JOINS.
 */
export function postVisibleSql(post: string, viewer: string): string {
  return `(${contentAuthorVisibleJoinedSql('ap', 'o', viewer)}
    AND ${audienceAdmitsSql(`${post}.audience`, `${post}.organisation_id`, viewer)})`;
}

/**
 * May the viewer see the post with this id in a feed: published, not hidden, its author not
 * suspended, and its author, organisation and audience admit the viewer. One probe by key.
 */
export function postInFeedSql(objectId: string, viewer: string): string {
  return `EXISTS (SELECT 1 FROM posts fp
     WHERE fp.id = ${objectId} AND fp.status = 'published' AND fp.hidden_at IS NULL
       AND ${accountActiveSql('fp.author_id')}
       AND ${contentAuthorVisibleSql('fp.author_id', 'fp.organisation_id', viewer)}
       AND ${audienceAdmitsSql('fp.audience', 'fp.organisation_id', viewer)})`;
}

/** Reads and writes posts, their slugs' redirects and their "useful" reactions. */
@Injectable()
export class PostsRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The post at this slug, or at one it had before, with what it is to the viewer. */
  async findBySlugForViewer(slug: string, viewerId: string | null): Promise<PostRow | null> {
    const rows: Omit<PostRow, 'comment_count'>[] = await this.dataSource.query(
      `SELECT ${summaryColumnsSql('$1')}, p.body, p.body_html, p.audience, p.created_at, p.hidden_at,
              p.hidden_reason, p.published_at::text AS cursor_at,
              EXISTS (SELECT 1 FROM post_reactions r WHERE r.post_id = p.id AND r.user_id = $1::uuid) AS reacted_by_me,
              (SELECT m.role FROM memberships m
                WHERE m.organisation_id = p.organisation_id AND m.user_id = $1::uuid) AS my_role,
              ${postVisibleSql('p', '$1')} AS visible
         FROM posts p ${AUTHOR_JOINS}
        WHERE p.id = COALESCE(
                (SELECT id FROM posts WHERE slug = lower($2)),
                (SELECT post_id FROM post_slug_redirects WHERE old_slug = lower($2)))`,
      [viewerId, slug],
    );
    return (await this.withCommentCounts(rows, viewerId))[0] ?? null;
  }

  /**
   * One page of published posts the viewer may see, newest first. Filters by author
   * handle only match posts on which the author is shown, so a hidden author's
   * organisation posts never tell who wrote them.
   */
  async findLatestPage(
    viewerId: string | null,
    filters: PostListFilters,
    after: TimeIdPosition | undefined,
    limit: number,
  ): Promise<PostSummaryRow[]> {
    const parameters = new QueryParameters(viewerId);
    const param = (value: unknown) => parameters.add(value);
    const where = ["p.status = 'published'", 'p.hidden_at IS NULL', postVisibleSql('p', '$1')];
    if (filters.kind) where.push(`p.kind = ${param(filters.kind)}`);
    if (filters.language) where.push(`p.language = ${param(filters.language)}`);
    if (filters.organisation)
      where.push(
        `p.organisation_id = (SELECT id FROM organisations WHERE slug = ${param(filters.organisation)})`,
      );
    if (filters.author) {
      where.push(`p.author_id = (SELECT user_id FROM profiles WHERE handle = ${param(filters.author)})`);
      where.push(`(p.organisation_id IS NULL OR ${contentPersonShownSql('ap', '$1')})`);
    }
    if (filters.topic) {
      // A topic, with or without a country, walks the topic's own index newest first
      // (post_topics, kept by a trigger) and stops after a page, whatever the number of
      // matches; the posts themselves are read only for the rows of the page.
      const within = [`pt.topic = ${param(filters.topic)}`];
      if (filters.country) within.push(`pt.countries @> ARRAY[${param(filters.country)}::text]`);
      if (after)
        within.push(
          `(pt.published_at, pt.post_id) < (${param(after.at)}::timestamptz, ${param(after.id)}::uuid)`,
        );
      const rows = await this.dataSource.query(
        `SELECT ${summaryColumnsSql('$1')}, p.published_at::text AS cursor_at
           FROM (SELECT pt.post_id, pt.published_at FROM post_topics pt
                  WHERE ${within.join(' AND ')}
                  ORDER BY pt.published_at DESC, pt.post_id DESC) m
           JOIN posts p ON p.id = m.post_id ${AUTHOR_JOINS}
          WHERE ${where.join(' AND ')}
          ORDER BY m.published_at DESC, m.post_id DESC
          LIMIT ${param(limit + 1)}`,
        parameters.values,
      );
      return this.withCommentCounts(rows, viewerId);
    }
    if (filters.country) where.push(`p.countries @> ARRAY[${param(filters.country)}::text]`);
    if (after)
      where.push(`(p.published_at, p.id) < (${param(after.at)}::timestamptz, ${param(after.id)}::uuid)`);
    const rows = await this.dataSource.query(
      `SELECT ${summaryColumnsSql('$1')}, p.published_at::text AS cursor_at
         FROM posts p ${AUTHOR_JOINS}
        WHERE ${where.join(' AND ')}
        ORDER BY p.published_at DESC, p.id DESC
        LIMIT ${param(limit + 1)}`,
      parameters.values,
    );
    return this.withCommentCounts(rows, viewerId);
  }

  /** Those of these posts that are published, not hidden, and visible to the viewer. */
  async findPublishedByIds(viewerId: string, ids: string[]): Promise<PostSummaryRow[]> {
    const rows = await this.dataSource.query(
      `SELECT ${summaryColumnsSql('$1')}, p.published_at::text AS cursor_at
         FROM posts p ${AUTHOR_JOINS}
        WHERE p.id = ANY($2::uuid[]) AND p.status = 'published' AND p.hidden_at IS NULL
          AND ${postVisibleSql('p', '$1')}`,
      [viewerId, ids],
    );
    return this.withCommentCounts(rows, viewerId);
  }

  /** The author's own posts in every state, newest first. */
  async findMinePage(
    authorId: string,
    status: PostStatus | undefined,
    after: TimeIdPosition | undefined,
    limit: number,
  ): Promise<PostSummaryRow[]> {
    const parameters = new QueryParameters(authorId);
    const param = (value: unknown) => parameters.add(value);
    const where = ['p.author_id = $1'];
    if (status) where.push(`p.status = ${param(status)}`);
    if (after)
      where.push(`(p.created_at, p.id) < (${param(after.at)}::timestamptz, ${param(after.id)}::uuid)`);
    const rows = await this.dataSource.query(
      `SELECT ${summaryColumnsSql('$1')}, p.created_at::text AS cursor_at
         FROM posts p ${AUTHOR_JOINS}
        WHERE ${where.join(' AND ')}
        ORDER BY p.created_at DESC, p.id DESC
        LIMIT ${param(limit + 1)}`,
      parameters.values,
    );
    return this.withCommentCounts(rows, authorId);
  }

  /** Adds to each post how many of its comments the viewer would find (see visibleCommentCountsSql). */
  private async withCommentCounts<T extends { id: string }>(
    rows: T[],
    viewerId: string | null,
  ): Promise<(T & { comment_count: number })[]> {
    if (rows.length === 0) return [];
    const counts: { post_id: string; count: number }[] = await this.dataSource.query(
      visibleCommentCountsSql('$1', '$2'),
      [rows.map((row) => row.id), viewerId],
    );
    const byPost = new Map(counts.map((count) => [count.post_id, count.count]));
    return rows.map((row) => ({ ...row, comment_count: byPost.get(row.id) ?? 0 }));
  }

  /** Remembers the slug a post leaves, so links to it still find the post. */
  async redirectSlug(tx: EntityManager, postId: string, oldSlug: string, newSlug: string): Promise<void> {
    await tx.query('DELETE FROM post_slug_redirects WHERE old_slug = $1', [newSlug]);
    await tx.query(
      `INSERT INTO post_slug_redirects (old_slug, post_id) VALUES ($1, $2)
       ON CONFLICT (old_slug) DO UPDATE SET post_id = EXCLUDED.post_id, created_at = now()`,
      [oldSlug, postId],
    );
  }

  /** Sets the cover and returns the key it replaced, read under the same row lock. */
  async replaceCover(id: string, coverKey: string | null, coverAlt: string | null): Promise<string | null> {
    const [rows]: [{ previous: string | null }[], number] = await this.dataSource.query(
      `UPDATE posts p SET cover_key = $2, cover_alt = $3, updated_at = now()
         FROM (SELECT id, cover_key FROM posts WHERE id = $1 FOR UPDATE) prev
        WHERE p.id = prev.id
        RETURNING prev.cover_key AS previous`,
      [id, coverKey, coverAlt],
    );
    return rows[0]?.previous ?? null;
  }

  async addReaction(postId: string, userId: string): Promise<void> {
    await this.dataSource.query(
      'INSERT INTO post_reactions (post_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [postId, userId],
    );
  }

  async removeReaction(postId: string, userId: string): Promise<void> {
    await this.dataSource.query('DELETE FROM post_reactions WHERE post_id = $1 AND user_id = $2', [
      postId,
      userId,
    ]);
  }

  async usefulState(
    postId: string,
    userId: string,
  ): Promise<{ useful_count: number; reacted_by_me: boolean }> {
    const rows: { useful_count: number; reacted_by_me: boolean }[] = await this.dataSource.query(
      `SELECT count(*)::int AS useful_count, coalesce(bool_or(user_id = $2), false) AS reacted_by_me
         FROM post_reactions WHERE post_id = $1`,
      [postId, userId],
    );
    return rows[0] ?? { useful_count: 0, reacted_by_me: false };
  }

  /** The title of a feed's owner and whether it is public; null when there is none. */
  async feedOwner(kind: 'topic' | 'organisation' | 'author', key: string): Promise<FeedOwner | null> {
    const sql = {
      topic: `SELECT coalesce(names->>'en', slug) AS title, 'public' AS visibility FROM topics WHERE slug = $1`,
      // What a moderator hid is not public, whatever its visibility says.
      organisation: `SELECT name AS title, CASE WHEN hidden_at IS NULL THEN visibility ELSE 'hidden' END AS visibility
                       FROM organisations WHERE slug = $1`,
      author: `SELECT u.display_name AS title, CASE WHEN p.hidden_at IS NULL THEN p.visibility ELSE 'hidden' END AS visibility
                 FROM profiles p JOIN users u ON u.id = p.user_id
                WHERE p.handle = $1`,
    }[kind];
    const rows: FeedOwner[] = await this.dataSource.query(sql, [key]);
    return rows[0] ?? null;
  }

  /** For moderation: a post whatever its state. */
  async describe(id: string): Promise<{ title: string; author_id: string; slug: string } | null> {
    const rows: { title: string; author_id: string; slug: string }[] = await this.dataSource.query(
      'SELECT title, author_id, slug FROM posts WHERE id = $1',
      [id],
    );
    return rows[0] ?? null;
  }

  setHidden(id: string, reason: string | null): Promise<void> {
    return setModeratorHidden(this.dataSource, 'posts', id, reason);
  }
}
