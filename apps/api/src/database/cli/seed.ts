import { seedDemoData } from '../seed/demo-seed';
import { SCALE_KINDS, seedAtScale } from '../seed/scale-seed';
import { runWithDatabase } from './run-with-database';
import { parseSeedOptions } from './seed-options';

const say = (message: string) => process.stdout.write(`${message}\n`);

/**
 * `seed` seeds the demo data (once per database); `seed --people N --organisations M
 * [--posts P] [--events E] [--calls C] [--activities A] [--seed S]` adds that much
 * generated data for benchmarks (`--activities`: the size the activity log grows to), then
 * vacuums and analyses what it loaded.
 */
const { counts, seed } = parseSeedOptions(process.argv.slice(2));

void runWithDatabase(async (dataSource) => {
  if (SCALE_KINDS.some((kind) => counts[kind] > 0)) {
    say(`Seeding ${SCALE_KINDS.map((kind) => `${counts[kind]} ${kind}`).join(', ')}...`);
    const result = await seedAtScale(dataSource, { ...counts, seed, log: say });
    say(
      `Seeded ${result.people} people, ${result.organisations} organisations, ${result.memberships} memberships, ` +
        `${result.follows} follows, ${result.posts} posts, ${result.events} events, ${result.calls} calls and ` +
        `${result.activities} activities (${result.edits} of them edits of posts; the log holds ${result.activityLog}) ` +
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
