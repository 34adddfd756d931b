import { parseArgs } from 'node:util';
import { seedDemoData } from '../seed/demo-seed';
import { seedAtScale } from '../seed/scale-seed';
import { runWithDatabase } from './run-with-database';

const say = (message: string) => process.stdout.write(`${message}\n`);

/**
 * `seed` seeds the demo data (once per database); `seed --people N --organisations M
 * [--calls C] [--seed S]` adds that many generated people, organisations and funding calls
 * for benchmarks.
 */
const { values } = parseArgs({
  options: {
    people: { type: 'string' },
    organisations: { type: 'string' },
    calls: { type: 'string' },
    seed: { type: 'string' },
  },
});

function count(name: string, value: string | undefined): number {
  if (value === undefined) return 0;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new Error(`--${name} takes a whole number, not "${value}"`);
  return parsed;
}

const people = count('people', values.people);
const organisations = count('organisations', values.organisations);
const calls = count('calls', values.calls);
const seed = values.seed === undefined ? undefined : count('seed', values.seed);

void runWithDatabase(async (dataSource) => {
  if (people > 0 || organisations > 0 || calls > 0) {
    say(`Seeding ${people} people, ${organisations} organisations and ${calls} funding calls...`);
    const result = await seedAtScale(dataSource, { people, organisations, calls, seed, log: say });
    say(
      `Seeded ${result.people} people, ${result.organisations} organisations, ${result.memberships} memberships, ${result.follows} follows and ${result.calls} funding calls in ${result.seconds.toFixed(1)} s.`,
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
