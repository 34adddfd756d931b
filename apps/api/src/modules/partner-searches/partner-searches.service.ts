import { Injectable } from '@nestjs/common';
import type {
  CallPartnerSearchQuery,
  Coverage,
  CreatePartnerSearchRequest,
  ExpressInterestRequest,
  InterestStatus,
  PartnerInterest,
  PartnerSearch,
  PartnerSearchDirectoryQuery,
  PartnerSearchPage,
  PartnerSearchSummary,
  PartnerSuggestion,
  PartnerSuggestionReason,
  UpdatePartnerSearchRequest,
} from '@open-spaces/contracts';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { decodeTimeIdCursor, toPage } from '../../common/pagination/cursor';
import { countryGroups, isCountryGroup } from '../funding-calls/country-groups';
import { datedDeadlines } from '../funding-calls/funding-call-view';
import { Notifier } from '../notifications/notifier';
import { canEditProfile } from '../organisations/organisation-permissions';
import { OrganisationsService } from '../organisations/organisations.service';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { assessCoverage, type ConsortiumMember, requiresPartners } from './coverage';
import { PartnerSearchEntity, type StoredRoleNeed } from './entities/partner-search.entity';
import { partnerSearchErrors } from './partner-searches.errors';
import {
  type DirectoryFilters,
  type InterestRow,
  type PartnerSearchDetailRow,
  PartnerSearchesRepository,
  type PartnerSearchRow,
  type SuggestionRow,
} from './partner-searches.repository';

type CreateInput = z.output<typeof CreatePartnerSearchRequest>;
type UpdateInput = z.output<typeof UpdatePartnerSearchRequest>;
type InterestInput = z.output<typeof ExpressInterestRequest>;
type DirectoryInput = z.output<typeof PartnerSearchDirectoryQuery>;
type CallListInput = z.output<typeof CallPartnerSearchQuery>;

const SUGGESTIONS = 8;

/**
 * Owns partner searches, the consortium builder for funding calls that require partners.
 * Owners, admins and editors of an organisation start a search on a call that sets a
 * minimum of partners or countries, stating the roles and competences they need; editors
 * of other organisations express interest in a role; the lead's editors accept or
 * decline, and the accepted partners form the consortium. Every read computes its
 * coverage against the call's rules (`coverage.ts`), and the lead's editors get
 * organisations that would close what is missing. A search is seen by those who may see
 * its call and its lead organisation.
 */
@Injectable()
export class PartnerSearchesService {
  constructor(
    private readonly searches: PartnerSearchesRepository,
    private readonly organisations: OrganisationsService,
    private readonly taxonomy: TaxonomyService,
    private readonly notifier: Notifier,
  ) {}

  async create(callId: string, viewer: AuthUser, input: CreateInput): Promise<PartnerSearch> {
    const call = await this.searches.findCall(callId, viewer.id);
    if (!call) throw partnerSearchErrors.callNotFound();
    const { organisation, actor } = await this.organisations.access(input.organisation, viewer);
    if (!canEditProfile(actor)) throw partnerSearchErrors.notLeadEditor();
    if (!requiresPartners({ minPartners: call.min_partners, minCountries: call.min_countries })) {
      throw partnerSearchErrors.noPartnerRequirements();
    }
    if (call.closed) throw partnerSearchErrors.callClosed();
    await this.assertKnownValues(input);
    const roles = storedRoles(input.roles);
    const saved = await this.searches.transaction((tx) => {
      const repository = tx.getRepository(PartnerSearchEntity);
      return repository.save(
        repository.create({
          callId,
          organisationId: organisation.id,
          authorId: viewer.id,
          roles,
          roleNames: unique(roles.map((need) => need.role)),
          competences: unique(roles.flatMap((need) => need.competences)),
          countriesWanted: unique(input.countriesWanted),
          note: input.note,
          status: 'open',
        }),
      );
    });
    return this.get(saved.id, viewer);
  }

  async get(id: string, viewer: AuthUser): Promise<PartnerSearch> {
    const row = await this.visible(id, viewer);
    const interests = await this.searches.findInterests(id, viewer.id, row.viewer_can_manage);
    const members: ConsortiumMember[] = [
      {
        organisation: {
          slug: row.lead_slug,
          name: row.lead_name,
          kind: row.lead_kind,
          country: row.lead_country,
        },
        role: 'lead',
      },
      ...interests
        .filter((interest) => interest.status === 'accepted')
        .map((interest) => ({ organisation: organisationOf(interest), role: interest.role })),
    ];
    const coverage = assessCoverage(
      {
        deadlineModel: row.deadline_model,
        opensAt: row.opens_at,
        deadlines: datedDeadlines(row.deadlines),
        eligibleCountries: row.eligible_countries,
        eligibleKinds: row.eligible_kinds,
        minPartners: row.min_partners,
        minCountries: row.min_countries,
      },
      members,
      row.roles,
      row.checked_at,
    );
    const suggestions =
      row.viewer_can_manage && row.status === 'open' && !coverage.complete
        ? await this.suggestions(row, coverage, viewer)
        : [];
    return {
      ...toSummary(row),
      interests: interests.map(toInterest),
      coverage,
      suggestions,
      canManage: row.viewer_can_manage,
    };
  }

