import { encodeCursor } from '../common/pagination/cursor';
import { SCALE_READER_EMAIL } from '../database/seed/scale-seed';
import { BENCH_PROCESS_ID, seedIdeas } from './ideas-seed';

/**
 * The hot paths under measurement. Each one is a GET on the API and the same answer
 * from a bare server that does only the unavoidable work (the same SQL through `pg`, the
 * same JSON), so the ratio shows what the framework layers cost, not what the data costs.
 *
 * To add one: write `baselines/<name>-server.ts` (start with `baselines/health-server.ts`),
 * then add an entry here. Baselines receive PORT, DATABASE_URL and the API's AUTH_SECRET in
 * their environment.
 */
export interface Scenario {
  name: string;
  /**
   * Path requested on both servers, or how to find it on the running API (a page behind
   * a cursor depends on the data), with the scenario's request headers.
   */
  path: string | ((apiOrigin: string, headers: Record<string, string>) => Promise<string>);
  /**
   * Signed in as the scale seed's reader (SCALE_READER_EMAIL): the harness opens a session
   * for the scenario and sends its bearer token to both servers with every request.
   */
  signedIn?: boolean;
  /** Compiled baseline script, relative to `dist/bench/baselines`. */
  baseline: string;
  /** What the baseline is called in the report; `bare` unless set. */
  baselineLabel?: string;
  /**
   * A server measured in place of the API (a compiled script relative to
   * `dist/bench/baselines`, and its label), for a scenario that asks how close a given
   * stack can come to the baseline at all.
   */
  subject?: { script: string; label: string };
  /** The API (or the subject) must serve at least this share of the baseline's requests per second. */
  targetRatio: number;
  /** The API's p95 latency must stay under this many ms, when the scenario sets it. */
  maxP95Ms?: number;
  /** The API's p99 latency must stay at or under this many ms, when the scenario sets it. */
  maxP99Ms?: number;
  /** Concurrent connections for this scenario, in place of --connections. */
  connections?: number;
  /**
   * The baseline sends the API's response headers too (not only its content type), and the
   * harness checks that both sets match before measuring.
   */
  sameHeaders?: boolean;
  /** Writes the data the scenario reads, before its path is asked for (idempotent). */
  setup?: (databaseUrl: string, log: (line: string) => void) => Promise<void>;
  /** Counts the rows the path selects from, printed before measuring (`SELECT count(*)…`). */
  matchingRowsSql?: string;
  /** What the scenario shows, printed above its table. */
  description: string;
}

/**
 * A filter with a realistic, non-empty answer in the scale seed (`npm run seed`): one
 * topic of thirty (about 10% of people each), one country of twenty (5% each) and the
 * most common language (80%); about 200 public profiles match at 100k people.
 */
const FILTER = { topic: 'climate-and-environment', country: 'PL', language: 'en' } as const;

/** The directories' target, from the people-and-organisations issue. */
const DIRECTORY_TARGET = { targetRatio: 0.6, maxP95Ms: 25 } as const;

/**
 * The calls an organisation in Portugal of kind CSO working on climate can apply for: the
 * public directory with the eligibility filters, the same SQL as "calls we can apply for"
 * without the signed-in manager that route needs.
 */
const ELIGIBLE = { country: 'PT', kind: 'cso', topic: 'climate-and-environment' } as const;

/** The home feed's target, from the home-feed issue: the directories' target, signed in. */
const FEED_TARGET = { targetRatio: 0.6, maxP95Ms: 25 } as const;

/** How far back from the newest item the catch-up starts: a reader away for a while. */
const CATCH_UP_BACK = 30;

/**
 * The activities from what the reader follows or belongs to, before the feed's rules
 * (visibility, one item per object, feed verbs) choose among them.
 */
