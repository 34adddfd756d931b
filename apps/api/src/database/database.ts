import { DataSource } from 'typeorm';
import { installJobQueue } from '../common/jobs/job-queue';
import type { AppConfig } from '../config/config';
import { dataSourceOptions } from './data-source';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export const EMBEDDED_DATABASE_NAME = 'open_spaces';
const MIGRATION_LOCK = 7_413_001;

/** The configured server when DATABASE_URL is set; otherwise an embedded PostgreSQL in the data folder. */
export async function openDatabase(
  config: AppConfig,
  log: (message: string) => void,
): Promise<DatabaseHandle> {
  if (config.database.url) return { url: config.database.url, embedded: false, stop: async () => undefined };
  log(`Starting embedded PostgreSQL in ${config.dataDir}/postgres`);
  const embedded = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    port: config.database.embeddedPort,
    database: EMBEDDED_DATABASE_NAME,
    warn: log,
  });
  return { url: embedded.url, embedded: true, stop: embedded.stop };
}

/**
 * Applies pending migrations, each in its own transaction, then installs or upgrades the
 * job queue's own schema. Returns the migrations' names.
 */
export async function migrate(url: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(url, 2));
  await dataSource.initialize();
  // Several API processes may start together after an upgrade: one migrates, the
  // others wait for it on a session-level advisory lock and then find nothing to do.
  const lock = dataSource.createQueryRunner();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    await installJobQueue(url);
    return applied.map((migration) => migration.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}

/** Runs a function with a short-lived connection; for the CLI, seeding and tests. */
export async function withDataSource<T>(
  url: string,
  work: (dataSource: DataSource) => Promise<T>,
): Promise<T> {
  const dataSource = new DataSource(dataSourceOptions(url, 4));
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
