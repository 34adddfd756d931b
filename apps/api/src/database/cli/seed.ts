import { seedDemoData } from '../seed/demo-seed';
import { runWithDatabase } from './run-with-database';

void runWithDatabase(async (dataSource) => {
  const signIns = await seedDemoData(dataSource);
  if (!signIns) {
    process.stdout.write('Demo data was seeded before; nothing to do.\n');
    return;
  }
  process.stdout.write('Seeded demo data. Demo sign-ins:\n');
  for (const signIn of signIns)
    process.stdout.write(`  ${signIn.role.padEnd(9)} ${signIn.email} / ${signIn.password}\n`);
});
