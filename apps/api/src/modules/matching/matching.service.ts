import { Inject, Injectable } from '@nestjs/common';
import type {
  DismissOrganisationSuggestionRequest,
  OrganisationSuggestion,
  OrganisationSuggestionLists,
  PersonSuggestion,
  PersonSuggestionList,
  SuggestionQuery,
} from '@open-spaces/contracts';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { imageUrls } from '../../common/storage/images';
import { FILE_STORAGE, type FileStorage } from '../../common/storage/storage';
import { canEditProfile } from '../organisations/organisation-permissions';
import type { OrganisationTraitsRow } from '../organisations/organisations.repository';
import { OrganisationsService } from '../organisations/organisations.service';
import { ProfilesService } from '../profiles/profiles.service';
import {
  CANDIDATE_SET_MAX_AGE_MS,
  CANDIDATE_SET_SIZE,
  fillsPage,
  isUsable,
  traitsKey,
} from './candidate-sets';
import { matchingErrors } from './matching.errors';
import {
  MatchingRepository,
  type OrganisationCandidateRow,
  type PersonCandidateRow,
} from './matching.repository';
import {
  type OrganisationCandidate,
  type OrganisationTraits,
  type PersonCandidate,
  rank,
  type Scored,
  scoreOrganisation,
  scorePerson,
  scorePersonForOrganisation,
} from './scoring';

type Query = z.output<typeof SuggestionQuery>;
type OrganisationDismissal = z.output<typeof DismissOrganisationSuggestionRequest>;

/**
 * Owns suggestions of people and organisations to work with, and the "not relevant"
 * dismissals that keep them away. Candidates come from bounded SQL with every exclusion
 * (self, hidden, blocked, suspended, followed, dismissed); the pure scorer ranks them and
 * states the reasons. An organisation's suggestions are for its owners, admins and editors.
 *
 * The best candidates of a search are kept as a set (`candidate-sets.ts`) and, for an hour
 * and while the subject's traits stay the same, suggestions are scored from that set alone:
 * the exclusions, summaries and reasons are read afresh every time, only the search for
 * candidates is not repeated.
 */
