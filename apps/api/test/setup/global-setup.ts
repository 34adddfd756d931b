import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { migrate } from '../../src/database/database';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { databaseUrl, TEST_ENV } from './test-database';

/**
 * Migrates a template database once per run. Each test file then copies it into a
 * database of its own. The server is TEST_DATABASE_URL's when set, else an embedded one.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'open-spaces-test-'));
    const embedded = await startEmbeddedPostgres({ dataDir, database: 'postgres' });
    (globalThis as { openSpacesTestDatabase?: { stop(): Promise<void> } }).openSpacesTestDatabase = embedded;
    adminUrl = embedded.url;
  }
  const template = `os_template_${process.pid}_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${template}"`);
  } finally {
    await admin.end();
  }
  await migrate(databaseUrl(adminUrl, template));
  process.env[TEST_ENV.adminUrl] = adminUrl;
  process.env[TEST_ENV.template] = template;
}
