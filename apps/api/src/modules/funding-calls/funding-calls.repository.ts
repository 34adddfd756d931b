import { Injectable } from '@nestjs/common';
import type { DeadlineModel, FundingCallStatus, OrganisationKind } from '@open-spaces/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { setModeratorHidden } from '../../common/sql/moderator-hidden';
import { containsPattern, QueryParameters } from '../../common/sql/query-parameters';
import { contentAuthorVisibleSql, contentPersonShownSql } from '../../common/visibility/content-visibility';
import { accountActiveSql } from '../../common/visibility/profile-visibility';
import type { StoredDeadline } from './entities/funding-call.entity';

/** A call as one query reads it for a viewer, with its funder and what it is to the viewer. */
export interface FundingCallRow {
  id: string;
  organisation_id: string;
  author_id: string;
  title: string;
  summary: string;
  description: string;
  description_html: string;
  programme: string | null;
  apply_url: string;
  currency: string;
  total_budget: number | null;
  min_grant: number | null;
  max_grant: number | null;
  expected_grants: number | null;
  co_funding_rate: number | null;
  opens_local: string | null;
  opens_time_zone: string | null;
  opens_at: Date | null;
  deadline_model: DeadlineModel;
  deadlines: StoredDeadline[];
  eligible_countries: string[];
  eligible_kinds: OrganisationKind[];
  topics: string[];
  languages: string[];
  min_partners: number | null;
  min_countries: number | null;
  contact: string | null;
  hidden_at: Date | null;
  hidden_reason: string | null;
  created_at: Date;
  updated_at: Date;
  organisation_slug: string;
  organisation_name: string;
  organisation_kind: OrganisationKind;
  organisation_logo_key: string | null;
  /** Null when the viewer may not see who posted it. */
  author_handle: string | null;
  author_name: string | null;
  author_avatar_key: string | null;
  /** The moment status was derived at: the query's now(). */
  checked_at: Date;
  status: FundingCallStatus;
  /** Null unless the viewer is an editor of the funder. */
  save_count: number | null;
  saved_by_me: boolean;
  viewer_can_edit: boolean;
}

/** A row of a list ordered by deadline, with its sort key as text for the cursor. */
export interface FundingCallListRow extends FundingCallRow {
  /** The sort key as PostgreSQL writes it, for the cursor. */
  sort_key: string;
}

export interface EligibleCallRow extends FundingCallListRow {
  rank: number;
}

export interface SavedCallRow extends FundingCallListRow {
  save_id: string;
}

export interface DirectoryFilters {
  q?: string;
  statuses: FundingCallStatus[];
  topic?: string;
  /** A country and its groups: calls listing any of them, or no country at all. */
  admittingCodes?: string[];
  kind?: OrganisationKind;
  funder?: string;
}

export interface Applicant {
  organisationId: string;
  admittingCodes: string[];
  kind: OrganisationKind;
  topics: string[];
}

const EDITOR_ROLES = `('owner', 'admin', 'editor')`;

/** The status of alias `fc` at the query's now(): the same rule as `statusAt` in deadlines.ts. */
export const STATUS_SQL = `(CASE WHEN fc.opens_at > now() THEN 'forthcoming'
  WHEN fc.closes_at IS NOT NULL AND fc.closes_at <= now() THEN 'closed' ELSE 'open' END)`;

/** The next deadline ahead; calls without one (rolling, closed) sort last. */
const SORT_DEADLINE_SQL = `coalesce((SELECT min(d) FROM unnest(fc.deadlines_at) d WHERE d > now()),
  '9999-12-31 00:00:00+00'::timestamptz)`;

/** May the viewer see the call: its funder and author are visible, and it is not hidden (but to its author). */
export function callVisibleSql(viewer: string): string {
  return `((fc.hidden_at IS NULL OR fc.author_id = ${viewer}::uuid)
    AND ${contentAuthorVisibleSql('fc.author_id', 'fc.organisation_id', viewer)})`;
}

