import { demoCountries } from './countries';
import { type Random, slugify } from './random';
import {
  type DemoOrganisationKind,
  demoOrganisationKinds,
  demoRoles,
  organisationNamePatterns,
  organisationOffers,
  organisationSizes,
  supportNames,
  supportSlugs,
} from './vocabulary';

/**
 * Pure, deterministic generation of people, organisations, memberships and follows from
 * a seeded random source. Nothing here touches the database; `bulk-insert.ts` writes it.
 */

export interface SeedTopic {
  slug: string;
  name: string;
}

export type SeedVisibility = 'public' | 'members' | 'hidden';
export type SeedRole = 'owner' | 'admin' | 'editor' | 'member';

export interface SeedPerson {
  email: string;
  displayName: string;
  siteRole: 'member' | 'moderator' | 'admin';
  handle: string;
  headline: string;
  bio: string;
  country: string;
  city: string;
  cityVisible: boolean;
  languages: string[];
  topics: string[];
  skills: string[];
  offers: string[];
  needs: string[];
  openToPress: boolean;
  pressTopics: string[];
  pressLanguages: string[];
  visibility: SeedVisibility;
  ageDays: number;
}

export interface SeedOrganisation {
  slug: string;
  name: string;
  kind: DemoOrganisationKind;
  country: string;
  countriesActive: string[];
  topics: string[];
  description: string;
  website: string;
  foundedYear: number;
  size: string;
  offers: string[];
  needs: string[];
  transparencyRegisterId: string | null;
  visibility: SeedVisibility;
  showMembers: boolean;
  ageDays: number;
}

/** People and organisations are referred to by their position in the generated lists. */
export interface SeedMembership {
  organisation: number;
  person: number;
  role: SeedRole;
}

export type SeedFollow =
  | { follower: number; type: 'profile'; person: number; ageMinutes: number }
  | { follower: number; type: 'organisation'; organisation: number; ageMinutes: number }
  | { follower: number; type: 'topic'; topic: string; ageMinutes: number };

const extraLanguages = ['en', 'fr', 'de', 'es', 'it', 'pl', 'pt', 'ar', 'uk', 'ru', 'tr'];

export interface PersonNaming {
  email(first: string, last: string, index: number): string;
  handle(base: string, index: number): string;
}

export function makePerson(
  random: Random,
  index: number,
  topics: SeedTopic[],
  naming: PersonNaming,
): SeedPerson {
  const country = random.pick(demoCountries);
  const first = random.pick(country.firstNames);
  const last = random.pick(country.lastNames);
  const role = random.pick(demoRoles);
  const city = random.pick(country.cities);
  const languages = new Set(country.languages);
  if (random.chance(0.8)) languages.add('en');
  if (random.chance(0.3)) languages.add(random.pick(extraLanguages));
  const personTopics = random.sample(topics, random.int(2, 4));
  const offers = new Set(random.sample(role.offers, random.int(1, 2)));
  if (random.chance(0.3)) offers.add(random.pick(supportSlugs));
  const needs = random.sample(
    supportSlugs.filter((slug) => !offers.has(slug)),
    random.int(1, 3),
  );
  const roll = random.next();
  const visibility: SeedVisibility = roll < 0.06 ? 'hidden' : roll < 0.6 ? 'public' : 'members';
  const openToPress = visibility !== 'hidden' && random.chance(0.18);
  const mainTopic = personTopics[0] ?? { slug: 'civic-space', name: 'Civic Space' };
  const years = random.int(2, 25);
  const headline = random.pick([
    `${role.title} working on ${mainTopic.name.toLowerCase()}`,
    `${role.title} in ${city}`,
    `${role.title} · ${mainTopic.name}`,
  ]);
  const bio = [
    `${role.title} based in ${city}, with ${years} years in civil society, mostly on ${personTopics
      .map((topic) => topic.name.toLowerCase())
      .join(' and ')}.`,
    `I can help with ${[...offers].map((slug) => supportNames[slug]).join(', ')}; I am looking for ${needs
      .map((slug) => supportNames[slug])
      .join(', ')}.`,
  ].join('\n\n');
  return {
    email: naming.email(first, last, index),
    displayName: `${first} ${last}`,
    siteRole: 'member',
    handle: naming.handle(slugify(`${first} ${last}`).slice(0, 22).replace(/-+$/, ''), index),
    headline,
    bio,
    country: country.code,
    city,
    cityVisible: random.chance(0.85),
    languages: [...languages],
    topics: personTopics.map((topic) => topic.slug),
    skills: [
      ...random.sample(role.skills, random.int(2, 3)),
      ...random.sample(random.pick(demoRoles).skills, 1),
    ].filter((skill, i, all) => all.indexOf(skill) === i),
    offers: [...offers],
    needs,
    openToPress,
    pressTopics: openToPress ? personTopics.slice(0, 2).map((topic) => topic.slug) : [],
    pressLanguages: openToPress ? [...languages] : [],
    visibility,
    ageDays: random.int(1, 900),
  };
}

