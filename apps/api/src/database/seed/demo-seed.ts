import type { DataSource } from 'typeorm';
import { hashPassword } from '../../modules/accounts/passwords';
import {
  insertFollows,
  insertMemberships,
  insertOrganisations,
  insertPeople,
  readTopics,
} from './bulk-insert';
import { seedDemoBudgets } from './demo-budgets';
import { seedDemoCases } from './demo-cases';
import { seedDemoEvents } from './demo-events';
import { seedDemoFundingCalls } from './demo-funding-calls';
import { seedDemoNotifications } from './demo-notifications';
import { seedDemoPartnerSearches } from './demo-partner-searches';
import { seedDemoPetitions } from './demo-petitions';
import { seedDemoPosts } from './demo-posts';
import { seedDemoProcesses } from './demo-processes';
import { seedDemoTools } from './demo-tools';
import {
  complementOffers,
  makeFollows,
  makeMemberships,
  makeOrganisation,
  makePerson,
  PeopleIndex,
  type SeedMembership,
  type SeedPerson,
  type SeedTopic,
} from './generate';
import { createRandom, slugify } from './random';
import { recordSeededActivities } from './seed-activities';
import { fallbackTopics } from './vocabulary';

export interface DemoSignIn {
  email: string;
  password: string;
  role: string;
}

export const DEMO_PASSWORD = 'civic-space-demo-2026';
export const DEMO_SEED = 20_260_301;
export const DEMO_PEOPLE = 300;
export const DEMO_ORGANISATIONS = 80;

const preferredTopics = [
  'democracy-and-participation',
  'human-rights',
  'migration-and-asylum',
  'climate-and-environment',
  'digital-rights',
  'media-freedom',
  'gender-equality',
  'rule-of-law',
];

/** The three sign-ins printed at the first start, each with a complete profile. */
function demoAccounts(topics: SeedTopic[]): SeedPerson[] {
  const preferred = preferredTopics.filter((slug) => topics.some((topic) => topic.slug === slug));
  const topicSlugs = (positions: number[]) =>
    positions
      .map((i) => preferred[i] ?? topics[i % topics.length]?.slug)
      .filter((slug) => slug !== undefined);
  return [
    {
      email: 'admin@demo.open-spaces.eu',
      displayName: 'Amira Haddad',
      siteRole: 'admin',
      handle: 'amira-haddad',
      headline: 'Network coordinator for civic space in Europe',
      bio: 'I coordinate a Brussels-based network of civil-society organisations defending civic space across the EU.\n\nI connect partners for consortia and keep this platform a safe place to meet.',
      country: 'BE',
      city: 'Brussels',
      cityVisible: true,
      languages: ['en', 'fr', 'ar', 'nl'],
      topics: topicSlugs([0, 1, 7]),
      skills: ['Consortium building', 'Facilitation', 'EU funding', 'Moderation'],
      offers: ['partnership-building', 'event-hosting', 'advocacy'],
      needs: ['digital-security', 'graphic-design'],
      openToPress: true,
      pressTopics: topicSlugs([0, 1]),
      pressLanguages: ['en', 'fr'],
      visibility: 'public',
      ageDays: 900,
    },
    {
      email: 'moderator@demo.open-spaces.eu',
      displayName: 'Jonas Berg',
      siteRole: 'moderator',
      handle: 'jonas-berg',
      headline: 'Digital security trainer and community moderator',
      bio: 'I train activists and journalists in Stockholm and online to keep their devices and accounts safe.\n\nI also help moderate Open Spaces.',
      country: 'SE',
      city: 'Stockholm',
      cityVisible: false,
      languages: ['sv', 'en', 'de'],
      topics: topicSlugs([4, 5]),
      skills: ['Threat modelling', 'Secure messaging', 'Incident response'],
      offers: ['digital-security', 'training-and-facilitation'],
      needs: ['fundraising', 'translation'],
      openToPress: false,
      pressTopics: [],
      pressLanguages: [],
      visibility: 'members',
      ageDays: 700,
    },
    {
      email: 'member@demo.open-spaces.eu',
      displayName: 'Lucía Fernández',
      siteRole: 'member',
      handle: 'lucia-fernandez',
      headline: 'Community organiser working on migration and housing',
      bio: 'I organise neighbourhood assemblies in Madrid with newcomers and long-time residents.\n\nWe are looking for partners for an Erasmus+ youth exchange.',
      country: 'ES',
      city: 'Madrid',
      cityVisible: true,
      languages: ['es', 'en', 'pt'],
      topics: topicSlugs([2, 3, 6]),
      skills: ['Participatory budgeting', 'Facilitation', 'Volunteer onboarding'],
      offers: ['community-organising', 'volunteer-management', 'translation'],
      needs: ['fundraising', 'legal-advice', 'campaign-strategy'],
      openToPress: true,
      pressTopics: topicSlugs([2]),
      pressLanguages: ['es', 'en'],
      visibility: 'public',
      ageDays: 400,
    },
  ];
}

/** Where the demo sign-ins belong: organisation position, person position, role. */
const demoMemberships: SeedMembership[] = [
  { organisation: 2, person: 0, role: 'owner' },
  { organisation: 0, person: 0, role: 'admin' },
  { organisation: 5, person: 1, role: 'editor' },
  { organisation: 2, person: 1, role: 'member' },
  { organisation: 1, person: 2, role: 'owner' },
  { organisation: 2, person: 2, role: 'member' },
  { organisation: 3, person: 2, role: 'editor' },
];

