import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { migrate, withDataSource } from '../database/database';
import { type EmbeddedDatabase, findFreePort, startEmbeddedPostgres } from '../database/embedded-postgres';
import { seedAtScale } from '../database/seed/scale-seed';
import { alternate } from './alternate';
import { describeAnswer } from './answers';
import {
  connectApiFanout,
  connectFloorFanout,
  connectRawFanout,
  type FanoutComparison,
  type FanoutTarget,
  measureFanout,
  seedFanoutAudience,
} from './fanout';
import { type RoundResult, type RunningLoad, runLoad } from './measure';
import { type BenchOptions, OptionsError, parseOptions } from './options';
import {
  openPetition,
  PETITION_SIGNING,
  type SigningComparison,
  seedSigningAudience,
  signAtOnce,
  signingPassed,
  signingResult,
  signingTable,
  tallyProblem,
  tallySignatures,
} from './petition-signing';
import { NodeChild, sleep } from './processes';
import { openReaderSession } from './reader';
import {
  conclusion,
  fanoutTable,
  header,
  type ScenarioSummary,
  scenarioTable,
  type TargetSummary,
} from './report';
import { FANOUT, type Scenario, scenarios } from './scenarios';
import {
  runSearchLoad,
  SEARCH_BENCH,
  type SearchComparison,
  searchPassed,
  searchPath,
  searchTable,
} from './search-bench';
import { CORPUS_COMMON_WORDS_SQL, fixedQueries, typo } from './search-queries';
import { LatencyRecorder, median } from './stats';

/**
 * Measures the built API against bare `node:http` servers doing the same work, on the
 * same machine, one scenario at a time. Run with `npm run bench`; see docs/benchmarks.md.
 * A missed target is reported, not failed: the exit code says only whether the run worked.
 */

class Aborted extends Error {}

const children = new Set<NodeChild>();
let database: EmbeddedDatabase | undefined;
let tempDir: string | undefined;
let currentLoad: RunningLoad | undefined;
let aborted = false;

const say = (message: string) => process.stderr.write(`${message}\n`);

function checkpoint(): void {
  if (aborted) throw new Aborted('stopped');
}

function startChild(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  ipc = false,
  stdoutFile?: string,
): NodeChild {
  checkpoint();
  // The API runs with the flags `npm start` gives it, plus any asked for.
  const nodeArgs = [
    '--enable-source-maps',
    ...(process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean),
  ];
  const child = NodeChild.start(name, script, env, { ipc, nodeArgs: ipc ? [] : nodeArgs, stdoutFile });
  children.add(child);
  return child;
}

async function stopChild(child: NodeChild): Promise<void> {
  await child.stop();
  children.delete(child);
}

/** Stops everything this run started, children first, the database last. */
async function cleanUp(): Promise<void> {
  currentLoad?.stop();
  await Promise.all([...children].map((child) => child.stop()));
  children.clear();
  if (database) {
    // If Ctrl-C reached PostgreSQL directly it has already stopped, and stop() would wait forever.
    await Promise.race([database.stop(), sleep(5_000)]);
    database = undefined;
  }
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  tempDir = undefined;
}

async function openBenchDatabase(options: BenchOptions): Promise<{ url: string; label: string }> {
  if (options.databaseUrl) return { url: options.databaseUrl, label: 'BENCH_DATABASE_URL' };
  if (!tempDir) throw new Error('no temp folder');
  say(`Starting embedded PostgreSQL in ${tempDir}`);
  database = await startEmbeddedPostgres({ dataDir: tempDir, database: 'open_spaces_bench' });
  return { url: database.url, label: `embedded PostgreSQL in a temp folder` };
}

/**
 * Fills the bench database with the same code as `npm run seed -- --people N
 * --organisations M`, then vacuums and analyses it: the state autovacuum reaches on its
 * own some minutes after a bulk load, reached now, so the planner sees the real sizes.
 */
