import { SCALE_KINDS, type ScaleCounts } from '../database/seed/scale-seed';

/** How long and how hard to measure; read from argv (`--rounds=5`) or the environment (`BENCH_ROUNDS=5`). */
export interface BenchOptions {
  /** Measured rounds per target; the table shows the median of them. */
  rounds: number;
  /** Seconds per measured round. */
  durationSeconds: number;
  /** Seconds of unrecorded load per target before the first round (JIT, pools, caches). */
  warmupSeconds: number;
  /** Concurrent keep-alive connections. */
  connections: number;
  /** Scenario names to run; empty means all. */
  only: string[];
  /** An existing PostgreSQL to benchmark against; otherwise an embedded one is started. */
  databaseUrl: string | undefined;
  /** What to seed into the embedded database before measuring (SCALE_KINDS); none when undefined. */
  scale: ScaleCounts | undefined;
}

const NUMERIC = {
  rounds: { env: 'BENCH_ROUNDS', fallback: 3, min: 1 },
  duration: { env: 'BENCH_DURATION', fallback: 5, min: 1 },
  warmup: { env: 'BENCH_WARMUP', fallback: 3, min: 0 },
  connections: { env: 'BENCH_CONNECTIONS', fallback: 100, min: 1 },
} as const;

type NumericOption = keyof typeof NUMERIC;

export const USAGE = `Usage: npm run bench -- [--rounds=3] [--duration=5] [--warmup=3] [--connections=100] [--only=health]
                       [--scale=<people>,<organisations>[,<posts>[,<events>[,<calls>[,<activities>]]]]]
Environment: BENCH_ROUNDS, BENCH_DURATION, BENCH_WARMUP, BENCH_CONNECTIONS, BENCH_ONLY, BENCH_SCALE,
             BENCH_DATABASE_URL (an existing PostgreSQL, used as it is; default: an embedded one in a temp folder)`;

export class OptionsError extends Error {}

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  const given = new Map<string, string>();
  for (const arg of argv) {
    const match = /^--([a-z-]+)=(.*)$/.exec(arg);
    if (!match?.[1] || match[2] === undefined) throw new OptionsError(`Unknown argument ${arg}\n${USAGE}`);
    given.set(match[1], match[2]);
  }
  const known = new Set<string>([...Object.keys(NUMERIC), 'only', 'scale']);
  for (const name of given.keys()) {
    if (!known.has(name)) throw new OptionsError(`Unknown option --${name}\n${USAGE}`);
  }
  const numeric = (name: NumericOption): number => {
    const spec = NUMERIC[name];
    const raw = given.get(name) ?? env[spec.env];
    if (raw === undefined || raw === '') return spec.fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < spec.min) {
      throw new OptionsError(`--${name} (${spec.env}) must be an integer >= ${spec.min}, got "${raw}"`);
    }
    return value;
  };
  const only = (given.get('only') ?? env.BENCH_ONLY ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const databaseUrl = env.BENCH_DATABASE_URL || undefined;
  const scale = parseScale(given.get('scale') ?? env.BENCH_SCALE);
  if (scale && databaseUrl) {
    throw new OptionsError(
      '--scale (BENCH_SCALE) seeds the embedded database; with BENCH_DATABASE_URL, seed that database first with npm run seed',
    );
  }
  return {
    rounds: numeric('rounds'),
    durationSeconds: numeric('duration'),
    warmupSeconds: numeric('warmup'),
    connections: numeric('connections'),
    only,
    databaseUrl,
    scale,
  };
}

/**
 * `100000,20000,300000,30000,5000,1000000` → 100k people, 20k organisations, 300k posts,
 * 30k events, 5k funding calls and an activity log of 1M (the last four may be left out);
 * empty → no seeding.
 */
function parseScale(raw: string | undefined): BenchOptions['scale'] {
  if (raw === undefined || raw === '') return undefined;
  const parts = raw.replace(/_/g, '').split(',');
  if (parts.length < 2 || parts.length > SCALE_KINDS.length || parts.some((part) => !/^\d+$/.test(part)))
    throw new OptionsError(
      `--scale (BENCH_SCALE) takes <people>,<organisations>[,<posts>[,<events>[,<calls>[,<activities>]]]], got "${raw}"`,
    );
  return Object.fromEntries(
    SCALE_KINDS.map((kind, index) => [kind, Number(parts[index] ?? 0)]),
  ) as ScaleCounts;
}
