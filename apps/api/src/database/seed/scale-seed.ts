import type { DataSource } from 'typeorm';
import { hashPassword } from '../../modules/accounts/passwords';
import {
  insertFollows,
  insertMemberships,
  insertOrganisations,
  insertPeople,
  readTopics,
} from './bulk-insert';
import { seedFundingCallsAtScale } from './demo-funding-calls';
import { seedPostsAtScale } from './demo-posts';
import { DEMO_PASSWORD } from './demo-seed';
import {
  makeFollows,
  makeMemberships,
  makeOrganisation,
  makePerson,
  makeReaderFollows,
  PeopleIndex,
  type SeedFollow,
} from './generate';
import { createRandom } from './random';
import { insertScaleEvents } from './scale-events';
import { recordSeededActivities } from './seed-activities';
import { fallbackTopics } from './vocabulary';

export const SCALE_EMAIL_DOMAIN = 'scale.open-spaces.test';

/**
 * The person benchmarks read the home feed as: the first one the scale seed generates on a
 * database, who follows READER_FOLLOWS and is a member of the first organisation.
 */
export const SCALE_READER_EMAIL = `person-0@${SCALE_EMAIL_DOMAIN}`;

/**
 * What the scale seed can add, in the order it adds them; `activities` is the size the
 * activity log grows to, not a number added.
 */
export const SCALE_KINDS = ['people', 'organisations', 'posts', 'events', 'calls', 'activities'] as const;
export type ScaleCounts = Record<(typeof SCALE_KINDS)[number], number>;

/** The reader's extra follows come from a stream of their own, so everyone else's stay as they were. */
const READER_SEED = 20_260_304;

/** The tables a scale run fills, vacuumed and analysed once it has committed. */
const LOADED_TABLES = [
  'users',
  'profiles',
  'organisations',
  'memberships',
  'follows',
  'posts',
  'post_topics',
  'post_comments',
  'post_reactions',
  'events',
  'event_rsvps',
  'funding_calls',
  'funding_call_deadlines',
  'activities',
  'activity_topics',
  'search_documents',
];

export interface ScaleOptions {
  people: number;
  organisations: number;
  /** Posts written by the people and organisation editors in the database, after the above. */
  posts?: number;
  /** Events organised by the generated people and organisations. */
  events?: number;
  /** Funding calls, from the organisations in the database with an owner. */
  calls?: number;
  /**
   * How many activities the log should hold in all: beyond the `published` ones recorded
   * for what was added, edits of published posts make up the difference.
   */
  activities?: number;
  /** The same seed on the same database gives the same people, handles and links. */
  seed?: number;
  batchSize?: number;
  log?: (message: string) => void;
}

export interface ScaleResult {
  people: number;
  organisations: number;
  memberships: number;
  follows: number;
  posts: number;
  events: number;
  calls: number;
  /** The activities recorded, for what was added and the edits, in the order of their times. */
  activities: number;
  /** Of those, the edits (`updated`) of published posts. */
  edits: number;
  /** The activities the log holds now. */
  activityLog: number;
  /** Seconds to load, then seconds to VACUUM (ANALYZE) what was loaded. */
  seconds: number;
  analyseSeconds: number;
}

/**
 * Adds generated people and organisations for benchmarks, in batches of set-based
 * statements and one transaction. Runs again add more: numbering continues after the
 * generated accounts already there, so emails, handles and slugs stay unique.
 */
export async function seedAtScale(dataSource: DataSource, options: ScaleOptions): Promise<ScaleResult> {
  const loaded = await loadAtScale(dataSource, options);
  // Fresh statistics, merged GIN pending lists and a visibility map, so the first requests
  // after a bulk load get the plans, index reads and index-only scans they will get once
  // autovacuum has caught up. (Every scan of a GIN index reads its pending list in full
  // until it is merged; an index-only scan reads the table for every page not yet marked
  // all-visible.)
  const started = performance.now();
  const existing: { name: string }[] = await dataSource.query(
    'SELECT relname AS name FROM pg_class WHERE relkind = $1 AND relname = ANY($2)',
    ['r', LOADED_TABLES],
  );
  await dataSource.query(`VACUUM (ANALYZE) ${existing.map((table) => `"${table.name}"`).join(', ')}`);
  const analyseSeconds = (performance.now() - started) / 1000;
  options.log?.(`  vacuumed and analysed ${existing.length} tables (${analyseSeconds.toFixed(1)} s)`);
  return { ...loaded, analyseSeconds };
}

