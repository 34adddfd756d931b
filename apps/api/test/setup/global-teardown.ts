import { Client } from 'pg';
import { TEST_ENV } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env[TEST_ENV.adminUrl];
  const template = process.env[TEST_ENV.template];
  if (adminUrl && template) {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      const leftovers = await admin.query<{ datname: string }>(
        'SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2',
        [template, `${template}_%`],
      );
      for (const { datname } of leftovers.rows)
        await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  }
  await (globalThis as { openSpacesTestDatabase?: { stop(): Promise<void> } }).openSpacesTestDatabase?.stop();
}
