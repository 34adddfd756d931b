import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withDataSource } from '../../src/database/database';
import { seedDemoData } from '../../src/database/seed/demo-seed';
import { login, REFRESH_COOKIE, registerUser, requestPasswordReset } from '../factories/users';
import { setCookie } from '../setup/cookies';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';

describe('platform', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers liveness with the version of the API package, and readiness', async () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as {
      version: string;
    };
    await t.http().get('/api/health').expect(200, { status: 'ok', version });
    await t.http().get('/api/health/ready').expect(200, { status: 'ok', database: 'up' });
  });

  it('answers an unknown route with a problem+json 404', async () => {
    const response = await t.http().get('/api/no-such-thing').expect(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({ status: 404, code: 'not_found', title: 'Not Found' });
  });

  describe('GET /api/openapi.json', () => {
    it('publishes the API description to anyone', async () => {
      const response = await t.http().get('/api/openapi.json').expect(200);
      expect(response.headers['content-type']).toContain('application/json');
      expect(Object.keys(response.body.paths)).toEqual(
        expect.arrayContaining(['/api/auth/login', '/api/me', '/api/me/sessions/{id}']),
      );
    });

    it('accepts no writes', async () => {
      const response = await t.http().post('/api/openapi.json').send({});
      expectProblem(response, 405, 'method_not_allowed');
      expect(response.headers.allow).toBe('GET, HEAD, OPTIONS');
    });
  });

  describe('GET /api/dev/mail', () => {
    it('lists the outbox newest first, filtered by recipient in any letter case', async () => {
      const user = await registerUser(t);
      await requestPasswordReset(t, user.email);
      const response = await t
        .http()
        .get('/api/dev/mail')
        .query({ to: user.email.toUpperCase() })
        .expect(200);
      expect(response.body.items.map((mail: { subject: string }) => mail.subject)).toEqual([
        'Reset your Open Spaces password',
        'Confirm your email address for Open Spaces',
      ]);
      for (const mail of response.body.items) expect(mail.to).toBe(user.email);
      const limited = await t.http().get('/api/dev/mail').query({ to: user.email, limit: 1 }).expect(200);
      expect(limited.body.items).toHaveLength(1);
    });

    it('refuses a limit out of range as validation_failed', async () => {
      for (const limit of ['0', '101', 'many']) {
        const body = expectProblem(
          await t.http().get('/api/dev/mail').query({ limit }),
          400,
          'validation_failed',
        );
        expect(body.errors?.[0]?.field).toBe('limit');
      }
    });
  });

  describe('the demo seed', () => {
    it('runs once per database: a second call returns null and adds nothing', async () => {
      const first = await withDataSource(t.databaseUrl, seedDemoData);
      expect(first?.map((signIn) => signIn.role)).toEqual(['admin', 'moderator', 'member']);
      const second = await withDataSource(t.databaseUrl, seedDemoData);
      expect(second).toBeNull();
      const [count] = await t.sql<{ n: number }>(
        "SELECT count(*)::int AS n FROM users WHERE email LIKE '%@demo.open-spaces.eu'",
      );
      expect(count?.n).toBe(3);
    });

    it('creates verified demo accounts that can sign in with their role', async () => {
      const signIns = await withDataSource(t.databaseUrl, seedDemoData);
      expect(signIns).toBeNull();
      const admin = await login(t, { email: 'admin@demo.open-spaces.eu', password: 'civic-space-demo-2026' });
      expect(admin.response.body.user).toMatchObject({ role: 'admin', emailVerified: true });
    });

    it('does not bring deleted demo accounts back', async () => {
      await t.sql("DELETE FROM users WHERE email = 'member@demo.open-spaces.eu'");
      expect(await withDataSource(t.databaseUrl, seedDemoData)).toBeNull();
      const rows = await t.sql("SELECT 1 FROM users WHERE email = 'member@demo.open-spaces.eu'");
      expect(rows).toEqual([]);
    });
  });
});

describe('platform in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production' });
  });
  afterAll(() => t.close());

  it('does not mount the development mail viewer or the interactive docs', async () => {
    expectProblem(await t.http().get('/api/dev/mail'), 404, 'not_found');
    expect((await t.http().get('/api/docs')).status).toBe(404);
  });

  it('marks the refresh cookie Secure and sends HSTS', async () => {
    const user = await registerUser(t);
    const { response } = await login(t, user);
    expect(setCookie(response, REFRESH_COOKIE).attributes).toHaveProperty('secure');
    expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  });
});