  async forCall(callId: string, viewer: AuthUser, query: CallListInput): Promise<PartnerSearchPage> {
    if (!(await this.searches.findCall(callId, viewer.id))) throw partnerSearchErrors.callNotFound();
    return this.page(viewer, { callId }, query);
  }

  directory(viewer: AuthUser, query: DirectoryInput): Promise<PartnerSearchPage> {
    return this.page(
      viewer,
      {
        topic: query.topic,
        country: query.country,
        role: query.role,
        competence: query.competence,
        status: query.status,
      },
      query,
    );
  }

  async update(id: string, viewer: AuthUser, input: UpdateInput): Promise<PartnerSearch> {
    const row = await this.visible(id, viewer);
    if (!row.viewer_can_manage) throw partnerSearchErrors.notLeadEditor();
    await this.assertKnownValues(input);
    const changes: Partial<PartnerSearchEntity> = {};
    if (input.roles !== undefined) {
      changes.roles = storedRoles(input.roles);
      changes.roleNames = unique(changes.roles.map((need) => need.role));
      changes.competences = unique(changes.roles.flatMap((need) => need.competences));
    }
    if (input.countriesWanted !== undefined) changes.countriesWanted = unique(input.countriesWanted);
    if (input.note !== undefined) changes.note = input.note;
    if (input.status !== undefined) changes.status = input.status;
    if (Object.keys(changes).length > 0) {
      await this.searches.transaction((tx) => tx.getRepository(PartnerSearchEntity).update({ id }, changes));
    }
    return this.get(id, viewer);
  }

  async expressInterest(id: string, viewer: AuthUser, input: InterestInput): Promise<PartnerSearch> {
    const row = await this.visible(id, viewer);
    const { organisation, actor } = await this.organisations.access(input.organisation, viewer);
    if (!canEditProfile(actor)) throw partnerSearchErrors.notPartnerEditor();
    if (organisation.id === row.organisation_id) throw partnerSearchErrors.ownSearch();
    if (row.status === 'closed') throw partnerSearchErrors.searchClosed();
    const interestId = await this.searches.transaction(async (tx) => {
      const inserted = await this.searches.insertInterest(tx, {
        searchId: id,
        organisationId: organisation.id,
        authorId: viewer.id,
        role: input.role,
        note: input.note,
      });
      if (!inserted) return null;
      const editors = await this.searches.editorsOf(tx, row.organisation_id, viewer.id);
      await this.notifier.notify(
        tx,
        editors.map((userId) => ({
          userId,
          kind: 'partner_interest' as const,
          actorId: viewer.id,
          organisationId: organisation.id,
          subject: subjectOf(row),
          details: { role: input.role },
        })),
      );
      return inserted;
    });
    if (!interestId) throw partnerSearchErrors.alreadyInterested();
    return this.get(id, viewer);
  }

  /** The lead's editors accept or decline a pending interest, once. */
  async answer(
    id: string,
    interestId: string,
    viewer: AuthUser,
    answer: 'accepted' | 'declined',
  ): Promise<PartnerSearch> {
    const row = await this.visible(id, viewer);
    if (!row.viewer_can_manage) throw partnerSearchErrors.notLeadEditor();
    const interest = await this.interestOf(id, interestId);
    await this.move(id, interestId, ['pending'], answer, async (tx) => {
      const editors = await this.searches.editorsOf(tx, interest.organisation_id, viewer.id);
      await this.notifier.notify(
        tx,
        editors.map((userId) => ({
          userId,
          kind: 'partner_interest_answered' as const,
          actorId: viewer.id,
          organisationId: row.organisation_id,
          subject: subjectOf(row),
          details: { answer },
        })),
      );
    });
    return this.get(id, viewer);
  }

  /** Editors of the interested organisation take back a pending or accepted interest. */
  async withdraw(id: string, interestId: string, viewer: AuthUser): Promise<PartnerSearch> {
    await this.visible(id, viewer);
    const interest = await this.interestOf(id, interestId);
    const role = await this.organisations.roleIn(interest.organisation_id, viewer.id);
    if (role === null || role === 'member') throw partnerSearchErrors.notPartnerEditor();
    await this.move(id, interestId, ['pending', 'accepted'], 'withdrawn');
    return this.get(id, viewer);
  }

  private async interestOf(id: string, interestId: string): Promise<{ organisation_id: string }> {
    const interest = await this.searches.findInterest(id, interestId);
    if (!interest) throw partnerSearchErrors.interestNotFound();
    return interest;
  }

  /** Moves the interest and, in the same transaction, tells whom the move concerns. */
  private async move(
    id: string,
    interestId: string,
    from: InterestStatus[],
    to: InterestStatus,
    tell?: (tx: EntityManager) => Promise<void>,
  ) {
    const moved = await this.searches.transaction(async (tx) => {
      const done = await this.searches.moveInterest(tx, id, interestId, from, to);
      if (done && tell) await tell(tx);
      return done;
    });
    if (!moved) throw partnerSearchErrors.alreadyAnswered();
  }

