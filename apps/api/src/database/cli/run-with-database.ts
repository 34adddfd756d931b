import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../../config/config';
import { migrate, openDatabase, withDataSource } from '../database';

const say = (message: string) => process.stdout.write(`${message}\n`);

/**
 * Runs a command-line task against the configured database (embedded in the data
 * folder by default), migrated first, and stops an embedded database afterwards.
 */
export async function runWithDatabase(task: (dataSource: DataSource) => Promise<void>): Promise<void> {
  try {
    const config = loadConfig();
    const database = await openDatabase(config, say);
    try {
      const applied = await migrate(database.url);
      say(
        applied.length > 0
          ? `Applied migrations: ${applied.join(', ')}`
          : 'The database schema is up to date.',
      );
      await withDataSource(database.url, task);
    } finally {
      await database.stop();
    }
  } catch (error) {
    const message =
      error instanceof ConfigError ? error.message : ((error as Error)?.message ?? String(error));
    process.stderr.write(`${message}\n`);
    if (String(message).includes('lock file') || String(message).includes('postmaster.pid')) {
      process.stderr.write(
        'The embedded database is in use: stop the running server first, or set DATABASE_URL.\n',
      );
    }
    process.exitCode = 1;
  }
}