/** May the viewer see the call with this id in a feed: not hidden, its author not suspended, its funder visible. */
export function callInFeedSql(objectId: string, viewer: string): string {
  return `EXISTS (SELECT 1 FROM funding_calls ffc
     WHERE ffc.id = ${objectId} AND ffc.hidden_at IS NULL
       AND ${accountActiveSql('ffc.author_id')}
       AND ${contentAuthorVisibleSql('ffc.author_id', 'ffc.organisation_id', viewer)})`;
}

function selectSql(viewer: string, extraColumns: string[] = [], extraJoins = ''): string {
  return `SELECT fc.id, fc.organisation_id, fc.author_id, fc.title, fc.summary, fc.description,
      fc.description_html, fc.programme, fc.apply_url, fc.currency,
      fc.total_budget::float8 AS total_budget, fc.min_grant::float8 AS min_grant,
      fc.max_grant::float8 AS max_grant, fc.expected_grants, fc.co_funding_rate::float8 AS co_funding_rate,
      fc.opens_local, fc.opens_time_zone, fc.opens_at, fc.deadline_model, fc.deadlines,
      fc.eligible_countries, fc.eligible_kinds, fc.topics, fc.languages, fc.min_partners,
      fc.min_countries, fc.contact, fc.hidden_at, fc.hidden_reason, fc.created_at, fc.updated_at,
      o.slug AS organisation_slug, o.name AS organisation_name, o.kind AS organisation_kind,
      o.logo_key AS organisation_logo_key,
      CASE WHEN ${contentPersonShownSql('ap', viewer)} THEN ap.handle END AS author_handle,
      CASE WHEN ${contentPersonShownSql('ap', viewer)} THEN au.display_name END AS author_name,
      CASE WHEN ${contentPersonShownSql('ap', viewer)} THEN ap.avatar_key END AS author_avatar_key,
      now() AS checked_at,
      ${STATUS_SQL} AS status,
      CASE WHEN EXISTS (SELECT 1 FROM memberships em WHERE em.organisation_id = fc.organisation_id
                          AND em.user_id = ${viewer}::uuid AND em.role IN ${EDITOR_ROLES})
        THEN (SELECT count(*)::int FROM funding_call_saves sc WHERE sc.call_id = fc.id) END AS save_count,
      EXISTS (SELECT 1 FROM funding_call_saves ms WHERE ms.call_id = fc.id
                AND ms.user_id = ${viewer}::uuid AND ms.organisation_id IS NULL) AS saved_by_me,
      EXISTS (SELECT 1 FROM memberships cm WHERE cm.organisation_id = fc.organisation_id
                AND cm.user_id = ${viewer}::uuid AND cm.role IN ${EDITOR_ROLES}) AS viewer_can_edit
      ${extraColumns.map((column) => `, ${column}`).join('')}
    FROM funding_calls fc
    JOIN organisations o ON o.id = fc.organisation_id
    JOIN profiles ap ON ap.user_id = fc.author_id
    JOIN users au ON au.id = fc.author_id
    ${extraJoins}`;
}

/** A reminder just recorded: the person, the call and how many days were left. */
export interface DeadlineReminderRow {
  user_id: string;
  call_id: string;
  days_left: 3 | 14;
  title: string;
  organisation_id: string;
}