async function seedBenchDatabase(url: string, scale: NonNullable<BenchOptions['scale']>): Promise<string> {
  checkpoint();
  await migrate(url);
  say(
    `Seeding ${scale.people} people, ${scale.organisations} organisations, ${scale.posts} posts, ${scale.events} events and ${scale.calls} calls` +
      (scale.activities > 0 ? `, to ${scale.activities} activities` : ''),
  );
  const seeded = await withDataSource(url, (dataSource) => seedAtScale(dataSource, { ...scale, log: say }));
  const started = performance.now();
  await withDataSource(url, (dataSource) => dataSource.query('VACUUM (ANALYZE)'));
  const vacuumSeconds = (performance.now() - started) / 1000;
  const summary =
    `seeded ${seeded.people} people, ${seeded.organisations} organisations, ${seeded.memberships} memberships` +
    `, ${seeded.follows} follows, ${seeded.posts} posts, ${seeded.events} events, ${seeded.calls} calls` +
    ` and ${seeded.activities} activities (${seeded.edits} edits; the log holds ${seeded.activityLog})` +
    ` in ${seeded.seconds.toFixed(1)} s, then VACUUM (ANALYZE) in ${vacuumSeconds.toFixed(1)} s`;
  say(summary);
  checkpoint();
  return summary;
}

/** How many rows a scenario's path selects from, so a filtered page is known to be realistic. */
async function countMatchingRows(url: string, sql: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: number }>(sql);
    return rows[0]?.count ?? 0;
  } finally {
    await client.end();
  }
}

async function startApi(
  databaseUrl: string,
  dataDir: string,
): Promise<{ api: NodeChild; origin: string; secret: string }> {
  const port = await findFreePort();
  const secret = randomBytes(48).toString('base64url');
  // As `npm start` runs it in production: the default log level (one line per request)
  // unless BENCH_LOG_LEVEL says otherwise, written to a file in the run's data folder.
  const logLevel = process.env.BENCH_LOG_LEVEL ? { LOG_LEVEL: process.env.BENCH_LOG_LEVEL } : {};
  const api = startChild(
    'API',
    join(__dirname, '../main.js'),
    {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      AUTH_SECRET: secret,
      SEED_DEMO_DATA: 'false',
      ...logLevel,
      LOG_PRETTY: 'false',
    },
    false,
    join(dataDir, 'api.log'),
  );
  const origin = `http://127.0.0.1:${port}`;
  await api.waitForHttp(`${origin}/api/health/ready`, 60_000);
  return { api, origin, secret };
}

/** What a baseline is started with: the bench database and the API's secret, to check its tokens. */
interface BaselineEnv {
  databaseUrl: string;
  secret: string;
}

/** Starts a compiled server script of `baselines/` and waits until it listens. */
async function startScript(
  label: string,
  script: string,
  env: BaselineEnv,
): Promise<{ child: NodeChild; origin: string }> {
  const child = startChild(
    label,
    join(__dirname, 'baselines', script),
    { PORT: '0', DATABASE_URL: env.databaseUrl, AUTH_SECRET: env.secret },
    true,
  );
  const [, port] = await child.waitForOutput(/listening on (\d+)/, 15_000);
  return { child, origin: `http://127.0.0.1:${port}` };
}

/** What both servers are asked: the path and, for a signed-in scenario, the authorization. */
interface BenchRequest {
  path: string;
  headers: Record<string, string>;
}

/** Both servers must give the same answer (see `describeAnswer`), or the comparison means nothing. */
async function assertSameAnswer(
  request: BenchRequest,
  measured: { label: string; origin: string },
  baseline: { label: string; origin: string },
  sameHeaders: boolean,
): Promise<void> {
  const read = async (origin: string) => {
    const response = await fetch(`${origin}${request.path}`, { headers: request.headers });
    return describeAnswer(response, await response.text(), sameHeaders);
  };
  const [answer, expected] = await Promise.all([read(measured.origin), read(baseline.origin)]);
  if (answer !== expected) {
    throw new Error(
      `GET ${request.path} differs:\n  ${measured.label}: ${answer}\n  ${baseline.label}: ${expected}`,
    );
  }
}

async function load(
  url: string,
  headers: Record<string, string>,
  connections: number,
  seconds: number,
  owner: NodeChild,
): Promise<RoundResult> {
  checkpoint();
  const cpuBefore = owner.cpuMicros();
  currentLoad = runLoad({ url, headers, connections, durationSeconds: seconds });
  const result = await currentLoad.result;
  currentLoad = undefined;
  const cpuAfter = owner.cpuMicros();
  if (cpuBefore !== undefined && cpuAfter !== undefined && result.requests > 0) {
    result.cpuMicrosPerRequest = (cpuAfter - cpuBefore) / result.requests;
  }
  checkpoint();
  owner.assertRunning();
  if (result.errors > 0 || result.non2xx > 0) {
    throw new Error(`${url}: ${result.errors} connection errors, ${result.non2xx} non-2xx responses`);
  }
  return result;
}

