import { Injectable } from '@nestjs/common';
import type { IdeaSort } from '@open-spaces/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { setModeratorHidden } from '../../common/sql/moderator-hidden';
import { QueryParameters } from '../../common/sql/query-parameters';
import { contentPersonShownSql } from '../../common/visibility/content-visibility';
import { organisationVisibleSql } from '../../common/visibility/follow-counts';
import { accountActiveSql, notBlockedSql } from '../../common/visibility/profile-visibility';

/** Who proposed it, as the viewer may see them (the columns are null when they may not). */
interface AuthorColumns {
  author_id: string;
  author_handle: string | null;
  author_name: string | null;
  author_avatar_key: string | null;
}

export interface IdeaSummaryRow extends AuthorColumns {
  id: string;
  process_id: string;
  title: string;
  topics: string[];
  city: string | null;
  country: string | null;
  supports_count: number;
  shuffle_key: number;
  answer_state: string | null;
  created_at: Date;
  cursor_at: string;
  supported_by_me: boolean;
  support_threshold: number | null;
}

export interface IdeaRow extends IdeaSummaryRow {
  body: string;
  body_html: string;
  hidden_at: Date | null;
  hidden_reason: string | null;
}

export interface AnswerRow {
  draft_state: string;
  draft_text: string;
  published_state: string | null;
  published_text: string | null;
  published_text_html: string | null;
  published_at: Date | null;
}

export interface UpdateRow {
  id: string;
  body: string;
  body_html: string;
  created_at: Date;
}

export interface ResultRow {
  id: string;
  title: string;
  topics: string[];
  city: string | null;
  country: string | null;
  supports_count: number;
  comments_count: number;
  answer_state: string | null;
  created_at: Date;
}

/** Where a list continues: after this row's sort key and id. */
export type IdeaPosition =
  | { sort: 'newest'; at: string; id: string }
  | { sort: 'most_supported'; count: number; id: string }
  | { sort: 'random'; key: number; id: string };

export interface IdeaFilters {
  topic?: string;
  answerState?: string;
  /** True: at or above the threshold; false: below it. */
  successful?: boolean;
  threshold: number | null;
}

/**
 * May the viewer see this idea of a process they may see: not hidden by a moderator, its
 * author not suspended and not in a block with the viewer. Authors always see their own.
 */
export function ideaVisibleSql(viewer: string): string {
  return `(i.author_id = ${viewer}::uuid OR (i.hidden_at IS NULL AND ${accountActiveSql('i.author_id')}
    AND ${notBlockedSql('i.author_id', viewer)}))`;
}

/** May the viewer see the idea with this id in a feed: the idea and its process are visible. */
export function ideaInFeedSql(objectId: string, viewer: string): string {
  return `EXISTS (SELECT 1 FROM ideas fi
     JOIN processes fp ON fp.id = fi.process_id JOIN organisations fo ON fo.id = fp.organisation_id
     WHERE fi.id = ${objectId} AND fi.hidden_at IS NULL AND fp.hidden_at IS NULL
       AND ${accountActiveSql('fi.author_id')} AND ${notBlockedSql('fi.author_id', viewer)}
       AND ${organisationVisibleSql('fo', viewer)})`;
}

function summaryColumnsSql(viewer: string): string {
  return `i.id, i.process_id, i.title, i.topics, i.city, i.country, i.supports_count, i.shuffle_key,
    i.answer_state, i.created_at, i.created_at::text AS cursor_at, i.author_id,
    CASE WHEN ${contentPersonShownSql('ap', viewer)} THEN ap.handle END AS author_handle,
    CASE WHEN ${contentPersonShownSql('ap', viewer)} THEN au.display_name END AS author_name,
    CASE WHEN ${contentPersonShownSql('ap', viewer)} THEN ap.avatar_key END AS author_avatar_key,
    EXISTS (SELECT 1 FROM idea_supports s WHERE s.idea_id = i.id AND s.user_id = ${viewer}::uuid)
      AS supported_by_me`;
}

const AUTHOR_JOINS = `JOIN users au ON au.id = i.author_id JOIN profiles ap ON ap.user_id = i.author_id`;

const ORDER: Record<IdeaSort, string> = {
  newest: 'i.created_at DESC, i.id DESC',
  most_supported: 'i.supports_count DESC, i.id DESC',
  random: 'i.shuffle_key ASC, i.id ASC',
};

