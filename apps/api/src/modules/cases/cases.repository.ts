import { Injectable } from '@nestjs/common';
import type {
  CaseFormat,
  CaseMethod,
  CaseScope,
  CaseSourceType,
  CaseStatus,
  Iap2Level,
} from '@open-spaces/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { setModeratorHidden } from '../../common/sql/moderator-hidden';
import { QueryParameters } from '../../common/sql/query-parameters';
import { organisationVisibleSql } from '../../common/visibility/follow-counts';
import {
  accountActiveSql,
  notBlockedSql,
  profileListedOrOwnSql,
} from '../../common/visibility/profile-visibility';
import type { StoredCaseLink } from './entities/case.entity';
import { CasePartyEntity, type CasePartyRole } from './entities/case-party.entity';

export interface CaseSummaryRow {
  id: string;
  title: string;
  summary: string;
  country: string;
  place: string;
  scope: CaseScope;
  methods: CaseMethod[];
  iap2_level: Iap2Level;
  format: CaseFormat;
  start_date: string;
  end_date: string | null;
  ongoing: boolean;
  participant_count: number | null;
  topics: string[];
  language: string;
  status: CaseStatus;
  published_at: Date | null;
  /** The list's sort time as PostgreSQL writes it, microseconds kept, for the cursor. */
  sort_key: string;
}

export interface CaseRow extends CaseSummaryRow {
  description: string;
  description_html: string;
  purpose: string;
  recruitment: string;
  outcomes: string;
  impact: string;
  links: StoredCaseLink[];
  submitted_by: string | null;
  submitter_handle: string | null;
  submitter_name: string | null;
  submitter_avatar_key: string | null;
  review_note: string | null;
  hidden_at: Date | null;
  hidden_reason: string | null;
  source_type: CaseSourceType | null;
  source_id: string | null;
  created_at: Date;
  updated_at: Date;
  /** Whether the viewer may find it in the repository (published, not hidden, no block). */
  listed: boolean;
}

export interface CasePartyRow {
  case_id: string;
  role: CasePartyRole;
  name: string;
  organisation_slug: string | null;
  organisation_name: string | null;
  organisation_kind: string | null;
  organisation_logo_key: string | null;
}

export interface CaseFilters {
  q?: string;
  method?: CaseMethod;
  scope?: CaseScope;
  country?: string;
  iap2Level?: Iap2Level;
  topic?: string;
  language?: string;
}

export interface FacetRow {
  facet: 'methods' | 'scopes' | 'countries' | 'iap2Levels' | 'topics' | 'languages' | 'total';
  value: string;
  count: number;
}

/** Where a list continues: after the row with this sort time and id. */
export interface CasePosition {
  at: string;
  id: string;
}

/** A party as the service resolved it, ready to store. */
export interface PartyInput {
  role: CasePartyRole;
  organisationId: string | null;
  name: string;
}

/**
 * May the viewer (an SQL parameter) find the case `alias` in the repository: published,
 * not hidden by a moderator, its submitter not suspended and not in a block with the viewer.
 */
export function caseListedSql(alias: string, viewer: string): string {
  return `(${alias}.status = 'published' AND ${alias}.hidden_at IS NULL
    AND (${alias}.submitted_by IS NULL
         OR (${accountActiveSql(`${alias}.submitted_by`)} AND ${notBlockedSql(`${alias}.submitted_by`, viewer)})))`;
}

/** The feed's rule: the case with this id is listed for the viewer. */
export function caseInFeedSql(objectId: string, viewer: string): string {
  return `EXISTS (SELECT 1 FROM cases fc WHERE fc.id = ${objectId} AND ${caseListedSql('fc', viewer)})`;
}

const SUMMARY_COLUMNS = `c.id, c.title, c.summary, c.country, c.place, c.scope, c.methods, c.iap2_level,
  c.format, c.start_date::text AS start_date, c.end_date::text AS end_date, c.ongoing, c.participant_count,
  c.topics, c.language, c.status, c.published_at`;

/** How many of the newest matches the facet counts read at most. */
export const FACET_WINDOW = 1000;

/** The words of a free-text filter, stemmed in each of the repository's main languages and not. */
const TEXT_QUERY = (param: string) => `(websearch_to_tsquery('search_simple', ${param})
  || websearch_to_tsquery('search_english', ${param}) || websearch_to_tsquery('search_german', ${param})
  || websearch_to_tsquery('search_french', ${param}))`;