function summarise(label: string, results: readonly RoundResult[]): TargetSummary {
  return {
    label,
    rounds: results.map((result) => result.requestsPerSecond),
    requestsPerSecond: median(results.map((result) => result.requestsPerSecond)),
    p50: median(results.map((result) => result.p50)),
    p95: median(results.map((result) => result.p95)),
    p99: median(results.map((result) => result.p99)),
    cpuMicrosPerRequest: median(results.map((result) => result.cpuMicrosPerRequest)),
  };
}

async function runScenario(
  scenario: Scenario,
  options: BenchOptions,
  api: { child: NodeChild; origin: string },
  env: BaselineEnv,
): Promise<ScenarioSummary> {
  const reader = scenario.signedIn ? await openReaderSession(env.databaseUrl, env.secret) : undefined;
  try {
    const headers = reader?.headers ?? {};
    await scenario.setup?.(env.databaseUrl, say);
    const path = typeof scenario.path === 'string' ? scenario.path : await scenario.path(api.origin, headers);
    const matchingRows = scenario.matchingRowsSql
      ? await countMatchingRows(env.databaseUrl, scenario.matchingRowsSql)
      : undefined;
    if (matchingRows !== undefined) say(`${scenario.name}: ${matchingRows} rows match GET ${path}`);
    const subject = scenario.subject
      ? await startScript(scenario.subject.label, scenario.subject.script, env)
      : api;
    try {
      return await measureScenario(scenario, options, { path, headers }, matchingRows, subject, env);
    } finally {
      if (subject !== api) await stopChild(subject.child);
    }
  } finally {
    await reader?.close();
  }
}

async function measureScenario(
  scenario: Scenario,
  options: BenchOptions,
  request: BenchRequest,
  matchingRows: number | undefined,
  subject: { child: NodeChild; origin: string },
  env: BaselineEnv,
): Promise<ScenarioSummary> {
  const baseline = await startScript(`baseline ${scenario.baseline}`, scenario.baseline, env);
  try {
    const subjectLabel = scenario.subject?.label ?? 'API';
    const baselineLabel = scenario.baselineLabel ?? 'bare';
    await assertSameAnswer(
      request,
      { label: subjectLabel, origin: subject.origin },
      { label: baselineLabel, origin: baseline.origin },
      scenario.sameHeaders === true,
    );
    const connections = scenario.connections ?? options.connections;
    const targets = [
      {
        label: subjectLabel,
        url: `${subject.origin}${request.path}`,
        owner: subject.child,
        results: [] as RoundResult[],
      },
      {
        label: baselineLabel,
        url: `${baseline.origin}${request.path}`,
        owner: baseline.child,
        results: [] as RoundResult[],
      },
    ];
    if (options.warmupSeconds > 0) {
      say(`${scenario.name}: warming up`);
      for (const target of targets)
        await load(target.url, request.headers, connections, options.warmupSeconds, target.owner);
    }
    for (let round = 0; round < options.rounds; round += 1) {
      for (const target of alternate(targets, round)) {
        const result = await load(
          target.url,
          request.headers,
          connections,
          options.durationSeconds,
          target.owner,
        );
        target.results.push(result);
        say(
          `${scenario.name}: round ${round + 1}/${options.rounds} ${target.label} ${result.requestsPerSecond.toFixed(0)} req/s`,
        );
      }
    }
    const [apiSummary, baselineSummary] = targets.map((target) => summarise(target.label, target.results));
    if (!apiSummary || !baselineSummary) throw new Error('no results');
    const ratio = apiSummary.requestsPerSecond / baselineSummary.requestsPerSecond;
    const fastEnough =
      (scenario.maxP95Ms === undefined || apiSummary.p95 < scenario.maxP95Ms) &&
      (scenario.maxP99Ms === undefined || apiSummary.p99 <= scenario.maxP99Ms);
    return {
      scenario,
      path: request.path,
      matchingRows,
      api: apiSummary,
      baseline: baselineSummary,
      ratio,
      passed: ratio >= scenario.targetRatio && fastEnough,
    };
  } finally {
    await stopChild(baseline.child);
  }
}

/**
 * One activity to many live connections: the API's followers each hold a Socket.IO
 * connection, a post is published through the API, and each socket's `feed:activity` is
 * timed from the request; beside it, as many Socket.IO clients of the stack floor and as
 * many plain WebSockets of a raw `ws` server, every connection open through the whole run
 * and the three broadcasts alternating round by round.
 */