export function makeOrganisation(
  random: Random,
  index: number,
  topics: SeedTopic[],
  slugOf: (base: string, index: number) => string,
): SeedOrganisation {
  // Every kind appears: the first eight take one each, the rest are drawn.
  const kind = demoOrganisationKinds[index % demoOrganisationKinds.length] ?? 'cso';
  const country = random.pick(demoCountries);
  const city = random.pick(country.cities);
  const mainTopic = random.pick(topics);
  const name = random
    .pick(organisationNamePatterns[kind])
    .replace('{city}', city)
    .replace('{country}', country.adjective)
    .replace('{topic}', mainTopic.name)
    .replace('{surname}', random.pick(country.lastNames));
  const slug = slugOf(slugify(name).slice(0, 50).replace(/-+$/, ''), index);
  const offers = random.sample(organisationOffers[kind], 2);
  const roll = random.next();
  const activeAbroad = kind === 'network' ? random.int(3, 8) : random.int(0, 2);
  return {
    slug,
    name,
    kind,
    country: country.code,
    countriesActive: [
      country.code,
      ...random
        .sample(demoCountries, activeAbroad)
        .map((other) => other.code)
        .filter((code) => code !== country.code),
    ],
    topics: [
      mainTopic.slug,
      ...random
        .sample(topics, random.int(0, 3))
        .map((topic) => topic.slug)
        .filter((slug) => slug !== mainTopic.slug),
    ],
    description: `${name} works on ${mainTopic.name.toLowerCase()} in ${city} and beyond.\n\nWe offer ${offers
      .map((slug) => supportNames[slug])
      .join(' and ')}, and welcome partners from across Europe.`,
    website: `https://${slug}.example.org`,
    foundedYear: random.int(1955, 2023),
    size: random.pick(organisationSizes),
    offers,
    needs: random.sample(
      supportSlugs.filter((slug) => !offers.includes(slug)),
      random.int(1, 3),
    ),
    transparencyRegisterId:
      ['cso', 'network', 'foundation'].includes(kind) && random.chance(0.4)
        ? `${random.int(100_000, 999_999)}${random.int(100_000, 999_999)}-${random.int(10, 99)}`
        : null,
    visibility: roll < 0.03 ? 'hidden' : roll < 0.1 ? 'members' : 'public',
    showMembers: random.chance(0.8),
    ageDays: random.int(30, 1200),
  };
}

/** People indexed by country, so members and follows lean towards their own country. */
export class PeopleIndex {
  private readonly byCountry = new Map<string, number[]>();
  readonly countries: string[] = [];

  add(index: number, country: string): void {
    let list = this.byCountry.get(country);
    if (!list) {
      list = [];
      this.byCountry.set(country, list);
    }
    list.push(index);
    this.countries.push(country);
  }

  get size(): number {
    return this.countries.length;
  }

  /** Someone from the country most of the time, anyone otherwise. */
  pick(random: Random, country: string, localShare: number): number {
    const local = this.byCountry.get(country);
    if (local && local.length > 0 && random.chance(localShare)) return random.pick(local);
    return random.int(0, this.size - 1);
  }
}

/** An owner, a few admins and editors, and members for one organisation. */
export function makeMemberships(
  random: Random,
  organisation: number,
  country: string,
  people: PeopleIndex,
): SeedMembership[] {
  const roles: SeedRole[] = [
    'owner',
    ...Array<SeedRole>(random.int(0, 1)).fill('admin'),
    ...Array<SeedRole>(random.int(0, 2)).fill('editor'),
    ...Array<SeedRole>(random.int(1, 5)).fill('member'),
  ];
  const taken = new Set<number>();
  const memberships: SeedMembership[] = [];
  for (const role of roles) {
    const person = people.pick(random, country, 0.75);
    if (taken.has(person)) continue;
    taken.add(person);
    memberships.push({ organisation, person, role });
  }
  return memberships;
}

