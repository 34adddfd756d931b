import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { TimeIdPosition } from '../../common/pagination/cursor';
import { setModeratorHidden } from '../../common/sql/moderator-hidden';
import { audienceAdmitsSql, contentAuthorVisibleSql } from '../../common/visibility/content-visibility';
import { PostCommentEntity } from './entities/post-comment.entity';

export interface CommentRow {
  id: string;
  post_id: string;
  parent_id: string | null;
  author_id: string;
  author_handle: string;
  author_name: string;
  author_avatar_key: string | null;
  body: string;
  body_html: string;
  created_at: Date;
  edited_at: Date | null;
  hidden_at: Date | null;
  hidden_reason: string | null;
  cursor_at: string;
}

/**
 * Comments the viewer may see: not hidden by a moderator (unless their own), and by an
 * author the viewer may see (a hidden profile's or a blocked person's comments never show).
 */
function commentVisibleSql(viewer: string, alias = 'c'): string {
  return `(${alias}.hidden_at IS NULL OR ${alias}.author_id = ${viewer}::uuid)
    AND ${contentAuthorVisibleSql(`${alias}.author_id`, 'NULL::uuid', viewer)}`;
}

/**
 * How many comments on each of these posts the viewer would find in its thread: the ones
 * they may see, replies only under a top-level comment they may see. The same rules as the
 * thread's pages, so a count never promises a comment the viewer cannot read. A query of its
 * own, for the posts of a page: inside a list's query its relations would outnumber the
 * locks PostgreSQL takes without its shared lock table, which busy lists then queue on.
 */
export function visibleCommentCountsSql(posts: string, viewer: string): string {
  return `SELECT vc.post_id, count(*)::int AS count FROM post_comments vc
            LEFT JOIN post_comments vp ON vp.id = vc.parent_id
           WHERE vc.post_id = ANY(${posts}::uuid[]) AND ${commentVisibleSql(viewer, 'vc')}
             AND (vc.parent_id IS NULL OR (${commentVisibleSql(viewer, 'vp')}))
           GROUP BY vc.post_id`;
}

const COLUMNS = `c.id, c.post_id, c.parent_id, c.author_id, cp.handle AS author_handle,
  cu.display_name AS author_name, cp.avatar_key AS author_avatar_key, c.body, c.body_html,
  c.created_at, c.edited_at, c.hidden_at, c.hidden_reason, c.created_at::text AS cursor_at`;

const JOINS = `JOIN profiles cp ON cp.user_id = c.author_id JOIN users cu ON cu.id = c.author_id`;

/** Reads and writes the comments on posts. */
@Injectable()
export class CommentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One page of a post's top-level comments, oldest first. */
  findThreadsPage(
    postId: string,
    viewerId: string | null,
    after: TimeIdPosition | undefined,
    limit: number,
  ): Promise<CommentRow[]> {
    const cursor = after ? 'AND (c.created_at, c.id) > ($3::timestamptz, $4::uuid)' : '';
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM post_comments c ${JOINS}
        WHERE c.post_id = $1 AND c.parent_id IS NULL AND ${commentVisibleSql('$2')} ${cursor}
        ORDER BY c.created_at, c.id
        LIMIT ${after ? '$5' : '$3'}`,
      after ? [postId, viewerId, after.at, after.id, limit + 1] : [postId, viewerId, limit + 1],
    );
  }

  /** The replies to these comments, oldest first, in one query. */
  findReplies(parentIds: string[], viewerId: string | null): Promise<CommentRow[]> {
    if (parentIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM post_comments c ${JOINS}
        WHERE c.parent_id = ANY($1::uuid[]) AND ${commentVisibleSql('$2')}
        ORDER BY c.created_at, c.id`,
      [parentIds, viewerId],
    );
  }

  /** One comment if the viewer may see it. */
  async findVisible(id: string, viewerId: string | null): Promise<CommentRow | null> {
    const rows: CommentRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM post_comments c ${JOINS} WHERE c.id = $1 AND ${commentVisibleSql('$2')}`,
      [id, viewerId],
    );
    return rows[0] ?? null;
  }

  /** Stores a new comment; returns its id. */
  async insert(
    tx: EntityManager,
    fields: Pick<PostCommentEntity, 'postId' | 'parentId' | 'authorId' | 'body' | 'bodyHtml'>,
  ): Promise<string> {
    const repository = tx.getRepository(PostCommentEntity);
    return (await repository.save(repository.create(fields))).id;
  }

  /**
   * Those of `candidates` who could read the comment in its thread: the post, the comment
   * and (for a reply) the comment it answers are all visible to them.
   */
  async findReaders(tx: EntityManager, commentId: string, candidates: string[]): Promise<string[]> {
    if (candidates.length === 0) return [];
    const rows: { user_id: string }[] = await tx.query(
      `SELECT r.user_id::text AS user_id
         FROM unnest($2::uuid[]) AS r (user_id)
         JOIN post_comments c ON c.id = $1
         JOIN posts p ON p.id = c.post_id
         LEFT JOIN post_comments pc ON pc.id = c.parent_id
        WHERE ${commentVisibleSql('r.user_id', 'c')}
          AND (pc.id IS NULL OR (${commentVisibleSql('r.user_id', 'pc')}))
          AND ${contentAuthorVisibleSql('p.author_id', 'p.organisation_id', 'r.user_id')}
          AND ${audienceAdmitsSql('p.audience', 'p.organisation_id', 'r.user_id')}`,
      [commentId, candidates],
    );
    return rows.map((row) => row.user_id);
  }

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async update(id: string, body: string, bodyHtml: string): Promise<void> {
    await this.dataSource.query(
      'UPDATE post_comments SET body = $2, body_html = $3, edited_at = now() WHERE id = $1',
      [id, body, bodyHtml],
    );
  }

  /** Removes the comment and, with it, its replies. */
  async remove(id: string): Promise<void> {
    await this.dataSource.query('DELETE FROM post_comments WHERE id = $1', [id]);
  }

  /** For moderation: a comment whatever its state, with its post's slug. */
  async describe(id: string): Promise<{ body: string; author_id: string; slug: string } | null> {
    const rows: { body: string; author_id: string; slug: string }[] = await this.dataSource.query(
      `SELECT c.body, c.author_id, p.slug FROM post_comments c JOIN posts p ON p.id = c.post_id WHERE c.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  setHidden(id: string, reason: string | null): Promise<void> {
    return setModeratorHidden(this.dataSource, 'post_comments', id, reason);
  }
}