async function runFanout(
  databaseUrl: string,
  api: { api: NodeChild; origin: string; secret: string },
): Promise<FanoutComparison> {
  say(`${FANOUT.name}: ${FANOUT.sockets} followers with live sessions`);
  const audience = await seedFanoutAudience(databaseUrl, api.secret, FANOUT.sockets);
  const env = { databaseUrl, secret: api.secret };
  const servers: NodeChild[] = [];
  const targets: FanoutTarget[] = [];
  try {
    const floor = await startScript(
      'stack floor socketio-broadcast-server.js',
      'socketio-broadcast-server.js',
      env,
    );
    servers.push(floor.child);
    const raw = await startScript('baseline ws-broadcast-server.js', 'ws-broadcast-server.js', env);
    servers.push(raw.child);
    say(`${FANOUT.name}: connecting ${FANOUT.sockets} Socket.IO clients to the API`);
    targets.push(await connectApiFanout(api.origin, audience));
    checkpoint();
    say(`${FANOUT.name}: connecting ${FANOUT.sockets} Socket.IO clients to the stack floor`);
    targets.push(await connectFloorFanout(floor.origin, FANOUT.sockets));
    checkpoint();
    say(`${FANOUT.name}: connecting ${FANOUT.sockets} WebSockets to the raw ws server`);
    targets.push(await connectRawFanout(raw.origin, FANOUT.sockets));
    checkpoint();
    say(`${FANOUT.name}: ${FANOUT.rounds} broadcasts per target after a warm-up, alternating`);
    const [measured, floorSummary, rawSummary] = await measureFanout(targets, FANOUT.rounds);
    for (const child of [api.api, ...servers]) child.assertRunning();
    if (!measured || !floorSummary || !rawSummary) throw new Error('no fan-out results');
    return { api: measured, floor: floorSummary, raw: rawSummary };
  } finally {
    for (const target of targets) target.close();
    await Promise.all(servers.map(stopChild));
    await audience.remove();
  }
}

/**
 * The search benchmark: the fixed list of queries and the corpus's 20 commonest words, asked
 * of the API and of a bare server running the same SQL, at SEARCH_BENCH.connections.
 */
async function runSearch(
  databaseUrl: string,
  api: { api: NodeChild; origin: string; secret: string },
): Promise<SearchComparison> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  let common: string[];
  try {
    common = (await client.query<{ word: string }>(CORPUS_COMMON_WORDS_SQL)).rows.map((row) => row.word);
  } finally {
    await client.end();
  }
  const queries = [...new Set([...fixedQueries(), ...common])];
  if (queries.length < SEARCH_BENCH.minQueries)
    throw new Error(`the search list has ${queries.length} queries, fewer than ${SEARCH_BENCH.minQueries}`);
  say(`${SEARCH_BENCH.name}: ${queries.length} queries; the corpus's commonest words: ${common.join(', ')}`);
  const env = { databaseUrl, secret: api.secret };
  const baseline = await startScript('baseline search-server.js', 'search-server.js', env);
  try {
    // A name and the same name mistyped: a word common in every document would be compared
    // in vain, since its window is a random sample of its matches (GIN_SCAN_LIMIT).
    const name = queries[0] ?? 'Anna';
    for (const query of [name, typo(name)]) {
      await assertSameAnswer(
        { path: searchPath(query), headers: {} },
        { label: 'API', origin: api.origin },
        { label: 'bare', origin: baseline.origin },
        false,
      );
    }
    const results: Awaited<ReturnType<typeof runSearchLoad>>[] = [];
    for (const [label, origin] of [
      ['API', api.origin],
      ['bare', baseline.origin],
    ] as const) {
      checkpoint();
      say(`${SEARCH_BENCH.name}: ${label}, each query ${SEARCH_BENCH.rounds} times`);
      results.push(
        await runSearchLoad(label, origin, queries, SEARCH_BENCH.rounds, SEARCH_BENCH.connections),
      );
    }
    const [apiResult, baselineResult] = results;
    if (!apiResult || !baselineResult) throw new Error('no search results');
    api.api.assertRunning();
    return {
      queries: queries.length,
      api: apiResult,
      baseline: baselineResult,
      passed: searchPassed(apiResult),
    };
  } finally {
    await stopChild(baseline.child);
  }
}

/**
 * The signing benchmark: the same signers sign a fresh petition on the API and on a bare
 * server running the same SQL, round after round, alternating which goes first; after each
 * round the database must hold exactly one signature per signer and a matching count.
 */
