import { type ConstructorOptions, type Db, PgBoss } from 'pg-boss';
import type { EntityManager } from 'typeorm';

/** pg-boss keeps its tables in a schema of its own, beside the product's tables. */
export const JOBS_SCHEMA = 'pgboss';

/**
 * The queue's connection settings, the same for the API, `migrate` and the tests. pg-boss has
 * a small pool of its own next to TypeORM's: it polls and keeps its tables, while the jobs'
 * handlers write through TypeORM like any request.
 */
export function jobQueueOptions(databaseUrl: string): ConstructorOptions {
  return {
    connectionString: databaseUrl,
    schema: JOBS_SCHEMA,
    application_name: 'open-spaces-jobs',
    max: 4,
    connectionTimeoutMillis: 5_000,
    instanceName: 'open-spaces-api',
    // Only the API's job workers send jobs on a timetable (see JobsService).
    schedule: false,
  };
}

/**
 * Creates pg-boss's schema, or brings it to the installed version, under pg-boss's own
 * advisory lock. `migrate` runs it after the product's migrations, so a migrated database
 * (and the tests' template) already has it; an API start would also install it.
 */
export async function installJobQueue(databaseUrl: string): Promise<void> {
  const boss = new PgBoss({
    ...jobQueueOptions(databaseUrl),
    max: 1,
    supervise: false,
    registerInstance: false,
  });
  let failure: Error | undefined;
  boss.on('error', (error) => {
    failure ??= error;
  });
  await boss.start();
  await boss.stop({ graceful: false });
  if (failure) throw failure;
}

/**
 * pg-boss statements run on a TypeORM transaction's connection, so a job is sent, or
 * completed, in the same commit as the rows written beside it.
 */
export function inTransaction(tx: EntityManager): Db {
  const runner = tx.queryRunner;
  if (!runner?.isTransactionActive) throw new Error('a job can only join an open transaction');
  return {
    executeSql: async (text: string, values?: unknown[]) => ({
      rows: (await runner.query(text, values, true)).records ?? [],
    }),
  };
}