async function loadAtScale(
  dataSource: DataSource,
  options: ScaleOptions,
): Promise<Omit<ScaleResult, 'analyseSeconds'>> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 10_000;
  const log = options.log ?? (() => undefined);
  const elapsed = () => ((performance.now() - started) / 1000).toFixed(1);
  return dataSource.transaction(async (tx) => {
    // One long transaction of bulk writes: buffer GIN index entries and skip waiting for each flush.
    await tx.query("SET LOCAL gin_pending_list_limit = '64MB'");
    await tx.query('SET LOCAL synchronous_commit = off');
    const [{ offset } = { offset: 0 }]: { offset: number }[] = await tx.query(
      'SELECT count(*)::int AS offset FROM users WHERE email LIKE $1',
      [`%@${SCALE_EMAIL_DOMAIN}`],
    );
    const random = createRandom((options.seed ?? 20_260_302) + offset);
    const stored = await readTopics(tx);
    const topics = stored.length > 0 ? stored : fallbackTopics;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const suffix = (index: number) => (offset + index).toString(36);
    // The first person ever generated (SCALE_READER_EMAIL) is the benchmarks' reader.
    const reader = offset === 0 && options.people > 0 ? 0 : undefined;

    const personIds: string[] = [];
    const personTopics: string[][] = [];
    const index = new PeopleIndex();
    for (let start = 0; start < options.people; start += batchSize) {
      const batch = Array.from({ length: Math.min(batchSize, options.people - start) }, (_, i) =>
        makePerson(random, start + i, topics, {
          email: (_first, _last, n) => `person-${suffix(n)}@${SCALE_EMAIL_DOMAIN}`,
          // An underscore never appears in the handles the users trigger makes up.
          handle: (base, n) => `${base}_${suffix(n)}`,
        }),
      );
      if (stored.length === 0) for (const person of batch) person.topics = person.pressTopics = [];
      personIds.push(...(await insertPeople(tx, batch, passwordHash)));
      for (const person of batch) {
        index.add(index.size, person.country);
        personTopics.push(person.topics);
      }
      log(`  ${personIds.length} people (${elapsed()} s)`);
    }

    const organisationIds: string[] = [];
    let memberships = 0;
    for (let start = 0; start < options.organisations; start += batchSize) {
      const batch = Array.from({ length: Math.min(batchSize, options.organisations - start) }, (_, i) =>
        makeOrganisation(random, start + i, topics, (base, n) => `${base.slice(0, 45)}-o${suffix(n)}`),
      );
      if (stored.length === 0) for (const organisation of batch) organisation.topics = [];
      const batchMemberships = index.size
        ? batch.flatMap((organisation, i) => makeMemberships(random, i, organisation.country, index))
        : [];
      const readerJoins =
        reader !== undefined &&
        start === 0 &&
        batch.length > 0 &&
        !batchMemberships.some((m) => m.organisation === 0 && m.person === reader);
      if (readerJoins) batchMemberships.push({ organisation: 0, person: reader, role: 'member' });
      const ownerOf = new Map(
        batchMemberships.filter((m) => m.role === 'owner').map((m) => [m.organisation, m]),
      );
      const ids = await insertOrganisations(
        tx,
        batch,
        batch.map((_, i) => {
          const owner = ownerOf.get(i);
          return owner ? (personIds[owner.person] ?? null) : null;
        }),
      );
      await insertMemberships(tx, batchMemberships, ids, personIds);
      organisationIds.push(...ids);
      memberships += batchMemberships.length;
      log(`  ${organisationIds.length} organisations, ${memberships} memberships (${elapsed()} s)`);
    }

    let follows = 0;
    for (let start = 0; start < personIds.length; start += batchSize) {
      const batch: SeedFollow[] = [];
      for (let i = start; i < Math.min(start + batchSize, personIds.length); i++) {
        const person = {
          country: index.countries[i] ?? '',
          topics: stored.length > 0 ? (personTopics[i] ?? []) : [],
        };
        const ordinary = makeFollows(random, i, person, index, organisationIds.length, {
          people: [2, 8],
          organisations: [0, 3],
        });
        batch.push(...ordinary);
        if (i === reader) {
          const topicSlugs = stored.map((topic) => topic.slug);
          const readerRandom = createRandom(READER_SEED + (options.seed ?? 0));
          batch.push(
            ...makeReaderFollows(
              readerRandom,
              i,
              person,
              index,
              organisationIds.length,
              topicSlugs,
              ordinary,
            ),
          );
        }
      }
      await insertFollows(tx, batch, personIds, organisationIds);
      follows += batch.length;
      log(`  ${follows} follows (${elapsed()} s)`);
    }

    const posts = options.posts
      ? await seedPostsAtScale(tx, {
          count: options.posts,
          seed: options.seed ?? 20_260_303,
          topics: stored,
          batchSize,
          log,
        })
      : 0;
    const events = await insertScaleEvents(
      tx,
      options.events ?? 0,
      options.seed ?? 20_260_302,
      SCALE_EMAIL_DOMAIN,
      batchSize,
      (done) => log(`  ${done} events (${elapsed()} s)`),
    );
    const calls = await seedFundingCallsAtScale(tx, options.calls ?? 0, random, { batchSize, log });
    const recorded = await recordSeededActivities(tx, {
      total: options.activities ?? 0,
      seed: options.seed ?? 20_260_305,
    });
    log(
      `  ${recorded.activities} activities, ${recorded.edits} of them edits of posts; the log holds ${recorded.log} (${elapsed()} s)`,
    );

    return {
      people: personIds.length,
      organisations: organisationIds.length,
      memberships,
      follows,
      posts,
      events,
      calls,
      activities: recorded.activities,
      edits: recorded.edits,
      activityLog: recorded.log,
      seconds: (performance.now() - started) / 1000,
    };
  });
}