@Injectable()
export class MatchingService {
  constructor(
    private readonly repository: MatchingRepository,
    private readonly organisations: OrganisationsService,
    private readonly profiles: ProfilesService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async forPerson(user: AuthUser, query: Query): Promise<PersonSuggestionList> {
    const seeker = await this.repository.findSeeker(user.id);
    if (!seeker) return { items: [] };
    const score = (rows: PersonCandidateRow[], limit: number) =>
      rank(
        rows.map((row) => scorePerson(seeker, personCandidate(row))),
        limit,
      );
    const key = traitsKey(seeker);
    const stored = await this.repository.findPersonCandidateSet(user.id);
    if (stored && isUsable(stored, key, new Date())) {
      const rows = await this.repository.findPersonCandidates(user.id, seeker, stored.people);
      const ranked = score(rows, query.limit);
      if (fillsPage(ranked.length, stored.people.length, query.limit))
        return { items: this.toPersonSuggestions(ranked, rows) };
    }
    const rows = await this.repository.findPersonCandidates(user.id, seeker);
    const ranked = score(rows, CANDIDATE_SET_SIZE);
    await this.repository.savePersonCandidateSet({
      userId: user.id,
      traitsKey: key,
      people: ranked.map(({ candidate }) => candidate.key),
      computedAt: new Date(),
    });
    return { items: this.toPersonSuggestions(ranked.slice(0, query.limit), rows) };
  }

  async dismissPerson(user: AuthUser, handle: string): Promise<void> {
    const dismissedId = await this.repository.findSuggestablePersonId(user.id, handle);
    if (!dismissedId) throw matchingErrors.personNotFound();
    await this.repository.dismissPerson(user.id, dismissedId);
  }

  async forOrganisation(slug: string, user: AuthUser, query: Query): Promise<OrganisationSuggestionLists> {
    const organisation = await this.editable(slug, user);
    const traits = organisationTraits(organisation);
    const key = traitsKey(traits);
    const since = new Date(Date.now() - CANDIDATE_SET_MAX_AGE_MS);
    const stored = await this.repository.findStoredOrganisationCandidates(
      user.id,
      organisation.id,
      key,
      since,
    );
    let found = stored ? this.scoreForOrganisation(traits, stored, query.limit) : null;
    if (
      !found ||
      !stored ||
      !fillsPage(found.partners.length, stored.organisations.length, query.limit) ||
      !fillsPage(found.people.length, stored.people.length, query.limit)
    ) {
      const [organisationRows, peopleRows] = await Promise.all([
        this.repository.findOrganisationCandidates(user.id, organisation),
        this.repository.findPeopleForOrganisation(user.id, organisation),
      ]);
      found = this.scoreForOrganisation(traits, { organisationRows, peopleRows }, CANDIDATE_SET_SIZE);
      await this.repository.saveOrganisationCandidateSet({
        organisationId: organisation.id,
        traitsKey: key,
        organisations: found.partners.map(({ candidate }) => candidate.key),
        people: found.people.map(({ candidate }) => candidate.key),
        computedAt: new Date(),
      });
    }
    const { organisationRows, peopleRows } = found;
    const partners = found.partners.slice(0, query.limit);
    const people = found.people.slice(0, query.limit);
    return {
      organisation: { slug: organisation.slug, name: organisation.name },
      organisations: this.toOrganisationSuggestions(partners, organisationRows),
      people: this.toPersonSuggestions(people, peopleRows),
    };
  }

  async dismissForOrganisation(slug: string, user: AuthUser, input: OrganisationDismissal): Promise<void> {
    const organisation = await this.editable(slug, user);
    if (input.type === 'profile') {
      const userId = await this.repository.findSuggestablePersonId(user.id, input.target);
      if (!userId) throw matchingErrors.personNotFound();
      await this.repository.dismissForOrganisation(organisation.id, user.id, { userId });
      return;
    }
    const organisationId = await this.repository.findSuggestableOrganisationId(input.target);
    if (!organisationId || organisationId === organisation.id) throw matchingErrors.organisationNotFound();
    await this.repository.dismissForOrganisation(organisation.id, user.id, { organisationId });
  }

  /** An organisation's best partners and people among these candidates, from a fresh search or its stored set. */
  private scoreForOrganisation(
    traits: OrganisationTraits,
    rows: { organisationRows: OrganisationCandidateRow[]; peopleRows: PersonCandidateRow[] },
    limit: number,
  ) {
    const { organisationRows, peopleRows } = rows;
    return {
      organisationRows,
      peopleRows,
      partners: rank(
        organisationRows.map((row) => scoreOrganisation(traits, organisationCandidate(row))),
        limit,
      ),
      people: rank(
        peopleRows.map((row) => scorePersonForOrganisation(traits, personCandidate(row))),
        limit,
      ),
    };
  }

  /** The organisation, if the viewer may see it (404 otherwise) and edits it (403 otherwise). */
  private async editable(slug: string, user: AuthUser): Promise<OrganisationTraitsRow> {
    const { organisation, actor } = await this.organisations.accessTraits(slug, user);
    if (!canEditProfile(actor)) throw matchingErrors.notAnEditor();
    return organisation;
  }

  private toPersonSuggestions(
    ranked: Scored<PersonCandidate>[],
    rows: PersonCandidateRow[],
  ): PersonSuggestion[] {
    const rowsById = new Map(rows.map((row) => [row.user_id, row]));
    return ranked.flatMap(({ candidate, score, reasons }) => {
      const row = rowsById.get(candidate.key);
      return row ? [{ person: this.profiles.toSummary(row), score, reasons }] : [];
    });
  }

  private toOrganisationSuggestions(
    ranked: Scored<OrganisationCandidate>[],
    rows: OrganisationCandidateRow[],
  ): OrganisationSuggestion[] {
    const rowsById = new Map(rows.map((row) => [row.id, row]));
    return ranked.flatMap(({ candidate, score, reasons }) => {
      const row = rowsById.get(candidate.key);
      if (!row) return [];
      const { slug, name, kind, country, topics, offers, needs } = row;
      const logo = imageUrls(this.storage, row.logo_key);
      return [{ organisation: { slug, name, kind, country, topics, offers, needs, logo }, score, reasons }];
    });
  }
}

function personCandidate(row: PersonCandidateRow): PersonCandidate {
  return {
    key: row.user_id,
    offers: row.offers,
    needs: row.needs,
    topics: row.topics,
    languages: row.languages,
    country: row.country,
    city: row.city,
    sharedOrganisations: row.shared_organisations,
    followedBy: row.followed_by,
    followedByCount: row.followed_by_count,
  };
}

function organisationTraits(
  row: Pick<OrganisationTraitsRow, 'kind' | 'country' | 'countries_active' | 'topics' | 'offers' | 'needs'>,
): OrganisationTraits {
  return {
    kind: row.kind,
    country: row.country,
    countriesActive: row.countries_active,
    topics: row.topics,
    offers: row.offers,
    needs: row.needs,
  };
}

function organisationCandidate(row: OrganisationCandidateRow): OrganisationCandidate {
  return { ...organisationTraits(row), key: row.id };
}