@Injectable()
export class FundingCallsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findForViewer(id: string, viewerId: string | null): Promise<FundingCallRow | null> {
    const rows: FundingCallRow[] = await this.dataSource.query(
      `${selectSql('$1')} WHERE fc.id = $2 AND ${callVisibleSql('$1')}`,
      [viewerId, id],
    );
    return rows[0] ?? null;
  }

  /** Those of these calls that are not hidden and are visible to the viewer. */
  findVisibleByIds(viewerId: string, ids: string[]): Promise<FundingCallRow[]> {
    return this.dataSource.query(
      `${selectSql('$1')} WHERE fc.id = ANY($2::uuid[]) AND fc.hidden_at IS NULL AND ${callVisibleSql('$1')}`,
      [viewerId, ids],
    );
  }

  /** The organisations the viewer saved this call for. */
  async organisationsSavedFor(callId: string, userId: string): Promise<string[]> {
    const rows: { slug: string }[] = await this.dataSource.query(
      `SELECT o.slug FROM funding_call_saves s JOIN organisations o ON o.id = s.organisation_id
        JOIN memberships m ON m.organisation_id = s.organisation_id AND m.user_id = $2
       WHERE s.call_id = $1 ORDER BY o.slug`,
      [callId, userId],
    );
    return rows.map((row) => row.slug);
  }

  /** One directory page ordered by next deadline (or by publication, newest first). */
  findDirectoryPage(
    viewerId: string | null,
    filters: DirectoryFilters,
    order: 'deadline' | 'published',
    after: readonly [string, string] | undefined,
    limit: number,
  ): Promise<FundingCallListRow[]> {
    const parameters = new QueryParameters(viewerId);
    const param = (value: unknown) => parameters.add(value);
    const where = [callVisibleSql('$1'), `${STATUS_SQL} = ANY(${param(filters.statuses)}::text[])`];
    if (!filters.statuses.includes('closed')) where.push('(fc.closes_at IS NULL OR fc.closes_at > now())');
    if (filters.q) where.push(`fc.title ILIKE ${param(containsPattern(filters.q))}`);
    if (filters.topic) where.push(`fc.topics @> ARRAY[${param(filters.topic)}::text]`);
    if (filters.admittingCodes) {
      where.push(
        `(fc.eligible_countries = '{}' OR fc.eligible_countries && ${param(filters.admittingCodes)}::text[])`,
      );
    }
    if (filters.kind) {
      where.push(`(fc.eligible_kinds = '{}' OR fc.eligible_kinds @> ARRAY[${param(filters.kind)}::text])`);
    }
    if (filters.funder) where.push(`o.slug = ${param(filters.funder)}`);
    const sortKey = order === 'deadline' ? SORT_DEADLINE_SQL : 'fc.created_at';
    if (after) {
      where.push(
        order === 'deadline'
          ? `(${sortKey}, fc.id) > (${param(after[0])}::timestamptz, ${param(after[1])}::uuid)`
          : `(${sortKey}, fc.id) < (${param(after[0])}::timestamptz, ${param(after[1])}::uuid)`,
      );
    }
    const direction = order === 'deadline' ? 'ASC' : 'DESC';
    // The page is chosen on the calls' keys alone; their text, funder and author are then
    // read for its rows only, not for every call that matches.
    return this.dataSource.query(
      `WITH page AS (
         SELECT fc.id, ${sortKey} AS sort_key
           FROM funding_calls fc JOIN organisations o ON o.id = fc.organisation_id
          WHERE ${where.join(' AND ')}
          ORDER BY sort_key ${direction}, fc.id ${direction}
          LIMIT ${param(limit + 1)})
       ${selectSql('$1', ['page.sort_key::text AS sort_key'], 'JOIN page ON page.id = fc.id')}
        ORDER BY page.sort_key ${direction}, page.id ${direction}`,
      parameters.values,
    );
  }

  /**
   * The calls an organisation can apply for: open calls that admit its country (directly
   * or through a group) and its kind, sharing a topic when both have topics; then the
   * near misses, which fail exactly one of country, kind and "open now". With `all`,
   * every visible call. Calls that fit come first, each part by next deadline.
   */
  findForApplicant(
    viewerId: string,
    applicant: Applicant,
    all: boolean,
    after: readonly [number, string, string] | undefined,
    limit: number,
  ): Promise<EligibleCallRow[]> {
    const parameters = new QueryParameters(viewerId);
    const param = (value: unknown) => parameters.add(value);
    const codes = param(applicant.admittingCodes);
    const kind = param(applicant.kind);
    const topics = param(applicant.topics);
    const outer: string[] = [];
    if (!all) {
      outer.push(`c.status <> 'closed' AND c.topics_match
        AND c.country_ok::int + c.kind_ok::int + (c.status = 'open')::int >= 2`);
    }
    if (after) {
      outer.push(
        `(c.rank, c.sort_deadline, c.id) > (${param(after[0])}::int, ${param(after[1])}::timestamptz, ${param(after[2])}::uuid)`,
      );
    }
    return this.dataSource.query(
      `SELECT c.*, c.sort_deadline::text AS sort_key FROM (
           SELECT q.*,
                  CASE WHEN q.country_ok AND q.kind_ok AND q.status = 'open' THEN 0 ELSE 1 END AS rank
             FROM (
               ${selectSql('$1', [
                 `(fc.eligible_countries = '{}' OR fc.eligible_countries && ${codes}::text[]) AS country_ok`,
                 `(fc.eligible_kinds = '{}' OR fc.eligible_kinds @> ARRAY[${kind}::text]) AS kind_ok`,
                 `(fc.topics = '{}' OR cardinality(${topics}::text[]) = 0 OR fc.topics && ${topics}::text[]) AS topics_match`,
                 `${SORT_DEADLINE_SQL} AS sort_deadline`,
               ])}
               WHERE ${callVisibleSql('$1')} AND fc.hidden_at IS NULL
                 ${all ? '' : 'AND (fc.closes_at IS NULL OR fc.closes_at > now())'}
             ) q
         ) c
         ${outer.length > 0 ? `WHERE ${outer.join(' AND ')}` : ''}
         ORDER BY c.rank, c.sort_deadline, c.id
         LIMIT ${param(limit + 1)}`,
      parameters.values,
    );
  }

  /** The viewer's own saves, newest first, of calls they may still see. */
  findSavedPage(
    viewerId: string,
    organisationId: string | null,
    after: { at: string; id: string } | undefined,
    limit: number,
  ): Promise<SavedCallRow[]> {
    const parameters = new QueryParameters(viewerId);
    const param = (value: unknown) => parameters.add(value);
    const owner =
      organisationId === null
        ? 's.user_id = $1 AND s.organisation_id IS NULL'
        : `s.organisation_id = ${param(organisationId)}`;
    const keyset = after
      ? `AND (s.created_at, s.id) < (${param(after.at)}::timestamptz, ${param(after.id)}::uuid)`
      : '';
    return this.dataSource.query(
      `SELECT c.*, c.saved_at::text AS sort_key FROM (
           ${selectSql('$1', ['s.created_at AS saved_at', 's.id AS save_id'], 'JOIN funding_call_saves s ON s.call_id = fc.id')}
            WHERE ${owner} AND ${callVisibleSql('$1')} ${keyset}
         ) c
         ORDER BY c.saved_at DESC, c.save_id DESC
         LIMIT ${param(limit + 1)}`,
      parameters.values,
    );
  }

  /** Saves the call; true when it was not saved yet. */
  async save(callId: string, userId: string, organisationId: string | null): Promise<boolean> {
    const [, inserted]: [unknown[], number] = await this.dataSource.query(
      `INSERT INTO funding_call_saves (call_id, user_id, organisation_id) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING`,
      [callId, userId, organisationId],
    );
    return inserted > 0;
  }

  async unsave(callId: string, userId: string, organisationId: string | null): Promise<void> {
    await this.dataSource.query(
      organisationId === null
        ? 'DELETE FROM funding_call_saves WHERE call_id = $1 AND user_id = $2 AND organisation_id IS NULL'
        : 'DELETE FROM funding_call_saves WHERE call_id = $1 AND organisation_id = $2',
      [callId, organisationId ?? userId],
    );
  }

  /** Visible calls the user saved, for themself or for an organisation they belong to. */
  findSavedForCalendar(userId: string): Promise<
    {
      id: string;
      title: string;
      summary: string;
      deadlines: StoredDeadline[];
      sequence: number;
      updated_at: Date;
    }[]
  > {
    return this.dataSource.query(
      `SELECT fc.id, fc.title, fc.summary, fc.deadlines, fc.sequence, fc.updated_at
         FROM funding_calls fc
        WHERE fc.hidden_at IS NULL AND ${callVisibleSql('$1')}
          AND EXISTS (SELECT 1 FROM funding_call_saves s
                       WHERE s.call_id = fc.id
                         AND ((s.organisation_id IS NULL AND s.user_id = $1)
                           OR s.organisation_id IN (SELECT m.organisation_id FROM memberships m
                                                     WHERE m.user_id = $1)))`,
      [userId],
    );
  }

  /**
   * Records the deadline reminders due at `now` and returns those not given before: one per
   * person who saved a call (for themself or an organisation) that they may still see and
   * whose next deadline is at most 14 days away (3 when it is at most 3 days away, and then
   * only that one).
   */
  recordDeadlineReminders(tx: EntityManager, now: Date): Promise<DeadlineReminderRow[]> {
    return tx.query(
      `WITH due AS (
         SELECT DISTINCT s.user_id, fc.id AS call_id, fc.title, fc.organisation_id,
                CASE WHEN next.at <= $1::timestamptz + interval '3 days' THEN 3 ELSE 14 END AS days_left
           FROM funding_call_saves s
           JOIN funding_calls fc ON fc.id = s.call_id
           CROSS JOIN LATERAL (SELECT min(d) AS at FROM unnest(fc.deadlines_at) d
                                WHERE d > $1::timestamptz) next
          WHERE next.at <= $1::timestamptz + interval '14 days'
            AND fc.hidden_at IS NULL AND ${callVisibleSql('s.user_id')}
       ), reminded AS (
         INSERT INTO call_deadline_reminders (user_id, call_id, days_left)
         SELECT user_id, call_id, days_left FROM due
         ON CONFLICT DO NOTHING
         RETURNING user_id, call_id, days_left
       )
       SELECT r.user_id, r.call_id, r.days_left, due.title, due.organisation_id
         FROM reminded r JOIN due USING (user_id, call_id, days_left)
        ORDER BY r.call_id, r.user_id`,
      [now],
    );
  }

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Organisations the user is an owner, admin or editor of, by name. */
  findEditableOrganisations(
    userId: string,
    after: readonly [string, string] | undefined,
    limit: number,
  ): Promise<
    { id: string; slug: string; name: string; sort_name: string; kind: OrganisationKind; country: string }[]
  > {
    const parameters = new QueryParameters(userId);
    const param = (value: unknown) => parameters.add(value);
    const keyset = after ? `AND (o.sort_name, o.id) > (${param(after[0])}, ${param(after[1])}::uuid)` : '';
    return this.dataSource.query(
      `SELECT o.id, o.slug, o.name, o.sort_name, o.kind, o.country
         FROM memberships m JOIN organisations o ON o.id = m.organisation_id
        WHERE m.user_id = $1 AND m.role IN ${EDITOR_ROLES} ${keyset}
        ORDER BY o.sort_name, o.id
        LIMIT ${param(limit + 1)}`,
      parameters.values,
    );
  }

  async describe(id: string): Promise<{ title: string; author_id: string } | null> {
    const rows: { title: string; author_id: string }[] = await this.dataSource.query(
      'SELECT title, author_id FROM funding_calls WHERE id = $1',
      [id],
    );
    return rows[0] ?? null;
  }

  setHidden(id: string, reason: string | null): Promise<void> {
    return setModeratorHidden(this.dataSource, 'funding_calls', id, reason);
  }
}
