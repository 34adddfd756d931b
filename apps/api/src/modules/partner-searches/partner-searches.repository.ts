import { Injectable } from '@nestjs/common';
import type {
  DeadlineModel,
  InterestStatus,
  OrganisationKind,
  PartnerRole,
  PartnerSearchStatus,
} from '@open-spaces/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { QueryParameters } from '../../common/sql/query-parameters';
import { contentAuthorVisibleSql } from '../../common/visibility/content-visibility';
import { organisationVisibleSql } from '../../common/visibility/follow-counts';
import type { StoredDeadline } from '../funding-calls/entities/funding-call.entity';
import { callVisibleSql } from '../funding-calls/funding-calls.repository';
import type { StoredRoleNeed } from './entities/partner-search.entity';

export interface PartnerSearchRow {
  id: string;
  call_id: string;
  organisation_id: string;
  roles: StoredRoleNeed[];
  countries_wanted: string[];
  note: string;
  status: PartnerSearchStatus;
  created_at: Date;
  /** The sort key as PostgreSQL writes it, for the cursor. */
  sort_key: string;
  call_title: string;
  call_topics: string[];
  lead_slug: string;
  lead_name: string;
  lead_kind: OrganisationKind;
  lead_country: string;
  partner_count: number;
}

/** A search with its call's rules and what the viewer is to the lead. */
export interface PartnerSearchDetailRow extends PartnerSearchRow {
  eligible_countries: string[];
  eligible_kinds: OrganisationKind[];
  min_partners: number | null;
  min_countries: number | null;
  deadline_model: DeadlineModel;
  opens_at: Date | null;
  deadlines: StoredDeadline[];
  checked_at: Date;
  viewer_can_manage: boolean;
}

export interface InterestRow {
  id: string;
  organisation_id: string;
  slug: string;
  name: string;
  kind: OrganisationKind;
  country: string;
  role: PartnerRole;
  note: string;
  status: InterestStatus;
  created_at: Date;
  viewer_can_withdraw: boolean;
}

export interface SuggestionRow {
  slug: string;
  name: string;
  kind: OrganisationKind;
  country: string;
  offers: string[];
}

export interface DirectoryFilters {
  callId?: string;
  topic?: string;
  country?: string;
  role?: PartnerRole;
  competence?: string;
  status?: PartnerSearchStatus;
}

/** What a suggested organisation must be, and what would make it close a gap. */
export interface SuggestionQuery {
  searchId: string;
  leadId: string;
  /** Countries the call admits, groups expanded; null when it admits every country. */
  admittedCountries: string[] | null;
  /** Kinds the call admits; null when it admits every kind. */
  admittedKinds: OrganisationKind[] | null;
  /** Countries already covered: a new one closes a country gap. Null when none is missing. */
  coveredCountries: string[] | null;
  /** Competences of the roles not yet filled. */
  competences: string[];
  /** Any eligible organisation closes a gap in the number of partners. */
  anyEligible: boolean;
  countriesWanted: string[];
  limit: number;
}

const EDITOR_ROLES = `('owner', 'admin', 'editor')`;

/**
 * May the viewer see the search: its call is visible and not hidden, and its lead
 * organisation and author are visible to the viewer (no block, the lead not hidden).
 */
function searchVisibleSql(viewer: string): string {
  return `(fc.hidden_at IS NULL AND ${callVisibleSql(viewer)}
    AND ${contentAuthorVisibleSql('ps.author_id', 'ps.organisation_id', viewer)})`;
}

function selectSql(viewer: string, extraColumns: string[] = []): string {
  return `SELECT ps.id, ps.call_id, ps.organisation_id, ps.roles, ps.countries_wanted, ps.note, ps.status,
      ps.created_at, ps.created_at::text AS sort_key, fc.title AS call_title, fc.topics AS call_topics,
      o.slug AS lead_slug, o.name AS lead_name, o.kind AS lead_kind, o.country AS lead_country,
      (SELECT count(*)::int FROM partner_interests pc JOIN organisations po ON po.id = pc.organisation_id
        WHERE pc.search_id = ps.id AND pc.status = 'accepted'
          AND ${organisationVisibleSql('po', viewer)}) AS partner_count
      ${extraColumns.map((column) => `, ${column}`).join('')}
    FROM partner_searches ps
    JOIN funding_calls fc ON fc.id = ps.call_id
    JOIN organisations o ON o.id = ps.organisation_id`;
}