@Injectable()
export class IdeasRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The idea if the viewer may see it as an idea (its process is checked by the caller). */
  async findForViewer(id: string, viewerId: string | null): Promise<IdeaRow | null> {
    const rows: IdeaRow[] = await this.dataSource.query(
      `SELECT ${summaryColumnsSql('$2')}, p.support_threshold, i.body, i.body_html, i.hidden_at,
              i.hidden_reason
         FROM ideas i JOIN processes p ON p.id = i.process_id ${AUTHOR_JOINS}
        WHERE i.id = $1 AND ${ideaVisibleSql('$2')}`,
      [id, viewerId],
    );
    return rows[0] ?? null;
  }

  /** The process an idea belongs to, whoever may see it; the caller checks the process. */
  async processOf(ideaId: string): Promise<string | null> {
    const rows: { process_id: string }[] = await this.dataSource.query(
      'SELECT process_id FROM ideas WHERE id = $1',
      [ideaId],
    );
    return rows[0]?.process_id ?? null;
  }

  /**
   * One page of a process's ideas in the order asked for, keyset by that order's key and
   * the id. Each order walks its own index on (process_id, key, id).
   */
  findPage(
    processId: string,
    viewerId: string | null,
    sort: IdeaSort,
    filters: IdeaFilters,
    after: IdeaPosition | undefined,
    limit: number,
  ): Promise<IdeaSummaryRow[]> {
    const parameters = new QueryParameters(viewerId, processId);
    const param = (value: unknown) => parameters.add(value);
    const where = ['i.process_id = $2', 'i.hidden_at IS NULL', ideaVisibleSql('$1')];
    if (filters.topic) where.push(`i.topics @> ARRAY[${param(filters.topic)}::text]`);
    if (filters.answerState) where.push(`i.answer_state = ${param(filters.answerState)}`);
    if (filters.successful === true) {
      where.push(filters.threshold === null ? 'false' : `i.supports_count >= ${param(filters.threshold)}`);
    }
    if (filters.successful === false && filters.threshold !== null) {
      where.push(`i.supports_count < ${param(filters.threshold)}`);
    }
    if (after?.sort === 'newest') {
      where.push(`(i.created_at, i.id) < (${param(after.at)}::timestamptz, ${param(after.id)}::uuid)`);
    } else if (after?.sort === 'most_supported') {
      where.push(`(i.supports_count, i.id) < (${param(after.count)}::int, ${param(after.id)}::uuid)`);
    } else if (after?.sort === 'random') {
      where.push(`(i.shuffle_key, i.id) > (${param(after.key)}::int, ${param(after.id)}::uuid)`);
    }
    return this.dataSource.query(
      `SELECT ${summaryColumnsSql('$1')}, p.support_threshold
         FROM ideas i JOIN processes p ON p.id = i.process_id ${AUTHOR_JOINS}
        WHERE ${where.join(' AND ')}
        ORDER BY ${ORDER[sort]}
        LIMIT ${param(limit + 1)}`,
      parameters.values,
    );
  }

  /** Those of these ideas that are not hidden and whose process and author the viewer may see. */
  findVisibleByIds(viewerId: string, ids: string[]): Promise<IdeaSummaryRow[]> {
    return this.dataSource.query(
      `SELECT ${summaryColumnsSql('$1')}, p.support_threshold
         FROM ideas i JOIN processes p ON p.id = i.process_id
         JOIN organisations o ON o.id = p.organisation_id ${AUTHOR_JOINS}
        WHERE i.id = ANY($2::uuid[]) AND i.hidden_at IS NULL AND p.hidden_at IS NULL
          AND ${organisationVisibleSql('o', '$1')} AND ${ideaVisibleSql('$1')}`,
      [viewerId, ids],
    );
  }

  /**
   * Counts one more idea for the person, unless they reached `limit`: one conditional
   * upsert, so concurrent proposals by one person never pass the limit. False when reached.
   */
  async countIdea(
    tx: EntityManager,
    processId: string,
    userId: string,
    limit: number | null,
  ): Promise<boolean> {
    const rows = await tx.query(
      `INSERT INTO process_participations (process_id, user_id, idea_count) VALUES ($1, $2, 1)
       ON CONFLICT (process_id, user_id) DO UPDATE SET idea_count = process_participations.idea_count + 1
         WHERE $3::int IS NULL OR process_participations.idea_count < $3::int
       RETURNING idea_count`,
      [processId, userId, limit],
    );
    return rows.length > 0;
  }

  /**
   * Records the support and counts it for the person and the idea, in this order in every
   * transaction so that concurrent supports never wait on each other in a cycle. Returns
   * 'added', 'already' (the person supports it already) or 'limit' (the person reached the
   * process's limit; the caller rolls back).
   */
  async addSupport(
    tx: EntityManager,
    idea: { id: string; processId: string },
    userId: string,
    limit: number | null,
  ): Promise<'added' | 'already' | 'limit'> {
    const inserted = await tx.query(
      `INSERT INTO idea_supports (idea_id, user_id, process_id) VALUES ($1, $2, $3)
       ON CONFLICT (idea_id, user_id) DO NOTHING RETURNING idea_id`,
      [idea.id, userId, idea.processId],
    );
    if (inserted.length === 0) return 'already';
    const counted = await tx.query(
      `INSERT INTO process_participations (process_id, user_id, support_count) VALUES ($1, $2, 1)
       ON CONFLICT (process_id, user_id) DO UPDATE SET support_count = process_participations.support_count + 1
         WHERE $3::int IS NULL OR process_participations.support_count < $3::int
       RETURNING support_count`,
      [idea.processId, userId, limit],
    );
    if (counted.length === 0) return 'limit';
    await tx.query('UPDATE ideas SET supports_count = supports_count + 1 WHERE id = $1', [idea.id]);
    return 'added';
  }

  /** Takes the support back and uncounts it; false when there was none. */
  async removeSupport(
    tx: EntityManager,
    idea: { id: string; processId: string },
    userId: string,
  ): Promise<boolean> {
    const [deleted]: [unknown[], number] = await tx.query(
      'DELETE FROM idea_supports WHERE idea_id = $1 AND user_id = $2 RETURNING idea_id',
      [idea.id, userId],
    );
    if (deleted.length === 0) return false;
    await tx.query(
      `UPDATE process_participations SET support_count = support_count - 1
        WHERE process_id = $1 AND user_id = $2`,
      [idea.processId, userId],
    );
    await tx.query('UPDATE ideas SET supports_count = supports_count - 1 WHERE id = $1', [idea.id]);
    return true;
  }

  async supportState(
    ideaId: string,
    userId: string,
  ): Promise<{ supports_count: number; supported: boolean }> {
    const rows: { supports_count: number; supported: boolean }[] = await this.dataSource.query(
      `SELECT supports_count, EXISTS (SELECT 1 FROM idea_supports WHERE idea_id = $1 AND user_id = $2)
                AS supported
         FROM ideas WHERE id = $1`,
      [ideaId, userId],
    );
    return rows[0] ?? { supports_count: 0, supported: false };
  }

  async supportsCount(ideaId: string): Promise<number> {
    const rows: { supports_count: number }[] = await this.dataSource.query(
      'SELECT supports_count FROM ideas WHERE id = $1',
      [ideaId],
    );
    return rows[0]?.supports_count ?? 0;
  }

  /**
   * Changes the idea only while no one supports it and no answer is published, in the
   * same statement that checks it: a support committed meanwhile wins. False when refused.
   */
  async updateWhileOpen(id: string, changes: Record<string, unknown>): Promise<boolean> {
    const parameters = new QueryParameters(id);
    const assignments = Object.entries(changes).map(
      ([column, value]) => `${column} = ${parameters.add(value)}`,
    );
    const [rows]: [unknown[], number] = await this.dataSource.query(
      `UPDATE ideas SET ${assignments.join(', ')}, updated_at = now()
        WHERE id = $1 AND supports_count = 0 AND answer_state IS NULL RETURNING id`,
      parameters.values,
    );
    return rows.length > 0;
  }

  async answerOf(ideaId: string): Promise<AnswerRow | null> {
    const rows: AnswerRow[] = await this.dataSource.query(
      `SELECT draft_state, draft_text, published_state, published_text, published_text_html, published_at
         FROM idea_answers WHERE idea_id = $1`,
      [ideaId],
    );
    return rows[0] ?? null;
  }

  /** The newest follow-ups of an idea. */
  latestUpdates(ideaId: string, limit: number): Promise<UpdateRow[]> {
    return this.dataSource.query(
      `SELECT id, body, body_html, created_at FROM idea_updates WHERE idea_id = $1
        ORDER BY created_at DESC, id DESC LIMIT $2`,
      [ideaId, limit],
    );
  }

  /** Every idea of the process that is not hidden, with its counts; no one's identity. */
  results(processId: string): Promise<ResultRow[]> {
    return this.dataSource.query(
      `SELECT i.id, i.title, i.topics, i.city, i.country, i.supports_count, i.answer_state, i.created_at,
              COALESCE(c.comments_count, 0)::int AS comments_count
         FROM ideas i
         LEFT JOIN (SELECT ic.idea_id, count(*) AS comments_count FROM idea_comments ic
                      JOIN ideas ci ON ci.id = ic.idea_id
                     WHERE ci.process_id = $1 AND ic.hidden_at IS NULL GROUP BY ic.idea_id) c
           ON c.idea_id = i.id
        WHERE i.process_id = $1 AND i.hidden_at IS NULL
        ORDER BY i.supports_count DESC, i.id DESC`,
      [processId],
    );
  }

  async describe(id: string): Promise<{ title: string; author_id: string } | null> {
    const rows: { title: string; author_id: string }[] = await this.dataSource.query(
      'SELECT title, author_id FROM ideas WHERE id = $1',
      [id],
    );
    return rows[0] ?? null;
  }

  setHidden(id: string, reason: string | null): Promise<void> {
    return setModeratorHidden(this.dataSource, 'ideas', id, reason);
  }
}
