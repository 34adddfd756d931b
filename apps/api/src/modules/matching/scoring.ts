import type { OrganisationKind, PlaceScope, SuggestionReason } from '@open-spaces/contracts';
import { EUROPEAN_COUNTRIES } from '../taxonomy/reference/countries';
import { areNeighbours } from './neighbours';

/**
 * How suggestions are scored and explained: pure functions over what the candidate query
 * returned, so every factor, tie and exclusion is unit-tested. `docs/matching.md` gives
 * the same rules in words, with worked examples; keep both in step.
 */

/** Points per factor. Integers, so equal scores are exactly equal. */
export const WEIGHTS = {
  /** Per thing one side needs and the other offers, each way. */
  support: 10,
  /** Once, when help goes both ways (each side offers something the other needs). */
  reciprocity: 10,
  topic: 4,
  /** Once, for any common language. */
  language: 3,
  place: { city: 6, country: 4, neighbour: 2, europe: 1 } satisfies Record<PlaceScope, number>,
  sharedOrganisation: 5,
  followedBy: 3,
  sharedCountry: 2,
  complementaryKinds: 3,
} as const;

/** How many items of a factor count towards the score; reasons still name them all. */
export const COUNTED = { support: 3, topics: 4, organisations: 2, followedBy: 3, countries: 5 } as const;

/** Reasons whose presence makes a suggestion worth showing; place and language alone do not. */
const SUBSTANTIVE: ReadonlySet<SuggestionReason['kind']> = new Set([
  'they_offer_what_you_need',
  'you_offer_what_they_need',
  'shared_topics',
  'shared_organisations',
  'followed_by_people_you_follow',
]);

export interface PersonTraits {
  offers: readonly string[];
  needs: readonly string[];
  topics: readonly string[];
  languages: readonly string[];
  country: string | null;
  /** Only a city the candidate shows; the seeker's own city always. */
  city: string | null;
}

export interface PersonCandidate extends PersonTraits {
  /** Unique and stable: the last tie-breaker. */
  key: string;
  sharedOrganisations: readonly { slug: string; label: string }[];
  /** People the seeker follows who follow the candidate: a few by name, and the count. */
  followedBy: readonly { handle: string; label: string }[];
  followedByCount: number;
}

export interface OrganisationTraits {
  kind: OrganisationKind;
  country: string;
  countriesActive: readonly string[];
  topics: readonly string[];
  offers: readonly string[];
  needs: readonly string[];
}

export interface OrganisationCandidate extends OrganisationTraits {
  key: string;
}

export interface Scored<T> {
  candidate: T;
  score: number;
  reasons: SuggestionReason[];
}

/** What a person could do with another person: reciprocal help, topics, language, place, network. */
export function scorePerson(
  seeker: PersonTraits,
  candidate: PersonCandidate,
): Scored<PersonCandidate> | null {
  const reasons: SuggestionReason[] = [];
  let score = supportScore(seeker, candidate, reasons);
  score += topicScore(seeker.topics, candidate.topics, reasons);
  if (candidate.sharedOrganisations.length > 0) {
    const organisations = [...candidate.sharedOrganisations].sort((a, b) => compare(a.slug, b.slug));
    reasons.push({ kind: 'shared_organisations', organisations });
    score += WEIGHTS.sharedOrganisation * Math.min(organisations.length, COUNTED.organisations);
  }
  if (candidate.followedByCount > 0) {
    const people = [...candidate.followedBy].sort((a, b) => compare(a.handle, b.handle));
    reasons.push({ kind: 'followed_by_people_you_follow', people, count: candidate.followedByCount });
    score += WEIGHTS.followedBy * Math.min(candidate.followedByCount, COUNTED.followedBy);
  }
  const languages = intersection(seeker.languages, candidate.languages);
  if (languages.length > 0) {
    reasons.push({ kind: 'shared_languages', languages });
    score += WEIGHTS.language;
  }
  score += placeScore(seeker, candidate, reasons);
  return worthShowing(candidate, score, reasons);
}

/** What two organisations could do together: reciprocal help, topics, countries, kinds. */
export function scoreOrganisation(
  seeker: OrganisationTraits,
  candidate: OrganisationCandidate,
): Scored<OrganisationCandidate> | null {
  const reasons: SuggestionReason[] = [];
  let score = supportScore(seeker, candidate, reasons);
  score += topicScore(seeker.topics, candidate.topics, reasons);
  const countries = intersection(activeIn(seeker), activeIn(candidate));
  if (countries.length > 0) {
    reasons.push({ kind: 'shared_countries', countries });
    score += WEIGHTS.sharedCountry * Math.min(countries.length, COUNTED.countries);
  }
  if (complementaryKinds(seeker.kind, candidate.kind)) {
    reasons.push({ kind: 'complementary_kinds', yours: seeker.kind, theirs: candidate.kind });
    score += WEIGHTS.complementaryKinds;
  }
  score += placeScore(
    { country: seeker.country, city: null },
    { country: candidate.country, city: null },
    reasons,
  );
  return worthShowing(candidate, score, reasons);
}

/**
 * A person for an organisation: only people who offer something it needs. Place counts
 * from any country where the organisation is active.
 */