@Injectable()
export class PartnerSearchesRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The call, if the viewer may see it and it is not hidden, with what a search needs of it. */
  async findCall(
    callId: string,
    viewerId: string,
  ): Promise<{ min_partners: number | null; min_countries: number | null; closed: boolean } | null> {
    const rows: { min_partners: number | null; min_countries: number | null; closed: boolean }[] =
      await this.dataSource.query(
        `SELECT fc.min_partners, fc.min_countries,
                (fc.closes_at IS NOT NULL AND fc.closes_at <= now()) AS closed
           FROM funding_calls fc
          WHERE fc.id = $2 AND fc.hidden_at IS NULL AND ${callVisibleSql('$1')}`,
        [viewerId, callId],
      );
    return rows[0] ?? null;
  }

  async findForViewer(id: string, viewerId: string): Promise<PartnerSearchDetailRow | null> {
    const rows: PartnerSearchDetailRow[] = await this.dataSource.query(
      `${selectSql('$1', [
        'fc.eligible_countries',
        'fc.eligible_kinds',
        'fc.min_partners',
        'fc.min_countries',
        'fc.deadline_model',
        'fc.opens_at',
        'fc.deadlines',
        'now() AS checked_at',
        `EXISTS (SELECT 1 FROM memberships vm WHERE vm.organisation_id = ps.organisation_id
                   AND vm.user_id = $1::uuid AND vm.role IN ${EDITOR_ROLES}) AS viewer_can_manage`,
      ])}
      WHERE ps.id = $2 AND ${searchVisibleSql('$1')}`,
      [viewerId, id],
    );
    return rows[0] ?? null;
  }

  /** One page of searches the viewer may see, newest first. */
  findPage(
    viewerId: string,
    filters: DirectoryFilters,
    after: { at: string; id: string } | undefined,
    limit: number,
  ): Promise<PartnerSearchRow[]> {
    const parameters = new QueryParameters(viewerId);
    const param = (value: unknown) => parameters.add(value);
    const where = [searchVisibleSql('$1')];
    if (filters.callId) where.push(`ps.call_id = ${param(filters.callId)}::uuid`);
    if (filters.status) where.push(`ps.status = ${param(filters.status)}`);
    if (filters.topic) where.push(`fc.topics @> ARRAY[${param(filters.topic)}::text]`);
    if (filters.country) where.push(`ps.countries_wanted @> ARRAY[${param(filters.country)}::text]`);
    if (filters.role) where.push(`ps.role_names @> ARRAY[${param(filters.role)}::text]`);
    if (filters.competence) where.push(`ps.competences @> ARRAY[${param(filters.competence)}::text]`);
    if (after) {
      where.push(`(ps.created_at, ps.id) < (${param(after.at)}::timestamptz, ${param(after.id)}::uuid)`);
    }
    return this.dataSource.query(
      `${selectSql('$1')} WHERE ${where.join(' AND ')}
        ORDER BY ps.created_at DESC, ps.id DESC LIMIT ${param(limit + 1)}`,
      parameters.values,
    );
  }

  /**
   * The interests the viewer may see, oldest first: every one for the lead's editors
   * (the interested organisation addressed them), the viewer's own organisations' ones,
   * and accepted partners whose organisation the viewer may see. Withdrawn ones only
   * to the organisation that withdrew.
   */
  findInterests(searchId: string, viewerId: string, manager: boolean): Promise<InterestRow[]> {
    return this.dataSource.query(
      `SELECT pi.id, pi.organisation_id, o.slug, o.name, o.kind, o.country, pi.role, pi.note, pi.status,
              pi.created_at,
              (pi.status IN ('pending', 'accepted') AND EXISTS (
                 SELECT 1 FROM memberships wm WHERE wm.organisation_id = pi.organisation_id
                    AND wm.user_id = $2 AND wm.role IN ${EDITOR_ROLES})) AS viewer_can_withdraw
         FROM partner_interests pi JOIN organisations o ON o.id = pi.organisation_id
        WHERE pi.search_id = $1
          AND (EXISTS (SELECT 1 FROM memberships mm WHERE mm.organisation_id = pi.organisation_id
                          AND mm.user_id = $2)
               OR ($3::boolean AND pi.status <> 'withdrawn')
               OR (pi.status = 'accepted' AND ${organisationVisibleSql('o', '$2')}))
        ORDER BY pi.created_at, pi.id`,
      [searchId, viewerId, manager],
    );
  }

  async findInterest(
    searchId: string,
    interestId: string,
  ): Promise<{ organisation_id: string; status: InterestStatus } | null> {
    const rows: { organisation_id: string; status: InterestStatus }[] = await this.dataSource.query(
      'SELECT organisation_id, status FROM partner_interests WHERE id = $1 AND search_id = $2',
      [interestId, searchId],
    );
    return rows[0] ?? null;
  }

  /** The owners, admins and editors of an organisation but one: those to tell about its consortia. */
  async editorsOf(tx: EntityManager, organisationId: string, exceptUserId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await tx.query(
      `SELECT user_id FROM memberships
        WHERE organisation_id = $1 AND role IN ${EDITOR_ROLES} AND user_id <> $2`,
      [organisationId, exceptUserId],
    );
    return rows.map((row) => row.user_id);
  }

  /**
   * Records the interest; an organisation that withdrew may express it again. Null when
   * the organisation has an interest in the search already.
   */
  async insertInterest(
    tx: EntityManager,
    input: { searchId: string; organisationId: string; authorId: string; role: PartnerRole; note: string },
  ): Promise<string | null> {
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO partner_interests (search_id, organisation_id, author_id, role, note)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (search_id, organisation_id) DO UPDATE
          SET author_id = EXCLUDED.author_id, role = EXCLUDED.role, note = EXCLUDED.note,
              status = 'pending', answered_at = NULL, created_at = now()
        WHERE partner_interests.status = 'withdrawn'
       RETURNING id`,
      [input.searchId, input.organisationId, input.authorId, input.role, input.note],
    );
    return rows[0]?.id ?? null;
  }

  /** Moves the interest from one of `from` to `to`; false when it was in none of them. */
  async moveInterest(
    tx: EntityManager,
    searchId: string,
    interestId: string,
    from: InterestStatus[],
    to: InterestStatus,
  ): Promise<boolean> {
    // An UPDATE answers [rows, affected] through TypeORM.
    const [, moved]: [unknown[], number] = await tx.query(
      `UPDATE partner_interests SET status = $4, answered_at = now()
        WHERE id = $1 AND search_id = $2 AND status = ANY($3::text[]) RETURNING id`,
      [interestId, searchId, from, to],
    );
    return moved > 0;
  }

  /**
   * Up to `limit` organisations that would close a gap: listed (not hidden, not hidden by
   * a moderator), admitted by the call's countries and kinds, neither the lead nor already
   * interested or accepted, with no owner or admin in a block with the viewer. Those that
   * close more gaps come first.
   */
  findSuggestions(viewerId: string, query: SuggestionQuery): Promise<SuggestionRow[]> {
    const parameters = new QueryParameters(viewerId);
    const param = (value: unknown) => parameters.add(value);
    const covered = param(query.coveredCountries);
    const competences = param(query.competences);
    const wanted = param(query.countriesWanted);
    const newCountry = `(${covered}::text[] IS NOT NULL AND o.country <> ALL(${covered}::text[]))`;
    const offersNeeded = `(o.offers && ${competences}::text[])`;
    const countries = param(query.admittedCountries);
    const kinds = param(query.admittedKinds);
    return this.dataSource.query(
      `SELECT o.slug, o.name, o.kind, o.country, o.offers
         FROM organisations o
        WHERE o.hidden_at IS NULL AND o.visibility IN ('public', 'members')
          AND o.id <> ${param(query.leadId)}::uuid
          AND NOT EXISTS (SELECT 1 FROM partner_interests pi
                           WHERE pi.search_id = ${param(query.searchId)}::uuid AND pi.organisation_id = o.id
                             AND pi.status IN ('pending', 'accepted'))
          AND (${countries}::text[] IS NULL OR o.country = ANY(${countries}::text[]))
          AND (${kinds}::text[] IS NULL OR o.kind = ANY(${kinds}::text[]))
          AND NOT EXISTS (SELECT 1 FROM memberships bm JOIN blocks b
                             ON (b.blocker_id = bm.user_id AND b.blocked_id = $1::uuid)
                             OR (b.blocker_id = $1::uuid AND b.blocked_id = bm.user_id)
                           WHERE bm.organisation_id = o.id AND bm.role IN ('owner', 'admin'))
          AND (${param(query.anyEligible)}::boolean OR ${newCountry} OR ${offersNeeded})
        ORDER BY ${newCountry}::int + ${offersNeeded}::int + (o.country = ANY(${wanted}::text[]))::int DESC,
                 o.sort_name, o.id
        LIMIT ${param(query.limit)}`,
      parameters.values,
    );
  }
}