const READER_SOURCES_SQL = `
  SELECT count(*)::int AS count FROM users r, activities a
   WHERE r.email = '${SCALE_READER_EMAIL}'
     AND (a.actor_id IN (SELECT CASE WHEN f.target_type = 'profile' THEN f.target_id::uuid END FROM follows f
                          WHERE f.follower_id = r.id AND f.target_type = 'profile')
       OR a.organisation_id IN (SELECT CASE WHEN f.target_type = 'organisation' THEN f.target_id::uuid END
                                  FROM follows f WHERE f.follower_id = r.id AND f.target_type = 'organisation'
                                UNION SELECT m.organisation_id FROM memberships m WHERE m.user_id = r.id)
       OR a.topics && ARRAY(SELECT f.target_id FROM follows f WHERE f.follower_id = r.id AND f.target_type = 'topic'))`;

/**
 * What came after the reader's CATCH_UP_BACK-th newest item, asked for as the home page
 * asks when a live signal arrives (up to 50 items, `after` a position).
 */
async function catchUpPath(apiOrigin: string, headers: Record<string, string>): Promise<string> {
  const response = await fetch(`${apiOrigin}/api/feed?limit=${CATCH_UP_BACK}`, { headers });
  if (!response.ok) throw new Error(`GET /api/feed answered ${response.status}: ${await response.text()}`);
  const { items } = (await response.json()) as { items: { id: string }[] };
  const from = items[CATCH_UP_BACK - 1];
  if (!from)
    throw new Error(
      `The reader's feed has ${items.length} items, fewer than ${CATCH_UP_BACK}; seed more data (--scale)`,
    );
  return `/api/feed?limit=50&after=${encodeURIComponent(encodeCursor([from.id]))}`;
}

/** The matching issue's target: p99 at 10 connections, while the framework keeps its share. */
const SUGGESTIONS_TARGET = { targetRatio: 0.6, maxP99Ms: 60, connections: 10 } as const;

/** The people whose offers, needs or topics overlap the reader's, before the bounded branches choose. */
const SUGGESTION_CANDIDATES_SQL = `
  SELECT count(*)::int AS count FROM users r JOIN profiles me ON me.user_id = r.id, profiles p
   WHERE r.email = '${SCALE_READER_EMAIL}' AND p.user_id <> r.id
     AND (p.offers && me.needs OR p.needs && me.offers OR p.topics && me.topics)`;

/** The first organisation the reader may publish as (the scale seed makes them an editor of one). */
async function organisationSuggestionsPath(
  apiOrigin: string,
  headers: Record<string, string>,
): Promise<string> {
  const response = await fetch(`${apiOrigin}/api/me/publishing-organisations`, { headers });
  if (!response.ok)
    throw new Error(
      `GET /api/me/publishing-organisations answered ${response.status}: ${await response.text()}`,
    );
  const { items } = (await response.json()) as { items: { slug: string }[] };
  const first = items[0];
  if (!first) throw new Error('The reader edits no organisation; seed organisations first (--scale)');
  return `/api/organisations/${encodeURIComponent(first.slug)}/suggestions?limit=20`;
}

async function secondPage(apiOrigin: string, firstPage: string): Promise<string> {
  const response = await fetch(`${apiOrigin}${firstPage}`);
  const { nextCursor } = (await response.json()) as { nextCursor: string | null };
  if (!nextCursor) throw new Error(`GET ${firstPage} has no next page; seed more data (--scale)`);
  return `${firstPage}&after=${encodeURIComponent(nextCursor)}`;
}

/** The most supported ideas of the benchmark's consultation, a page at a time. */
const MOST_SUPPORTED = `/api/processes/${BENCH_PROCESS_ID}/ideas?sort=most_supported&limit=20`;

/** How deep the later page is: past the 200 most supported ideas. */
const LATER_PAGE = 10;

async function laterPage(apiOrigin: string, firstPage: string, pages: number): Promise<string> {
  let path = firstPage;
  for (let page = 1; page < pages; page += 1) {
    const response = await fetch(`${apiOrigin}${path}`);
    const { nextCursor } = (await response.json()) as { nextCursor: string | null };
    if (!nextCursor) throw new Error(`GET ${path} has no next page`);
    path = `${firstPage}&after=${encodeURIComponent(nextCursor)}`;
  }
  return path;
}