/** Unique names per run: the first "anna-muller", then "anna-muller-2"... */
function uniqueNamer() {
  const used = new Set<string>();
  return (base: string) => {
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    return name;
  };
}

/**
 * The demo network, generated from a fixed seed: the same people, handles, emails and
 * links on every machine.
 */
export function generateDemoNetwork(topics: SeedTopic[]) {
  const random = createRandom(DEMO_SEED);
  const handle = uniqueNamer();
  const email = uniqueNamer();
  const accounts = demoAccounts(topics);
  for (const account of accounts) handle(account.handle);
  const people = [...accounts];
  while (people.length < DEMO_PEOPLE) {
    people.push(
      makePerson(random, people.length, topics, {
        email: (first, last) => `${email(`${slugify(first)}.${slugify(last)}`)}@people.demo.open-spaces.eu`,
        handle: (base) => handle(base),
      }),
    );
  }
  complementOffers(random, people);

  const slug = uniqueNamer();
  const organisations = Array.from({ length: DEMO_ORGANISATIONS }, (_, i) =>
    makeOrganisation(random, i, topics, (base) => slug(base)),
  );
  // The demo sign-ins' own organisations are open to everyone, so the tour can show them.
  for (const membership of demoMemberships) {
    const organisation = organisations[membership.organisation];
    if (organisation) organisation.visibility = 'public';
  }

  const index = new PeopleIndex();
  people.forEach((person, i) => {
    index.add(i, person.country);
  });
  const claimed = new Set(demoMemberships.map((m) => `${m.organisation}:${m.person}`));
  const owned = new Set(demoMemberships.filter((m) => m.role === 'owner').map((m) => m.organisation));
  const memberships: SeedMembership[] = [...demoMemberships];
  organisations.forEach((organisation, i) => {
    for (const membership of makeMemberships(random, i, organisation.country, index)) {
      if (claimed.has(`${i}:${membership.person}`)) continue;
      // One owner is enough where a demo sign-in already owns it.
      memberships.push(
        owned.has(i) && membership.role === 'owner' ? { ...membership, role: 'admin' } : membership,
      );
    }
  });

  const follows = people.flatMap((person, i) =>
    makeFollows(random, i, person, index, organisations.length, { people: [3, 12], organisations: [1, 4] }),
  );
  return { people, organisations, memberships, follows };
}

/**
 * Seeds the demo data once per database: a second call does nothing. Whether it ran is
 * kept in app_metadata, so deleting demo rows later does not bring them back.
 */
export async function seedDemoData(dataSource: DataSource): Promise<DemoSignIn[] | null> {
  return dataSource.transaction(async (tx) => {
    const claimed: unknown[] = await tx.query(
      `INSERT INTO app_metadata (key, value) VALUES ('demo_seed', jsonb_build_object('at', now()))
       ON CONFLICT (key) DO NOTHING RETURNING key`,
    );
    if (claimed.length === 0) return null;
    const stored = await readTopics(tx);
    const network = generateDemoNetwork(stored.length > 0 ? stored : fallbackTopics);
    // Without curated topics nobody gets a topic, rather than a slug that does not exist.
    if (stored.length === 0) {
      for (const person of network.people) {
        person.topics = [];
        person.pressTopics = [];
      }
      for (const organisation of network.organisations) organisation.topics = [];
    }
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    // An account created before the first start (say, with admin:create) is kept as it is.
    const existing: { id: string; email: string }[] = await tx.query(
      'SELECT id, email FROM users WHERE email = ANY($1)',
      [network.people.map((person) => person.email)],
    );
    const existingIds = new Map(existing.map((row) => [row.email, row.id]));
    const fresh = network.people.filter((person) => !existingIds.has(person.email));
    const freshIds = await insertPeople(tx, fresh, passwordHash);
    fresh.forEach((person, i) => {
      existingIds.set(person.email, freshIds[i] ?? '');
    });
    const personIds = network.people.map((person) => existingIds.get(person.email) ?? '');
    const ownerOf = new Map(
      network.memberships.filter((m) => m.role === 'owner').map((m) => [m.organisation, personIds[m.person]]),
    );
    const organisationIds = await insertOrganisations(
      tx,
      network.organisations,
      network.organisations.map((_, i) => ownerOf.get(i) ?? null),
    );
    await insertMemberships(tx, network.memberships, organisationIds, personIds);
    await seedDemoFundingCalls(
      tx,
      network.organisations,
      organisationIds,
      network.organisations.map((_, i) => ownerOf.get(i)),
    );
    await insertFollows(
      tx,
      network.follows.filter((follow) => follow.type !== 'topic' || stored.length > 0),
      personIds,
      organisationIds,
    );
    await seedDemoPosts(tx, { ...network, personIds, organisationIds, topics: stored });
    await seedDemoEvents(tx, stored, network, personIds, organisationIds);
    await seedDemoTools(tx, createRandom(DEMO_SEED + 5), personIds, organisationIds);
    await seedDemoPartnerSearches(tx);
    await seedDemoCases(tx, createRandom(DEMO_SEED + 7), personIds, organisationIds);
    await seedDemoPetitions(tx);
    await seedDemoProcesses(
      tx,
      stored.map((topic) => topic.slug),
    );
    await seedDemoBudgets(tx);
    await recordSeededActivities(tx);
    await seedDemoNotifications(tx);
    return signInsOf(network.people);
  });
}

function signInsOf(people: SeedPerson[]): DemoSignIn[] {
  return people
    .filter((person) => person.email.endsWith('@demo.open-spaces.eu'))
    .map((person) => ({ email: person.email, password: DEMO_PASSWORD, role: person.siteRole }));
}
