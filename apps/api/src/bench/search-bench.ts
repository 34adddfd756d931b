import { LatencyRecorder } from './stats';

/**
 * The `search` benchmark's load: a fixed list of queries, sent by `connections` workers
 * that each walk the list from their own starting point, so every query is asked
 * `rounds` times of each target and at any moment several different ones run at once.
 * Each response time is recorded overall and per query.
 */
export const SEARCH_BENCH = {
  name: 'search',
  connections: 5,
  /** Times each query is asked of each target (after one unrecorded pass). */
  rounds: Number(process.env.BENCH_SEARCH_ROUNDS ?? 5),
  /** p95 over the whole list, and the highest p95 any one query may have. */
  maxP95Ms: 25,
  maxQueryP95Ms: 60,
  minQueries: 200,
} as const;

export interface SearchLoadResult {
  label: string;
  requests: number;
  p50: number;
  p95: number;
  /** Each query's p95, worst first. */
  perQuery: { query: string; p95: number }[];
}

export interface SearchComparison {
  queries: number;
  api: SearchLoadResult;
  baseline: SearchLoadResult;
  passed: boolean;
}

/** The API address of one query of the list. */
export const searchPath = (query: string) => `/api/search?${new URLSearchParams({ q: query, limit: '20' })}`;

export async function runSearchLoad(
  label: string,
  origin: string,
  queries: readonly string[],
  rounds: number,
  connections: number,
): Promise<SearchLoadResult> {
  const overall = new LatencyRecorder();
  const perQuery = new Map<string, LatencyRecorder>(queries.map((query) => [query, new LatencyRecorder()]));
  const ask = async (query: string, record: boolean) => {
    const started = performance.now();
    const response = await fetch(`${origin}${searchPath(query)}`);
    await response.arrayBuffer();
    const elapsed = performance.now() - started;
    if (!response.ok) throw new Error(`${label}: GET ${searchPath(query)} answered ${response.status}`);
    if (!record) return;
    overall.record(elapsed);
    perQuery.get(query)?.record(elapsed);
  };
  const warm = async (worker: number) => {
    for (const [index, query] of queries.entries())
      if (index % connections === worker) await ask(query, false);
  };
  const measuredRounds = Math.max(1, Math.ceil(rounds / connections));
  const measure = async (worker: number) => {
    const offset = Math.floor((worker * queries.length) / connections);
    for (let pass = 0; pass < measuredRounds; pass += 1) {
      for (let i = 0; i < queries.length; i += 1) {
        const query = queries[(offset + i) % queries.length];
        if (query !== undefined) await ask(query, true);
      }
    }
  };
  const workers = Array.from({ length: connections }, (_, worker) => worker);
  // One unrecorded pass over the list, shared by the workers: caches, pools, JIT.
  await Promise.all(workers.map(warm));
  // Each worker asks every query, from its own place in the list.
  await Promise.all(workers.map(measure));
  return {
    label,
    requests: queries.length * measuredRounds * connections,
    p50: overall.percentile(0.5),
    p95: overall.percentile(0.95),
    perQuery: [...perQuery.entries()]
      .map(([query, recorder]) => ({ query, p95: recorder.percentile(0.95) }))
      .sort((a, b) => b.p95 - a.p95),
  };
}

/** Did the API meet both targets? */
export function searchPassed(result: SearchLoadResult): boolean {
  return result.p95 <= SEARCH_BENCH.maxP95Ms && (result.perQuery[0]?.p95 ?? 0) <= SEARCH_BENCH.maxQueryP95Ms;
}

const ms = (value: number) => value.toFixed(2);

export function searchTable(comparison: SearchComparison): string {
  const { api, baseline } = comparison;
  const worst = (result: SearchLoadResult) => result.perQuery[0];
  const rows = [api, baseline].map(
    (result) =>
      `| ${result.label} | ${result.requests} | ${ms(result.p50)} | ${ms(result.p95)} | ${ms(worst(result)?.p95 ?? Number.NaN)} (${JSON.stringify(worst(result)?.query ?? '')}) |`,
  );
  const slowest = api.perQuery
    .slice(0, 5)
    .map((entry) => `${JSON.stringify(entry.query)} ${ms(entry.p95)} ms`)
    .join(', ');
  return [
    `### ${SEARCH_BENCH.name}: ${comparison.queries} queries, ${SEARCH_BENCH.connections} connections`,
    '',
    'GET /api/search?q=<query>&limit=20, anonymous, each query of the list in turn (names, typos, cities without accents, topic words in en/de/fr, common words)',
    '',
    '| target | requests | p50 ms | p95 ms | worst query p95 ms |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Slowest queries on the API (p95): ${slowest}`,
    `Target: p95 ≤ ${SEARCH_BENCH.maxP95Ms} ms over the list and no query's p95 over ${SEARCH_BENCH.maxQueryP95Ms} ms: ${comparison.passed ? 'met' : 'MISSED'}`,
    '',
  ].join('\n');
}
