import { Injectable } from '@nestjs/common';
import type { OrganisationRole, PhaseKind, ProcessScope, ProcessStatus } from '@open-spaces/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { TimeIdPosition } from '../../common/pagination/cursor';
import { setModeratorHidden } from '../../common/sql/moderator-hidden';
import { QueryParameters } from '../../common/sql/query-parameters';
import { organisationVisibleSql } from '../../common/visibility/follow-counts';

export interface ProcessSummaryRow {
  id: string;
  organisation_id: string;
  title: string;
  topics: string[];
  scope: ProcessScope;
  languages: string[];
  starts_at: Date;
  ends_at: Date;
  created_at: Date;
  cursor_at: string;
  organisation_slug: string;
  organisation_name: string;
  idea_count: number;
}

export interface ProcessRow extends ProcessSummaryRow {
  author_id: string;
  description: string;
  description_html: string;
  idea_limit: number | null;
  support_limit: number | null;
  support_threshold: number | null;
  answer_states: string[];
  hidden_at: Date | null;
  updated_at: Date;
  /** The viewer's role in the organisation that runs it. */
  my_role: OrganisationRole | null;
  my_ideas: number;
  my_supports: number;
}

/** What a case written from a process needs beyond the process itself. */
export interface ProcessCaseCounts {
  country: string;
  ideas: number;
  accepted: number;
  has_budget: boolean;
  participants: number;
}

export interface PhaseRow {
  process_id: string;
  position: number;
  kind: PhaseKind;
  starts_at: Date;
  ends_at: Date;
  allows_proposing: boolean;
  allows_supporting: boolean;
  allows_commenting: boolean;
}

export interface ProcessFilters {
  topic?: string;
  scope?: ProcessScope;
  status?: ProcessStatus;
  organisation?: string;
}

/**
 * May the viewer see the process: its organisation is visible to them, and a process a
 * moderator hid is seen only by the organisation's members. `p` is the process, `o` its
 * organisation.
 */
export function processVisibleSql(viewer: string): string {
  return `(${organisationVisibleSql('o', viewer)}
    AND (p.hidden_at IS NULL OR EXISTS (SELECT 1 FROM memberships pm
          WHERE pm.organisation_id = p.organisation_id AND pm.user_id = ${viewer}::uuid)))`;
}

/** May the viewer see the process with this id in a feed: not hidden and its organisation visible. */
export function processInFeedSql(objectId: string, viewer: string): string {
  return `EXISTS (SELECT 1 FROM processes fp JOIN organisations fo ON fo.id = fp.organisation_id
     WHERE fp.id = ${objectId} AND fp.hidden_at IS NULL AND ${organisationVisibleSql('fo', viewer)})`;
}

const IDEA_COUNT = `(SELECT count(*)::int FROM ideas ic WHERE ic.process_id = p.id AND ic.hidden_at IS NULL)`;

const SUMMARY_COLUMNS = `p.id, p.organisation_id, p.title, p.topics, p.scope, p.languages, p.starts_at,
  p.ends_at, p.created_at, p.created_at::text AS cursor_at, o.slug AS organisation_slug,
  o.name AS organisation_name, ${IDEA_COUNT} AS idea_count`;

const STATUS_CONDITIONS: Record<ProcessStatus, string> = {
  upcoming: 'p.starts_at > now()',
  active: 'p.starts_at <= now() AND p.ends_at > now()',
  past: 'p.ends_at <= now()',
};