export function scorePersonForOrganisation(
  seeker: OrganisationTraits,
  candidate: PersonCandidate,
): Scored<PersonCandidate> | null {
  if (intersection(seeker.needs, candidate.offers).length === 0) return null;
  const reasons: SuggestionReason[] = [];
  let score = supportScore(seeker, candidate, reasons);
  score += topicScore(seeker.topics, candidate.topics, reasons);
  if (candidate.country !== null) {
    const home = activeIn(seeker).includes(candidate.country) ? candidate.country : seeker.country;
    score += placeScore({ country: home, city: null }, { country: candidate.country, city: null }, reasons);
  }
  return worthShowing(candidate, score, reasons);
}

/** Best first; equal scores by the candidate's key, so the order never depends on the query's. */
export function rank<T extends { key: string }>(
  scored: readonly (Scored<T> | null)[],
  limit: number,
): Scored<T>[] {
  return scored
    .filter((entry): entry is Scored<T> => entry !== null)
    .sort((a, b) => b.score - a.score || compare(a.candidate.key, b.candidate.key))
    .slice(0, limit);
}

/** Which places two sides share, closest first; null when either country is unknown or outside Europe. */
export function placeScopeOf(
  seeker: { country: string | null; city: string | null },
  candidate: { country: string | null; city: string | null },
): PlaceScope | null {
  if (seeker.country === null || candidate.country === null) return null;
  if (seeker.country === candidate.country) {
    return sameCity(seeker.city, candidate.city) ? 'city' : 'country';
  }
  if (areNeighbours(seeker.country, candidate.country)) return 'neighbour';
  if (EUROPEAN_COUNTRIES.has(seeker.country) && EUROPEAN_COUNTRIES.has(candidate.country)) return 'europe';
  return null;
}

// biome-ignore format: one pair per entry reads better
const COMPLEMENTARY_KINDS: readonly (readonly [OrganisationKind, OrganisationKind])[] = [
  ['cso', 'research'], ['cso', 'media'], ['cso', 'foundation'], ['cso', 'public_body'],
  ['cso', 'social_enterprise'], ['cso', 'network'],
  ['grassroots', 'cso'], ['grassroots', 'network'], ['grassroots', 'research'], ['grassroots', 'media'],
  ['grassroots', 'foundation'],
  ['network', 'research'], ['network', 'public_body'], ['network', 'media'],
  ['research', 'media'], ['research', 'public_body'],
  ['social_enterprise', 'foundation'],
];

/** Do these kinds bring what the other lacks (a CSO and a research institute...)? Same kinds do not. */
export function complementaryKinds(a: OrganisationKind, b: OrganisationKind): boolean {
  return COMPLEMENTARY_KINDS.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

function supportScore(
  seeker: { offers: readonly string[]; needs: readonly string[] },
  candidate: { offers: readonly string[]; needs: readonly string[] },
  reasons: SuggestionReason[],
): number {
  const theyOffer = intersection(seeker.needs, candidate.offers);
  const youOffer = intersection(seeker.offers, candidate.needs);
  if (theyOffer.length > 0) reasons.push({ kind: 'they_offer_what_you_need', support: theyOffer });
  if (youOffer.length > 0) reasons.push({ kind: 'you_offer_what_they_need', support: youOffer });
  const counted = Math.min(theyOffer.length, COUNTED.support) + Math.min(youOffer.length, COUNTED.support);
  const reciprocal = theyOffer.length > 0 && youOffer.length > 0;
  return WEIGHTS.support * counted + (reciprocal ? WEIGHTS.reciprocity : 0);
}

function topicScore(mine: readonly string[], theirs: readonly string[], reasons: SuggestionReason[]): number {
  const topics = intersection(mine, theirs);
  if (topics.length === 0) return 0;
  reasons.push({ kind: 'shared_topics', topics });
  return WEIGHTS.topic * Math.min(topics.length, COUNTED.topics);
}

function placeScore(
  seeker: { country: string | null; city: string | null },
  candidate: { country: string | null; city: string | null },
  reasons: SuggestionReason[],
): number {
  const scope = placeScopeOf(seeker, candidate);
  if (scope === null || seeker.country === null || candidate.country === null) return 0;
  reasons.push({
    kind: 'place',
    scope,
    yours: seeker.country,
    theirs: candidate.country,
    city: scope === 'city' ? candidate.city : null,
  });
  return WEIGHTS.place[scope];
}

function worthShowing<T>(candidate: T, score: number, reasons: SuggestionReason[]): Scored<T> | null {
  return reasons.some((reason) => SUBSTANTIVE.has(reason.kind)) ? { candidate, score, reasons } : null;
}

function activeIn(organisation: { country: string; countriesActive: readonly string[] }): string[] {
  return [...new Set([organisation.country, ...organisation.countriesActive])];
}

function sameCity(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && normaliseCity(a) !== '' && normaliseCity(a) === normaliseCity(b);
}

function normaliseCity(city: string): string {
  return city.trim().toLocaleLowerCase('en').normalize('NFC');
}

/** Items in both lists, each once, in code order. */
function intersection(a: readonly string[], b: readonly string[]): string[] {
  const other = new Set(b);
  return [...new Set(a.filter((item) => other.has(item)))].sort(compare);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