  private async visible(id: string, viewer: AuthUser): Promise<PartnerSearchDetailRow> {
    const row = await this.searches.findForViewer(id, viewer.id);
    if (!row) throw partnerSearchErrors.notFound();
    return row;
  }

  private async page(
    viewer: AuthUser,
    filters: DirectoryFilters,
    query: { after?: string; limit: number },
  ): Promise<PartnerSearchPage> {
    const rows = await this.searches.findPage(
      viewer.id,
      filters,
      decodeTimeIdCursor(query.after),
      query.limit,
    );
    return toPage(rows, query.limit, toSummary, (row) => [row.sort_key, row.id]);
  }

  /** Organisations that would close a gap, each with the gaps it closes. */
  private async suggestions(
    row: PartnerSearchDetailRow,
    coverage: Coverage,
    viewer: AuthUser,
  ): Promise<PartnerSuggestion[]> {
    const countryGap = coverage.gaps.some((gap) => gap.type === 'countries');
    const competences = unique(coverage.gaps.flatMap((gap) => (gap.type === 'role' ? gap.competences : [])));
    const rows = await this.searches.findSuggestions(viewer.id, {
      searchId: row.id,
      leadId: row.organisation_id,
      admittedCountries: admittedCountries(row.eligible_countries),
      admittedKinds: row.eligible_kinds.length === 0 ? null : row.eligible_kinds,
      coveredCountries: countryGap ? coverage.countriesCovered : null,
      competences,
      anyEligible: coverage.gaps.some((gap) => gap.type === 'partners'),
      countriesWanted: row.countries_wanted,
      limit: SUGGESTIONS,
    });
    return rows.map((suggestion) => ({
      organisation: organisationOf(suggestion),
      reasons: reasonsFor(suggestion, countryGap ? coverage.countriesCovered : null, competences, row),
    }));
  }

  private assertKnownValues(input: {
    roles?: { competences: string[] }[];
    countriesWanted?: string[];
  }): Promise<void> {
    const competences = Object.fromEntries(
      (input.roles ?? []).map((need, index) => [
        `roles.${index}.competences`,
        { kind: 'support' as const, value: need.competences },
      ]),
    );
    return this.taxonomy.assertFields({
      ...competences,
      countriesWanted: { kind: 'country', value: input.countriesWanted },
    });
  }
}

function reasonsFor(
  suggestion: SuggestionRow,
  covered: string[] | null,
  competences: string[],
  row: PartnerSearchDetailRow,
): PartnerSuggestionReason[] {
  const reasons: PartnerSuggestionReason[] = [];
  if (covered !== null && !covered.includes(suggestion.country)) {
    reasons.push({ type: 'new_country', country: suggestion.country });
  }
  if (row.countries_wanted.includes(suggestion.country)) {
    reasons.push({ type: 'wanted_country', country: suggestion.country });
  }
  const offered = competences.filter((competence) => suggestion.offers.includes(competence));
  if (offered.length > 0) reasons.push({ type: 'competences', competences: offered });
  reasons.push({ type: 'eligible', country: suggestion.country, kind: suggestion.kind });
  return reasons;
}

/** The countries a call's list admits, groups expanded; null when it admits every country. */
function admittedCountries(eligible: readonly string[]): string[] | null {
  if (eligible.length === 0) return null;
  return unique(eligible.flatMap((code) => (isCountryGroup(code) ? countryGroups[code] : [code])));
}

function storedRoles(roles: readonly { role: StoredRoleNeed['role']; competences: string[] }[]) {
  return roles.map((need) => ({ role: need.role, competences: unique(need.competences) }));
}

/** What a notification about a search shows: the call's title, and the search's page. */
function subjectOf(row: PartnerSearchDetailRow) {
  return {
    type: 'partner_search' as const,
    id: row.id,
    title: row.call_title,
    path: `/funding/partner-searches/${row.id}`,
  };
}

function organisationOf(row: Pick<InterestRow, 'slug' | 'name' | 'kind' | 'country'>) {
  return { slug: row.slug, name: row.name, kind: row.kind, country: row.country };
}

function toSummary(row: PartnerSearchRow): PartnerSearchSummary {
  return {
    id: row.id,
    call: { id: row.call_id, title: row.call_title, topics: row.call_topics },
    lead: { slug: row.lead_slug, name: row.lead_name, kind: row.lead_kind, country: row.lead_country },
    roles: row.roles,
    countriesWanted: row.countries_wanted,
    note: row.note,
    status: row.status,
    partnerCount: row.partner_count,
    createdAt: row.created_at.toISOString(),
  };
}

function toInterest(row: InterestRow): PartnerInterest {
  return {
    id: row.id,
    organisation: organisationOf(row),
    role: row.role,
    note: row.note,
    status: row.status,
    createdAt: row.created_at.toISOString(),
    canWithdraw: row.viewer_can_withdraw,
  };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
