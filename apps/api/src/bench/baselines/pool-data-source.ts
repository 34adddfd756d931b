import type { Pool, PoolClient } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * The part of a TypeORM `DataSource` the repositories use, over a plain `pg` pool, so a bare
 * server runs a module's own SQL without the framework: `query(text, values)` answering rows,
 * and a connection of its own (a query runner's `connect` and `release`) for the statements
 * that prepare their plans per connection.
 */
export function poolDataSource(pool: Pool): DataSource {
  return {
    query: async (text: string, values?: unknown[]) => (await pool.query(text, values)).rows,
    createQueryRunner: () => {
      let client: PoolClient | undefined;
      return {
        connect: async () => {
          client = await pool.connect();
          return client;
        },
        release: async () => client?.release(),
      };
    },
  } as unknown as DataSource;
}
