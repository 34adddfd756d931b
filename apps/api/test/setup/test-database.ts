import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export const TEST_ENV = {
  adminUrl: 'OPEN_SPACES_TEST_ADMIN_URL',
  template: 'OPEN_SPACES_TEST_TEMPLATE',
} as const;

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A server-level connection, for creating, blocking and dropping test databases. */
export async function withAdmin<T>(work: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: requireEnv(TEST_ENV.adminUrl) });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** A fresh copy of the migrated template: this test file's own database. */
export async function createTestDatabase(): Promise<{ name: string; url: string }> {
  const template = requireEnv(TEST_ENV.template);
  const name = `${template}_${randomBytes(4).toString('hex')}`;
  await withAdmin(async (admin) => {
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
        return;
      } catch (error) {
        // Two files copying the template at the same instant may collide; try again.
        if (attempt >= 5 || !String(error).includes('being accessed by other users')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
  });
  return { name, url: databaseUrl(requireEnv(TEST_ENV.adminUrl), name) };
}

export async function dropTestDatabase(name: string): Promise<void> {
  await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests with jest so the global setup runs`);
  return value;
}
