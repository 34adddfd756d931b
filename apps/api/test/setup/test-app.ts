import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import request from 'supertest';
import { loadConfig } from '../../src/config/config';
import { createApp } from '../../src/create-app';
import { createTestDatabase, dropTestDatabase } from './test-database';

export interface TestApp {
  app: NestFastifyApplication;
  /** supertest against the real HTTP server. */
  http: () => ReturnType<typeof request>;
  databaseName: string;
  databaseUrl: string;
  /** Runs SQL against this file's database, for arranging and asserting rows. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /**
   * Closes this app as a stop would, keeping its database, and starts a new one on that
   * database (with the same settings and `env` over them), as the next start of the product.
   */
  restart(env?: Record<string, string>): Promise<TestApp>;
  close(): Promise<void>;
}

export const TEST_ORIGIN = 'http://localhost:3000';
export const TEST_AUTH_SECRET = 'test-secret-test-secret-test-secret-0123456789';

/** The whole API on a fresh database of this test file's own. */
export async function startTestApp(
  env: Record<string, string> = {},
  /** A second API process on another app's database (the first one drops it on close). */
  sharing?: TestApp,
): Promise<TestApp> {
  return sharing
    ? startOn({ name: sharing.databaseName, url: sharing.databaseUrl }, env, false)
    : startOn(await createTestDatabase(), env, true);
}

async function startOn(
  database: { name: string; url: string },
  env: Record<string, string>,
  ownsDatabase: boolean,
): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'open-spaces-app-')),
    AUTH_SECRET: TEST_AUTH_SECRET,
    LOG_LEVEL: 'silent',
    PUBLIC_URL: TEST_ORIGIN,
    WEB_DIST_DIR: join(tmpdir(), 'open-spaces-no-web-client'),
    // Every test registers from the same address; the sign-up limit has its own tests.
    REGISTER_LIMIT_PER_IP: '100000',
    ...env,
  });
  const app = await createApp(config, database.url);
  await app.getHttpAdapter().getInstance().ready();
  const connection = testConnection(database.url);
  return {
    app,
    http: () => request(app.getHttpServer()),
    databaseName: database.name,
    databaseUrl: database.url,
    sql: connection.sql,
    restart: async (changes = {}) => {
      await connection.end();
      await app.close();
      return startOn(database, { ...env, ...changes }, ownsDatabase);
    },
    close: async () => {
      await connection.end();
      await app.close();
      if (ownsDatabase) await dropTestDatabase(database.name);
    },
  };
}

/**
 * The test's own connection for arranging and asserting rows. When the server ends it
 * (a test that takes the database away does that), the next query opens a new one.
 */
function testConnection(url: string) {
  let current: Promise<Client> | null = null;
  const connect = async () => {
    const client = new Client({ connectionString: url });
    client.on('error', () => {
      current = null;
    });
    client.on('end', () => {
      current = null;
    });
    await client.connect();
    return client;
  };
  return {
    sql: async <T>(text: string, params?: unknown[]): Promise<T[]> => {
      current ??= connect();
      const client = await current;
      return (await client.query(text, params)).rows as T[];
    },
    end: async () => {
      const open = current;
      current = null;
      if (open) await (await open).end();
    },
  };
}
