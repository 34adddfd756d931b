import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, dropTestDatabase } from '../setup/test-database';

const dist = join(__dirname, '../../dist');

function run(
  script: string,
  args: string[],
  databaseUrl: string,
): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [join(dist, script), ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

describe('command-line tools', () => {
  let database: { name: string; url: string };
  let db: Client;
  beforeAll(async () => {
    if (!existsSync(join(dist, 'main.js'))) throw new Error('build the API first (npm run build)');
    database = await createTestDatabase();
    db = new Client({ connectionString: database.url });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await dropTestDatabase(database.name);
  });

  it('reports an up-to-date schema on db:migrate', async () => {
    const result = await run('database/cli/migrate.js', [], database.url);
    expect(result.code).toBe(0);
    expect(result.output).toContain('The database schema is up to date.');
  });

  it('makes an existing account a site admin with admin:create', async () => {
    await db.query(
      "INSERT INTO users (email, password_hash, display_name) VALUES ('ines@example.org', 'x', 'Inês Costa')",
    );
    const result = await run('modules/accounts/cli/admin-create.js', ['Ines@Example.org'], database.url);
    expect(result.code).toBe(0);
    expect(result.output).toContain('ines@example.org is now an admin.');
    const { rows } = await db.query("SELECT role FROM users WHERE email = 'ines@example.org'");
    expect(rows[0]?.role).toBe('admin');
  });

  it('creates a verified admin with a one-time password when the address has no account', async () => {
    const result = await run('modules/accounts/cli/admin-create.js', ['new-admin@example.org'], database.url);
    expect(result.code).toBe(0);
    expect(result.output).toMatch(/with the password: \S{12,}/);
    const { rows } = await db.query(
      "SELECT role, email_verified_at IS NOT NULL AS verified FROM users WHERE email = 'new-admin@example.org'",
    );
    expect(rows[0]).toEqual({ role: 'admin', verified: true });
  });

  it('refuses an argument that is not an email address, and changes nothing', async () => {
    const before = await db.query('SELECT count(*)::int AS n FROM users');
    const result = await run('modules/accounts/cli/admin-create.js', ['not-an-address'], database.url);
    expect(result.code).toBe(2);
    expect(result.output).toContain('Usage: npm run admin:create -- <email>');
    const after = await db.query('SELECT count(*)::int AS n FROM users');
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
  });

  it('seeds the demo data once with db:seed, and says so the second time', async () => {
    const first = await run('database/cli/seed.js', [], database.url);
    expect(first.code).toBe(0);
    expect(first.output).toContain('Demo sign-ins');
    const second = await run('database/cli/seed.js', [], database.url);
    expect(second.code).toBe(0);
    expect(second.output).not.toContain('Demo sign-ins');
  });
});
