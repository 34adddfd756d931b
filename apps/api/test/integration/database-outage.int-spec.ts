import { bearer, login, REFRESH_COOKIE, refresh, registerVerifiedUser } from '../factories/users';
import { setCookies } from '../setup/cookies';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';
import { withAdmin } from '../setup/test-database';

/** Takes this file's database away from every client, as an outage or failover would. */
async function cutOff(databaseName: string): Promise<void> {
  await withAdmin(async (admin) => {
    await admin.query(`ALTER DATABASE "${databaseName}" ALLOW_CONNECTIONS false`);
    await admin.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [databaseName],
    );
  });
}

async function restore(databaseName: string): Promise<void> {
  await withAdmin((admin) => admin.query(`ALTER DATABASE "${databaseName}" ALLOW_CONNECTIONS true`));
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`still failing after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('when the database goes away', () => {
  let t: TestApp;
  let accessToken: string;
  let refreshToken: string;
  let crashes: unknown[];
  const recordCrash = (error: unknown) => crashes.push(error);

  beforeAll(async () => {
    t = await startTestApp();
    const user = await registerVerifiedUser(t);
    ({ accessToken, refreshToken } = await login(t, user));
    crashes = [];
    process.on('uncaughtException', recordCrash);
    process.on('unhandledRejection', recordCrash);
    await cutOff(t.databaseName);
  });
  afterAll(async () => {
    process.off('uncaughtException', recordCrash);
    process.off('unhandledRejection', recordCrash);
    await restore(t.databaseName);
    await t.close();
  });

  it('answers readiness with 503 service_unavailable while liveness stays up', async () => {
    expectProblem(await t.http().get('/api/health/ready'), 503, 'service_unavailable');
    await t.http().get('/api/health').expect(200);
  });

  it('answers an authenticated request with 503, not 401 or 500', async () => {
    const response = await t.http().get('/api/me').set(bearer(accessToken));
    expectProblem(response, 503, 'service_unavailable');
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('answers a sign-in with 503 rather than claiming wrong credentials', async () => {
    const response = await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'someone@example.org', password: 'any-password-at-all' });
    expectProblem(response, 503, 'service_unavailable');
  });

  it('keeps the refresh cookie when a refresh fails only because the database is away', async () => {
    const response = await refresh(t, refreshToken);
    expectProblem(response, 503, 'service_unavailable');
    expect(setCookies(response).map((cookie) => cookie.name)).not.toContain(REFRESH_COOKIE);
  });

  it('recovers by itself once the database is back, without crashing', async () => {
    await restore(t.databaseName);
    await eventually(async () => (await t.http().get('/api/health/ready')).status === 200);
    await t.http().get('/api/me').set(bearer(accessToken)).expect(200);
    await refresh(t, refreshToken).expect(200);
    const [row] = await t.sql<{ ok: number }>('SELECT 1 AS ok');
    expect(row?.ok).toBe(1);
    expect(crashes).toEqual([]);
  });
});