@Injectable()
export class ProcessesRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The process with what the viewer is to it, if the viewer may see it. */
  async findForViewer(id: string, viewerId: string | null): Promise<ProcessRow | null> {
    const rows: ProcessRow[] = await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}, p.author_id, p.description, p.description_html, p.idea_limit,
              p.support_limit, p.support_threshold, p.answer_states, p.hidden_at, p.updated_at,
              (SELECT m.role FROM memberships m
                WHERE m.organisation_id = p.organisation_id AND m.user_id = $2::uuid) AS my_role,
              COALESCE(pp.idea_count, 0) AS my_ideas, COALESCE(pp.support_count, 0) AS my_supports
         FROM processes p JOIN organisations o ON o.id = p.organisation_id
         LEFT JOIN process_participations pp ON pp.process_id = p.id AND pp.user_id = $2::uuid
        WHERE p.id = $1 AND ${processVisibleSql('$2')}`,
      [id, viewerId],
    );
    return rows[0] ?? null;
  }

  /**
   * What a list of the process's ideas needs of it, if the viewer may see it: one short
   * statement, without the counts and phases of the process's own page.
   */
  async findThresholdForViewer(
    id: string,
    viewerId: string | null,
  ): Promise<{ id: string; support_threshold: number | null } | null> {
    const rows: { id: string; support_threshold: number | null }[] = await this.dataSource.query(
      `SELECT p.id, p.support_threshold FROM processes p JOIN organisations o ON o.id = p.organisation_id
        WHERE p.id = $1 AND ${processVisibleSql('$2')}`,
      [id, viewerId],
    );
    return rows[0] ?? null;
  }

  /** The phases of these processes, in order. */
  findPhases(processIds: string[]): Promise<PhaseRow[]> {
    return this.dataSource.query(
      `SELECT process_id, position, kind, starts_at, ends_at, allows_proposing, allows_supporting,
              allows_commenting
         FROM process_phases WHERE process_id = ANY($1::uuid[])
        ORDER BY process_id, position`,
      [processIds],
    );
  }

  /** One page of processes the viewer may see, newest first, keyset by (created_at, id). */
  findPage(
    viewerId: string | null,
    filters: ProcessFilters,
    after: TimeIdPosition | undefined,
    limit: number,
  ): Promise<ProcessSummaryRow[]> {
    const parameters = new QueryParameters(viewerId);
    const param = (value: unknown) => parameters.add(value);
    const where = ['p.hidden_at IS NULL', processVisibleSql('$1')];
    if (filters.topic) where.push(`p.topics @> ARRAY[${param(filters.topic)}::text]`);
    if (filters.scope) where.push(`p.scope = ${param(filters.scope)}`);
    if (filters.status) where.push(STATUS_CONDITIONS[filters.status]);
    if (filters.organisation) where.push(`o.slug = lower(${param(filters.organisation)})`);
    if (after) {
      where.push(`(p.created_at, p.id) < (${param(after.at)}::timestamptz, ${param(after.id)}::uuid)`);
    }
    return this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}
         FROM processes p JOIN organisations o ON o.id = p.organisation_id
        WHERE ${where.join(' AND ')}
        ORDER BY p.created_at DESC, p.id DESC
        LIMIT ${param(limit + 1)}`,
      parameters.values,
    );
  }

  /** Those of these processes that are not hidden and the viewer may see. */
  findVisibleByIds(viewerId: string | null, ids: string[]): Promise<ProcessSummaryRow[]> {
    return this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}
         FROM processes p JOIN organisations o ON o.id = p.organisation_id
        WHERE p.id = ANY($2::uuid[]) AND p.hidden_at IS NULL AND ${processVisibleSql('$1')}`,
      [viewerId, ids],
    );
  }

  /**
   * What a case written from the process reports of it, in one statement: the country of
   * its organisation, its ideas and accepted ideas (hidden ones left out, as on its page),
   * whether it has budgets, and the distinct people who proposed, supported or commented
   * an idea or cast a ballot in one of its budgets.
   */
  async caseCounts(id: string): Promise<ProcessCaseCounts> {
    const rows: ProcessCaseCounts[] = await this.dataSource.query(
      `SELECT o.country,
              (SELECT count(*)::int FROM ideas i WHERE i.process_id = p.id AND i.hidden_at IS NULL) AS ideas,
              (SELECT count(*)::int FROM ideas i
                WHERE i.process_id = p.id AND i.hidden_at IS NULL AND i.answer_state = 'accepted') AS accepted,
              EXISTS (SELECT 1 FROM budgets b WHERE b.process_id = p.id) AS has_budget,
              (SELECT count(DISTINCT person)::int FROM (
                 SELECT i.author_id AS person FROM ideas i WHERE i.process_id = p.id
                 UNION ALL
                 SELECT s.user_id FROM idea_supports s WHERE s.process_id = p.id
                 UNION ALL
                 SELECT c.author_id FROM idea_comments c JOIN ideas ci ON ci.id = c.idea_id
                  WHERE ci.process_id = p.id
                 UNION ALL
                 SELECT bl.user_id FROM ballots bl JOIN budgets bb ON bb.id = bl.budget_id
                  WHERE bb.process_id = p.id AND bl.checked_out_at IS NOT NULL
               ) people) AS participants
         FROM processes p JOIN organisations o ON o.id = p.organisation_id
        WHERE p.id = $1`,
      [id],
    );
    const counts = rows[0];
    if (!counts) throw new Error(`process ${id} vanished while its case was written`);
    return counts;
  }

  async describe(id: string): Promise<{ title: string; author_id: string } | null> {
    const rows: { title: string; author_id: string }[] = await this.dataSource.query(
      'SELECT title, author_id FROM processes WHERE id = $1',
      [id],
    );
    return rows[0] ?? null;
  }

  setHidden(id: string, reason: string | null): Promise<void> {
    return setModeratorHidden(this.dataSource, 'processes', id, reason);
  }
}