/** Whom and what one person follows: people (mostly nearby), organisations and their topics. */
export function makeFollows(
  random: Random,
  follower: number,
  person: { country: string; topics: string[] },
  people: PeopleIndex,
  organisationCount: number,
  counts: { people: [number, number]; organisations: [number, number] },
): SeedFollow[] {
  const follows: SeedFollow[] = [];
  const seen = new Set<string>();
  const add = (key: string, follow: SeedFollow) => {
    if (seen.has(key)) return;
    seen.add(key);
    follows.push(follow);
  };
  for (let i = random.int(...counts.people); i > 0 && people.size > 1; i--) {
    const other = people.pick(random, person.country, 0.6);
    if (other !== follower)
      add(`p${other}`, { follower, type: 'profile', person: other, ageMinutes: random.int(1, 200_000) });
  }
  for (let i = random.int(...counts.organisations); i > 0 && organisationCount > 0; i--) {
    const organisation = random.int(0, organisationCount - 1);
    add(`o${organisation}`, {
      follower,
      type: 'organisation',
      organisation,
      ageMinutes: random.int(1, 200_000),
    });
  }
  for (const topic of person.topics) {
    if (random.chance(0.7))
      add(`t${topic}`, { follower, type: 'topic', topic, ageMinutes: random.int(1, 200_000) });
  }
  return follows;
}

/**
 * What the person benchmarks read the home feed as follows: as much as an active member
 * keeps up with, where most people follow a handful of sources.
 */
export const READER_FOLLOWS = { people: 50, organisations: 10, topics: 5 } as const;

/**
 * The follows that bring the reader from `already` (their ordinary follows) to
 * READER_FOLLOWS: people mostly from their country, any organisations, their own topics
 * first and then others. Fewer when the data has fewer to follow.
 */
export function makeReaderFollows(
  random: Random,
  reader: number,
  person: { country: string; topics: string[] },
  people: PeopleIndex,
  organisationCount: number,
  topics: readonly string[],
  already: readonly SeedFollow[],
): SeedFollow[] {
  const follows: SeedFollow[] = [];
  const keyOf = (follow: SeedFollow) =>
    follow.type === 'profile'
      ? `p${follow.person}`
      : follow.type === 'organisation'
        ? `o${follow.organisation}`
        : `t${follow.topic}`;
  const seen = new Set(already.map(keyOf));
  const count = { profile: 0, organisation: 0, topic: 0 };
  for (const follow of already) count[follow.type] += 1;
  const add = (follow: SeedFollow) => {
    const key = keyOf(follow);
    if (seen.has(key)) return;
    seen.add(key);
    count[follow.type] += 1;
    follows.push(follow);
  };
  const age = () => random.int(1, 200_000);

  const wantedPeople = Math.min(READER_FOLLOWS.people, people.size - 1);
  for (let tries = 0; count.profile < wantedPeople && tries < wantedPeople * 20; tries++) {
    const other = people.pick(random, person.country, 0.6);
    if (other !== reader) add({ follower: reader, type: 'profile', person: other, ageMinutes: age() });
  }
  const wantedOrganisations = Math.min(READER_FOLLOWS.organisations, organisationCount);
  for (let tries = 0; count.organisation < wantedOrganisations && tries < wantedOrganisations * 20; tries++) {
    const organisation = random.int(0, organisationCount - 1);
    add({ follower: reader, type: 'organisation', organisation, ageMinutes: age() });
  }
  const others = random.sample(
    topics.filter((topic) => !person.topics.includes(topic)),
    topics.length,
  );
  for (const topic of [...person.topics, ...others]) {
    if (count.topic >= READER_FOLLOWS.topics) break;
    add({ follower: reader, type: 'topic', topic, ageMinutes: age() });
  }
  return follows;
}

/**
 * Makes sure every kind of support someone offers is needed by someone else, so
 * matching always has something to find.
 */
export function complementOffers(random: Random, people: SeedPerson[]): void {
  const offered = new Set(people.flatMap((person) => person.offers));
  for (const slug of [...offered].sort()) {
    if (people.some((person) => person.needs.includes(slug))) continue;
    const candidates = people.filter((person) => !person.offers.includes(slug) && person.needs.length < 4);
    for (const person of random.sample(candidates, 2)) person.needs.push(slug);
  }
}