function filterConditions(filters: CaseFilters, param: (value: unknown) => string): string[] {
  const where: string[] = [];
  if (filters.q) where.push(`c.document @@ ${TEXT_QUERY(param(filters.q))}`);
  if (filters.method) where.push(`c.methods @> ARRAY[${param(filters.method)}::text]`);
  if (filters.scope) where.push(`c.scope = ${param(filters.scope)}`);
  if (filters.country) where.push(`c.country = ${param(filters.country)}`);
  if (filters.iap2Level) where.push(`c.iap2_level = ${param(filters.iap2Level)}`);
  if (filters.topic) where.push(`c.topics @> ARRAY[${param(filters.topic)}::text]`);
  if (filters.language) where.push(`c.language = ${param(filters.language)}`);
  return where;
}

@Injectable()
export class CasesRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The case with its submitter as the viewer may see them; who may see the case is the service's call. */
  async findById(id: string, viewerId: string | null): Promise<CaseRow | null> {
    const rows: CaseRow[] = await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}, c.published_at::text AS sort_key, c.description, c.description_html,
              c.purpose, c.recruitment, c.outcomes, c.impact, c.links, c.submitted_by, c.review_note,
              c.hidden_at, c.hidden_reason, c.source_type, c.source_id, c.created_at, c.updated_at,
              sp.handle AS submitter_handle, su.display_name AS submitter_name,
              sp.avatar_key AS submitter_avatar_key, ${caseListedSql('c', '$2')} AS listed
         FROM cases c
         LEFT JOIN profiles sp ON sp.user_id = c.submitted_by AND ${profileListedOrOwnSql('sp', '$2')}
         LEFT JOIN users su ON su.id = sp.user_id
        WHERE c.id = $1`,
      [id, viewerId],
    );
    return rows[0] ?? null;
  }

  /** The organisers and funders of these cases in their order, organisations only where the viewer may see them. */
  findParties(caseIds: string[], viewerId: string | null): Promise<CasePartyRow[]> {
    return this.dataSource.query(
      `SELECT cp.case_id, cp.role, coalesce(o.name, cp.name) AS name, o.slug AS organisation_slug,
              o.name AS organisation_name, o.kind AS organisation_kind, o.logo_key AS organisation_logo_key
         FROM case_parties cp
         LEFT JOIN organisations o ON o.id = cp.organisation_id AND ${organisationVisibleSql('o', '$2')}
        WHERE cp.case_id = ANY($1::uuid[])
        ORDER BY cp.case_id, cp.role, cp.position`,
      [caseIds, viewerId],
    );
  }

  /** One page of the repository, newest published first. */
  findListedPage(
    viewerId: string | null,
    filters: CaseFilters,
    after: CasePosition | undefined,
    limit: number,
  ): Promise<CaseSummaryRow[]> {
    const parameters = new QueryParameters(viewerId);
    const param = (value: unknown) => parameters.add(value);
    const where = [caseListedSql('c', '$1'), ...filterConditions(filters, param)];
    if (after) {
      where.push(`(c.published_at, c.id) < (${param(after.at)}::timestamptz, ${param(after.id)}::uuid)`);
    }
    return this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}, c.published_at::text AS sort_key
         FROM cases c
        WHERE ${where.join(' AND ')}
        ORDER BY c.published_at DESC, c.id DESC
        LIMIT ${param(limit + 1)}`,
      parameters.values,
    );
  }

  /** Facet counts over the newest `FACET_WINDOW + 1` matches; one statement. */
  countFacets(viewerId: string | null, filters: CaseFilters): Promise<FacetRow[]> {
    const parameters = new QueryParameters(viewerId);
    const param = (value: unknown) => parameters.add(value);
    const where = [caseListedSql('c', '$1'), ...filterConditions(filters, param)];
    return this.dataSource.query(
      `WITH matches AS (
         SELECT c.methods, c.scope, c.country, c.iap2_level, c.topics, c.language
           FROM cases c
          WHERE ${where.join(' AND ')}
          ORDER BY c.published_at DESC, c.id DESC
          LIMIT ${param(FACET_WINDOW + 1)})
       SELECT 'total' AS facet, '' AS value, count(*)::int AS count FROM matches
       UNION ALL SELECT 'methods', m, count(*)::int FROM matches, unnest(methods) AS m GROUP BY m
       UNION ALL SELECT 'scopes', scope, count(*)::int FROM matches GROUP BY scope
       UNION ALL SELECT 'countries', country, count(*)::int FROM matches GROUP BY country
       UNION ALL SELECT 'iap2Levels', iap2_level, count(*)::int FROM matches GROUP BY iap2_level
       UNION ALL SELECT 'topics', tp, count(*)::int FROM matches, unnest(topics) AS tp GROUP BY tp
       UNION ALL SELECT 'languages', language, count(*)::int FROM matches GROUP BY language`,
      parameters.values,
    );
  }

  /**
   * The newest listed cases that share a method or a topic with this one: the candidates
   * the similarity score ranks. Bounded, so a common method costs what a rare one does.
   */
  findSimilarCandidates(
    viewerId: string | null,
    of: { id: string; methods: string[]; topics: string[] },
    limit: number,
  ): Promise<CaseSummaryRow[]> {
    return this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}, c.published_at::text AS sort_key
         FROM cases c
        WHERE ${caseListedSql('c', '$1')} AND c.id <> $2
          AND (c.methods && $3::text[] OR c.topics && $4::text[])
        ORDER BY c.published_at DESC, c.id DESC
        LIMIT $5`,
      [viewerId, of.id, of.methods, of.topics, limit],
    );
  }

  /** Cases waiting for a moderator, the longest waiting first. */
  findSubmittedPage(after: CasePosition | undefined, limit: number): Promise<CaseSummaryRow[]> {
    return this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}, c.submitted_at::text AS sort_key
         FROM cases c
        WHERE c.status = 'submitted'
          AND ($1::timestamptz IS NULL OR (c.submitted_at, c.id) > ($1::timestamptz, $2::uuid))
        ORDER BY c.submitted_at, c.id
        LIMIT $3`,
      [after?.at ?? null, after?.id ?? null, limit + 1],
    );
  }

  /** The person's own cases in any state, newest first. */
  findBySubmitterPage(
    userId: string,
    after: CasePosition | undefined,
    limit: number,
  ): Promise<CaseSummaryRow[]> {
    return this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}, c.created_at::text AS sort_key
         FROM cases c
        WHERE c.submitted_by = $1
          AND ($2::timestamptz IS NULL OR (c.created_at, c.id) < ($2::timestamptz, $3::uuid))
        ORDER BY c.created_at DESC, c.id DESC
        LIMIT $4`,
      [userId, after?.at ?? null, after?.id ?? null, limit + 1],
    );
  }

  /** Those of these cases the viewer may find, for the feed. */
  findListedByIds(viewerId: string | null, ids: string[]): Promise<CaseSummaryRow[]> {
    return this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}, c.published_at::text AS sort_key
         FROM cases c WHERE c.id = ANY($2::uuid[]) AND ${caseListedSql('c', '$1')}`,
      [viewerId, ids],
    );
  }

  async findForModeration(id: string): Promise<{ title: string; submitted_by: string | null } | null> {
    const rows = await this.dataSource.query('SELECT title, submitted_by FROM cases WHERE id = $1', [id]);
    return rows[0] ?? null;
  }

  /** The organisations with these slugs that the person may see, to link as organisers or funders. */
  findOrganisations(
    slugs: string[],
    viewerId: string | null,
  ): Promise<{ id: string; slug: string; name: string }[]> {
    if (slugs.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT o.id, o.slug, o.name FROM organisations o
        WHERE o.slug = ANY($1::text[]) AND ${organisationVisibleSql('o', '$2')}`,
      [slugs, viewerId],
    );
  }

  /** Replaces the case's organisers and funders with these, in this order. */
  async replaceParties(tx: EntityManager, caseId: string, parties: PartyInput[]): Promise<void> {
    await tx.getRepository(CasePartyEntity).delete({ caseId });
    const positions: Record<CasePartyRole, number> = { organiser: 0, funder: 0 };
    const rows = parties.map((party) => ({
      caseId,
      role: party.role,
      position: positions[party.role]++,
      organisationId: party.organisationId,
      name: party.name,
    }));
    if (rows.length > 0) await tx.getRepository(CasePartyEntity).insert(rows);
  }

  setHidden(id: string, reason: string | null): Promise<void> {
    return setModeratorHidden(this.dataSource, 'cases', id, reason);
  }
}