const IDEAS_SUPPORTS_SQL = `SELECT count(*)::int AS count FROM idea_supports WHERE process_id = '${BENCH_PROCESS_ID}'`;

export const scenarios: readonly Scenario[] = [
  {
    name: 'health',
    path: '/api/health',
    baseline: 'nest-headers-health-server.js',
    baselineLabel: 'stack floor',
    targetRatio: 0.9,
    description:
      'GET /api/health against the stack floor: Nest on Fastify with only the security headers and request id ' +
      'the platform must send. What our own global layers (auth, CSRF, CORS, logging, errors) may cost: a tenth',
  },
  {
    name: 'health-framework',
    path: '/api/health',
    baseline: 'nest-health-server.js',
    baselineLabel: 'Nest',
    targetRatio: 0.8,
    description:
      'GET /api/health against Nest on Fastify with no layers of ours: what our global layers cost',
  },
  {
    name: 'people',
    path: '/api/profiles?limit=20',
    baseline: 'directories-server.js',
    ...DIRECTORY_TARGET,
    matchingRowsSql: "SELECT count(*)::int AS count FROM profiles WHERE visibility = 'public'",
    description: 'GET /api/profiles?limit=20: the people directory, first page, anonymous',
  },
  {
    name: 'people-filtered',
    path: `/api/profiles?topic=${FILTER.topic}&country=${FILTER.country}&language=${FILTER.language}&limit=20`,
    baseline: 'directories-server.js',
    ...DIRECTORY_TARGET,
    matchingRowsSql: `SELECT count(*)::int AS count FROM profiles
       WHERE visibility = 'public' AND topics @> '{${FILTER.topic}}' AND country = '${FILTER.country}'
         AND languages @> '{${FILTER.language}}'`,
    description: `GET /api/profiles?topic=${FILTER.topic}&country=${FILTER.country}&language=${FILTER.language}: a filtered first page, anonymous`,
  },
  {
    name: 'people-page-2',
    path: (apiOrigin) => secondPage(apiOrigin, '/api/profiles?limit=20'),
    baseline: 'directories-server.js',
    ...DIRECTORY_TARGET,
    description: 'GET /api/profiles?limit=20&after=<cursor>: the second page of the people directory',
  },
  {
    name: 'organisations',
    path: '/api/organisations?limit=20',
    baseline: 'directories-server.js',
    ...DIRECTORY_TARGET,
    matchingRowsSql: "SELECT count(*)::int AS count FROM organisations WHERE visibility = 'public'",
    description: 'GET /api/organisations?limit=20: the organisations directory, first page, anonymous',
  },
  {
    name: 'posts-latest',
    path: '/api/posts?limit=20',
    baseline: 'posts-server.js',
    ...DIRECTORY_TARGET,
    matchingRowsSql:
      "SELECT count(*)::int AS count FROM posts WHERE status = 'published' AND audience = 'public'",
    description: 'GET /api/posts?limit=20: the latest posts, first page, anonymous',
  },
  {
    name: 'posts-topic-country',
    path: `/api/posts?topic=${FILTER.topic}&country=${FILTER.country}&limit=20`,
    baseline: 'posts-server.js',
    ...DIRECTORY_TARGET,
    matchingRowsSql: `SELECT count(*)::int AS count FROM posts
       WHERE status = 'published' AND audience = 'public'
         AND topics @> '{${FILTER.topic}}' AND countries @> '{${FILTER.country}}'`,
    description: `GET /api/posts?topic=${FILTER.topic}&country=${FILTER.country}: latest posts on a topic in a country, anonymous`,
  },
  {
    name: 'events-upcoming',
    path: `/api/events?topic=${FILTER.topic}&country=${FILTER.country}&limit=20`,
    baseline: 'events-server.js',
    ...DIRECTORY_TARGET,
    matchingRowsSql: `SELECT count(*)::int AS count FROM events
       WHERE hidden_at IS NULL AND ends_at > now() AND topics @> '{${FILTER.topic}}'
         AND venue_country = '${FILTER.country}'`,
    description: `GET /api/events?topic=${FILTER.topic}&country=${FILTER.country}&limit=20: upcoming events with filters, anonymous`,
  },
  {
    name: 'calls-for-organisation',
    path: `/api/funding-calls?eligibleCountry=${ELIGIBLE.country}&eligibleKind=${ELIGIBLE.kind}&topic=${ELIGIBLE.topic}&limit=20`,
    baseline: 'funding-calls-server.js',
    ...DIRECTORY_TARGET,
    matchingRowsSql: `SELECT count(*)::int AS count FROM funding_calls
       WHERE hidden_at IS NULL AND (closes_at IS NULL OR closes_at > now())
         AND (eligible_countries = '{}' OR eligible_countries && '{PT,EU27,EEA,COUNCIL_OF_EUROPE}')
         AND (eligible_kinds = '{}' OR eligible_kinds @> '{${ELIGIBLE.kind}}')
         AND topics @> '{${ELIGIBLE.topic}}'`,
    description: `GET /api/funding-calls?eligibleCountry=${ELIGIBLE.country}&eligibleKind=${ELIGIBLE.kind}&topic=${ELIGIBLE.topic}: open calls an organisation can apply for (eligibility in SQL), anonymous`,
  },
  {
    name: 'feed-first-page',
    path: '/api/feed?limit=20',
    signedIn: true,
    baseline: 'feed-server.js',
    ...FEED_TARGET,
    matchingRowsSql: READER_SOURCES_SQL,
    description:
      'GET /api/feed?limit=20: the home feed, newest page, signed in as a reader of 50 people, 10 organisations and 5 topics',
  },
  {
    name: 'feed-catch-up',
    path: catchUpPath,
    signedIn: true,
    baseline: 'feed-server.js',
    ...FEED_TARGET,
    description: `GET /api/feed?limit=50&after=<cursor>: what came after the reader's ${CATCH_UP_BACK}th newest item, oldest first`,
  },
  {
    name: 'suggestions-person',
    path: '/api/people/suggestions?limit=20',
    signedIn: true,
    baseline: 'matching-server.js',
    ...SUGGESTIONS_TARGET,
    matchingRowsSql: SUGGESTION_CANDIDATES_SQL,
    description:
      'GET /api/people/suggestions?limit=20: people the reader could work with, ranked with their reasons, at 10 connections',
  },
  {
    name: 'suggestions-organisation',
    path: organisationSuggestionsPath,
    signedIn: true,
    baseline: 'matching-server.js',
    ...SUGGESTIONS_TARGET,
    description:
      'GET /api/organisations/:slug/suggestions?limit=20: partners and people for an organisation the reader edits, at 10 connections',
  },
  {
    name: 'ideas-most-supported',
    path: MOST_SUPPORTED,
    setup: seedIdeas,
    baseline: 'ideas-server.js',
    ...DIRECTORY_TARGET,
    matchingRowsSql: IDEAS_SUPPORTS_SQL,
    description: `GET /api/processes/<id>/ideas?sort=most_supported: the first page of a consultation's 10,000 ideas with about 500,000 supports, anonymous`,
  },
  {
    name: 'ideas-most-supported-later-page',
    path: (apiOrigin) => laterPage(apiOrigin, MOST_SUPPORTED, LATER_PAGE),
    setup: seedIdeas,
    baseline: 'ideas-server.js',
    ...DIRECTORY_TARGET,
    matchingRowsSql: IDEAS_SUPPORTS_SQL,
    description: `The ${LATER_PAGE}th page of the same list, after a cursor (supports_count, id)`,
  },
];

/**
 * One activity delivered live to many connections (`fanout`, see fanout.ts): publish to
 * receipt at each socket, against a raw `ws` server broadcasting the same payload.
 */
export const FANOUT = {
  name: 'fanout',
  sockets: Number(process.env.BENCH_FANOUT_SOCKETS ?? 5_000),
  /** Posts timed (after one that warms up). */
  rounds: 10,
  maxP99Ms: 150,
  /** The API's p99 may be at most this multiple of the raw server's. */
  maxRatio: 1.5,
} as const;
