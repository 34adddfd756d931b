import { parseArgs } from 'node:util';
import { seedDemoData } from '../seed/demo-seed';
import { SCALE_KINDS, type ScaleCounts, seedAtScale } from '../seed/scale-seed';
import { runWithDatabase } from './run-with-database';

const say = (message: string) => process.stdout.write(`${message}\n`);

/**
 * `seed` seeds the demo data (once per database); `seed --people N --organisations M
 * [--posts P] [--events E] [--calls C] [--seed S]` adds that much generated data for
 * benchmarks, then vacuums and analyses what it loaded.
 */
const { values } = parseArgs({
  options: {
    ...Object.fromEntries(SCALE_KINDS.map((kind) => [kind, { type: 'string' as const }])),
    seed: { type: 'string' },
  },
});

function count(name: string, value: unknown): number {
  if (value === undefined) return 0;
  const parsed = Number(value);
  if (typeof value !== 'string' || !Number.isInteger(parsed) || parsed < 0)
    throw new Error(`--${name} takes a whole number, not "${String(value)}"`);
  return parsed;
}

const counts = Object.fromEntries(
  SCALE_KINDS.map((kind) => [kind, count(kind, (values as Record<string, unknown>)[kind])]),
) as ScaleCounts;
const seed = values.seed === undefined ? undefined : count('seed', values.seed);

void runWithDatabase(async (dataSource) => {
  if (SCALE_KINDS.some((kind) => counts[kind] > 0)) {
    say(`Seeding ${SCALE_KINDS.map((kind) => `${counts[kind]} ${kind}`).join(', ')}...`);
    const result = await seedAtScale(dataSource, { ...counts, seed, log: say });
    say(
      `Seeded ${result.people} people, ${result.organisations} organisations, ${result.memberships} memberships, ` +
        `${result.follows} follows, ${result.posts} posts, ${result.events} events, ${result.calls} calls and ` +
        `${result.activities} activities ` +
        `in ${result.seconds.toFixed(1)} s, vacuumed and analysed in ${result.analyseSeconds.toFixed(1)} s.`,
    );
    return;
  }
  const signIns = await seedDemoData(dataSource);
  if (!signIns) {
    say('Demo data was seeded before; nothing to do.');
    return;
  }
  say('Seeded demo data. Demo sign-ins:');
  for (const signIn of signIns) say(`  ${signIn.role.padEnd(9)} ${signIn.email} / ${signIn.password}`);
});
