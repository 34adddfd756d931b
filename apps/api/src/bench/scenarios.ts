/**
 * The hot paths under measurement. Each one is a GET on the API and the same answer
 * from a bare server that does only the unavoidable work (the same SQL through `pg`, the
 * same JSON), so the ratio shows what the framework layers cost, not what the data costs.
 *
 * To add one: write `baselines/<name>-server.ts` (start with `baselines/health-server.ts`),
 * then add an entry here. Baselines receive PORT and DATABASE_URL in their environment.
 */
export interface Scenario {
  name: string;
  /** Path requested on both servers. */
  path: string;
  /** Compiled baseline script, relative to `dist/bench/baselines`. */
  baseline: string;
  /** The API must serve at least this share of the baseline's requests per second. */
  targetRatio: number;
  /** What the scenario shows, printed above its table. */
  description: string;
}

export const scenarios: readonly Scenario[] = [
  {
    name: 'health',
    path: '/api/health',
    baseline: 'health-server.js',
    targetRatio: 0.7,
    description: 'GET /api/health: a constant JSON body through every global layer of the API',
  },
];