async function runSigning(
  databaseUrl: string,
  api: { api: NodeChild; origin: string; secret: string },
): Promise<SigningComparison> {
  const { signers, rounds } = PETITION_SIGNING;
  say(`${PETITION_SIGNING.name}: ${signers} members with live sessions`);
  const audience = await seedSigningAudience(databaseUrl, api.secret, signers);
  const baseline = await startScript('baseline petitions-server.js', 'petitions-server.js', {
    databaseUrl,
    secret: api.secret,
  });
  try {
    const targets = [
      { label: 'API', origin: api.origin, recorder: new LatencyRecorder() },
      { label: 'bare', origin: baseline.origin, recorder: new LatencyRecorder() },
    ];
    const signRound = async (target: (typeof targets)[number], recorded: boolean) => {
      const petitionId = await openPetition(databaseUrl, audience.authorId, signers);
      await signAtOnce(target.origin, petitionId, audience.tokens, recorded ? target.recorder : null);
      const problem = tallyProblem(await tallySignatures(databaseUrl, petitionId), signers);
      if (problem) throw new Error(`${PETITION_SIGNING.name} on ${target.label}: ${problem}`);
    };
    for (const target of targets) await signRound(target, false);
    for (let round = 0; round < rounds; round += 1) {
      checkpoint();
      say(`${PETITION_SIGNING.name}: round ${round + 1} of ${rounds}`);
      for (const target of alternate(targets, round)) await signRound(target, true);
    }
    api.api.assertRunning();
    const requests = rounds * signers * 2;
    const [apiTarget, bareTarget] = targets;
    if (!apiTarget || !bareTarget) throw new Error('no signing targets');
    const apiResult = signingResult('API', apiTarget.recorder, requests);
    const bareResult = signingResult('bare', bareTarget.recorder, requests);
    return {
      signers,
      rounds,
      api: apiResult,
      baseline: bareResult,
      passed: signingPassed(apiResult, bareResult),
    };
  } finally {
    await stopChild(baseline.child);
    await audience.remove();
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2), process.env);
  const selected = scenarios.filter(
    (scenario) => options.only.length === 0 || options.only.includes(scenario.name),
  );
  const fanout = options.only.length === 0 || options.only.includes(FANOUT.name);
  const search = options.only.length === 0 || options.only.includes(SEARCH_BENCH.name);
  const signing = options.only.length === 0 || options.only.includes(PETITION_SIGNING.name);
  if (selected.length === 0 && !fanout && !search && !signing)
    throw new OptionsError(`No scenario named ${options.only.join(', ')}`);

  // Holds the embedded cluster, if any, and the API's data folder; removed at the end.
  tempDir = mkdtempSync(join(tmpdir(), 'open-spaces-bench-'));
  const db = await openBenchDatabase(options);
  const seeded = options.scale ? await seedBenchDatabase(db.url, options.scale) : undefined;
  say('Starting the API');
  const api = await startApi(db.url, tempDir);
  const summaries: ScenarioSummary[] = [];
  for (const scenario of selected) {
    summaries.push(
      await runScenario(
        scenario,
        options,
        { child: api.api, origin: api.origin },
        { databaseUrl: db.url, secret: api.secret },
      ),
    );
  }
  const searchResult = search ? await runSearch(db.url, api) : undefined;
  const signingResult = signing ? await runSigning(db.url, api) : undefined;
  const fanoutResult = fanout ? await runFanout(db.url, api) : undefined;
  process.stdout.write(`\n${header(options, seeded ? `${db.label}, ${seeded}` : db.label)}\n`);
  for (const summary of summaries) process.stdout.write(`${scenarioTable(summary)}\n`);
  if (searchResult) process.stdout.write(`${searchTable(searchResult)}\n`);
  if (signingResult) process.stdout.write(`${signingTable(signingResult)}\n`);
  if (fanoutResult) process.stdout.write(`${fanoutTable(fanoutResult)}\n`);
  process.stdout.write(`${conclusion(summaries, fanoutResult, searchResult, signingResult)}\n`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (aborted) return;
    aborted = true;
    say(`Received ${signal}; stopping`);
    void cleanUp().finally(() => process.exit(130));
  });
}

main()
  .then(cleanUp)
  .catch(async (error: unknown) => {
    // After Ctrl-C the signal handler cleans up and sets the exit code.
    if (aborted) return;
    if (error instanceof OptionsError) say(error.message);
    else say(error instanceof Error ? (error.stack ?? error.message) : String(error));
    await cleanUp();
    process.exit(1);
  });
