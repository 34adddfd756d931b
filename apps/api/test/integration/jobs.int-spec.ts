import { JobsService } from '../../src/common/jobs/jobs.service';
import { MailService } from '../../src/modules/mail/mail.service';
import { mailsTo, newUserInput, signedUp } from '../factories/users';
import { jobsSettled, pendingJobs } from '../setup/jobs';
import { startTestApp, type TestApp } from '../setup/test-app';
import { waitFor } from '../setup/wait-for';

declare module '../../src/common/jobs/jobs.service' {
  interface JobMap {
    'test.flaky': { failures: number };
    'test.mail-then-fail': { to: string };
  }
}

/** Quick retries, so a test sees several attempts in seconds. */
const QUICK_RETRIES = { retries: 3, retryDelaySeconds: 1, retryDelayMaxSeconds: 60, timeoutSeconds: 30 };

async function jobRow(t: TestApp, name: string) {
  const [row] = await t.sql<{ state: string; retry_count: number }>(
    'SELECT state, retry_count FROM pgboss.job WHERE name = $1',
    [name],
  );
  return row;
}

describe('background jobs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('retries a failing job with a delay that doubles, until it succeeds', async () => {
    const jobs = t.app.get(JobsService);
    const runs: { at: number; retryCount: number }[] = [];
    await jobs.handle('test.flaky', QUICK_RETRIES, async ({ failures }, attempt) => {
      runs.push({ at: Date.now(), retryCount: attempt.retryCount });
      if (runs.length <= failures) throw new Error(`failure ${runs.length}`);
    });
    await jobs.send('test.flaky', { failures: 2 });
    await waitFor(
      async () => (await jobRow(t, 'test.flaky'))?.state === 'completed',
      'the flaky job to complete',
      20_000,
    );
    expect(runs.map((run) => run.retryCount)).toEqual([0, 1, 2]);
    // The first retry waits one to two delays, the second two to four.
    const [first, second, third] = runs.map((run) => run.at) as [number, number, number];
    expect(second - first).toBeGreaterThanOrEqual(1_000);
    expect(third - second).toBeGreaterThanOrEqual(2_000);
    expect(await jobRow(t, 'test.flaky')).toEqual({ state: 'completed', retry_count: 2 });
  }, 30_000);

  it('undoes the writes of an attempt that failed, so a job run twice writes its mail once', async () => {
    const jobs = t.app.get(JobsService);
    const mail = t.app.get(MailService);
    let attempts = 0;
    await jobs.handleInTransaction('test.mail-then-fail', QUICK_RETRIES, async ({ to }, tx) => {
      await mail.send({ to, subject: 'Written once', text: 'Hello', links: [] }, tx);
      attempts += 1;
      if (attempts === 1) throw new Error('failed after writing the mail');
    });
    await jobs.send('test.mail-then-fail', { to: 'once@example.org' });
    await waitFor(
      async () => (await jobRow(t, 'test.mail-then-fail'))?.state === 'completed',
      'the job to complete on its retry',
      20_000,
    );
    expect(attempts).toBe(2);
    expect((await mailsTo(t, 'once@example.org')).map((item) => item.subject)).toEqual(['Written once']);
  }, 30_000);
});

describe('a job accepted before a stop', () => {
  it('runs after the next start: a sign-up answered by a process that runs no jobs', async () => {
    const first = await startTestApp({ JOBS_WORKER: 'false' });
    const input = newUserInput();
    let second: TestApp | undefined;
    try {
      await first.http().post('/api/auth/register').send(input).expect(202, { status: 'accepted' });
      expect(await pendingJobs(first)).toBe(1);
      expect(await first.sql('SELECT 1 FROM users WHERE email = $1', [input.email])).toEqual([]);

      second = await first.restart({ JOBS_WORKER: 'true' });
      await signedUp(second, input.email);
      await jobsSettled(second);
      expect(await second.sql('SELECT 1 FROM users WHERE email = $1', [input.email])).toHaveLength(1);
      expect(await mailsTo(second, input.email)).toHaveLength(1);
    } finally {
      await (second ?? first).close();
    }
  });
});
