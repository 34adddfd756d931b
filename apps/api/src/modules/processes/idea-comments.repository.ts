import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TimeIdPosition } from '../../common/pagination/cursor';
import { setModeratorHidden } from '../../common/sql/moderator-hidden';
import { contentAuthorVisibleSql } from '../../common/visibility/content-visibility';

export interface IdeaCommentRow {
  id: string;
  idea_id: string;
  parent_id: string | null;
  author_id: string;
  author_handle: string;
  author_name: string;
  author_avatar_key: string | null;
  body: string;
  created_at: Date;
  hidden_at: Date | null;
  hidden_reason: string | null;
  cursor_at: string;
}

/**
 * Comments the viewer may see: not hidden by a moderator (unless their own), by an author
 * the viewer may see (a hidden profile's or a blocked person's comments never show).
 */
function commentVisibleSql(viewer: string): string {
  return `(c.hidden_at IS NULL OR c.author_id = ${viewer}::uuid)
    AND ${contentAuthorVisibleSql('c.author_id', 'NULL::uuid', viewer)}`;
}

const COLUMNS = `c.id, c.idea_id, c.parent_id, c.author_id, cp.handle AS author_handle,
  cu.display_name AS author_name, cp.avatar_key AS author_avatar_key, c.body, c.created_at,
  c.hidden_at, c.hidden_reason, c.created_at::text AS cursor_at`;

const JOINS = `JOIN profiles cp ON cp.user_id = c.author_id JOIN users cu ON cu.id = c.author_id`;

/** Reads and writes the comments on ideas. */
@Injectable()
export class IdeaCommentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One page of an idea's top-level comments, oldest first. */
  findThreadsPage(
    ideaId: string,
    viewerId: string | null,
    after: TimeIdPosition | undefined,
    limit: number,
  ): Promise<IdeaCommentRow[]> {
    const cursor = after ? 'AND (c.created_at, c.id) > ($3::timestamptz, $4::uuid)' : '';
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM idea_comments c ${JOINS}
        WHERE c.idea_id = $1 AND c.parent_id IS NULL AND ${commentVisibleSql('$2')} ${cursor}
        ORDER BY c.created_at, c.id
        LIMIT ${after ? '$5' : '$3'}`,
      after ? [ideaId, viewerId, after.at, after.id, limit + 1] : [ideaId, viewerId, limit + 1],
    );
  }

  /** The replies to these comments, oldest first, in one query. */
  findReplies(parentIds: string[], viewerId: string | null): Promise<IdeaCommentRow[]> {
    if (parentIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM idea_comments c ${JOINS}
        WHERE c.parent_id = ANY($1::uuid[]) AND ${commentVisibleSql('$2')}
        ORDER BY c.created_at, c.id`,
      [parentIds, viewerId],
    );
  }

  /** One comment on this idea if the viewer may see it. */
  async findVisible(ideaId: string, id: string, viewerId: string | null): Promise<IdeaCommentRow | null> {
    const rows: IdeaCommentRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM idea_comments c ${JOINS}
        WHERE c.id = $1 AND c.idea_id = $2 AND ${commentVisibleSql('$3')}`,
      [id, ideaId, viewerId],
    );
    return rows[0] ?? null;
  }

  async insert(fields: {
    ideaId: string;
    parentId: string | null;
    authorId: string;
    body: string;
  }): Promise<string> {
    const rows: { id: string }[] = await this.dataSource.query(
      `INSERT INTO idea_comments (idea_id, parent_id, author_id, body) VALUES ($1, $2, $3, $4) RETURNING id`,
      [fields.ideaId, fields.parentId, fields.authorId, fields.body],
    );
    return rows[0]?.id as string;
  }

  async describe(id: string): Promise<{ body: string; author_id: string; idea_id: string } | null> {
    const rows: { body: string; author_id: string; idea_id: string }[] = await this.dataSource.query(
      'SELECT body, author_id, idea_id FROM idea_comments WHERE id = $1',
      [id],
    );
    return rows[0] ?? null;
  }

  setHidden(id: string, reason: string | null): Promise<void> {
    return setModeratorHidden(this.dataSource, 'idea_comments', id, reason);
  }
}
