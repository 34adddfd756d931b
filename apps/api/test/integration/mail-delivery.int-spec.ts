import { JobsService } from '../../src/common/jobs/jobs.service';
import { findFreePort } from '../../src/database/embedded-postgres';
import { jobsSettled, pendingJobs } from '../setup/jobs';
import { startSmtpSink } from '../setup/smtp-sink';
import { startTestApp, type TestApp } from '../setup/test-app';
import { waitFor } from '../setup/wait-for';

const account = { email: 'smtp@example.org', password: 'delivered by smtp', displayName: 'Mira Novak' };

function decodeQuotedPrintable(text: string): string {
  return text
    .replace(/=\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

interface OutboxRow {
  id: string;
  sent_at: Date | null;
  last_error: string | null;
  attempts: number;
}

/** The account's outbox row once its delivery, a job run after the answer, has an outcome. */
async function outboxRowOnceDone(t: TestApp): Promise<OutboxRow> {
  let row: OutboxRow | undefined;
  await waitFor(async () => {
    [row] = await t.sql<OutboxRow>(
      'SELECT id, sent_at, last_error, attempts FROM outbox_mails WHERE recipient = $1',
      [account.email],
    );
    return row !== undefined && (row.sent_at !== null || row.last_error !== null);
  });
  if (!row) throw new Error('no outbox row');
  return row;
}

describe('mail delivery over SMTP', () => {
  it('delivers the verification mail to the SMTP server and marks it sent in the outbox', async () => {
    const sink = await startSmtpSink();
    const t = await startTestApp({ SMTP_URL: sink.url, MAIL_FROM: 'Open Spaces <hello@open-spaces.test>' });
    try {
      await t.http().post('/api/auth/register').send(account).expect(202);
      await waitFor(() => sink.mails.length === 1);
      const mail = sink.mails[0];
      expect(mail?.to).toEqual(['<smtp@example.org>']);
      expect(mail?.from).toBe('<hello@open-spaces.test>');
      expect(mail?.data).toContain('Subject: Confirm your email address for Open Spaces');
      const body = decodeQuotedPrintable(mail?.data ?? '');
      expect(body).toMatch(/http:\/\/localhost:3000\/verify-email\?token=[\w-]+/);
      const row = await outboxRowOnceDone(t);
      expect(row.sent_at).toBeInstanceOf(Date);
      expect(row.last_error).toBeNull();
      expect(row.attempts).toBe(1);
    } finally {
      await t.close();
      await sink.close();
    }
  });

  it('keeps the mail in the outbox with the error when the SMTP server cannot be reached', async () => {
    const closedPort = await findFreePort();
    const t = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${closedPort}` });
    try {
      await t.http().post('/api/auth/register').send(account).expect(202);
      const row = await outboxRowOnceDone(t);
      expect(row.sent_at).toBeNull();
      expect(row.last_error).toMatch(/ECONNREFUSED|connect/i);
      expect(row.attempts).toBe(1);
      // The delivery is retried later; the job waits for it.
      await waitFor(async () => {
        const [job] = await t.sql<{ state: string }>(
          "SELECT state FROM pgboss.job WHERE name = 'mail.deliver'",
        );
        return job?.state === 'retry';
      }, 'the delivery to wait for its retry');
    } finally {
      await t.close();
    }
  });

  it('sends one mail when the delivery of a mail runs again after it was delivered', async () => {
    const sink = await startSmtpSink();
    const t = await startTestApp({ SMTP_URL: sink.url });
    try {
      await t.http().post('/api/auth/register').send(account).expect(202);
      const row = await outboxRowOnceDone(t);
      await t.app.get(JobsService).send('mail.deliver', { outboxId: row.id });
      await jobsSettled(t);
      expect(sink.mails).toHaveLength(1);
      expect((await outboxRowOnceDone(t)).attempts).toBe(1);
    } finally {
      await t.close();
      await sink.close();
    }
  });

  it('keeps one delivery of a mail waiting at a time, and it runs after the next start', async () => {
    const sink = await startSmtpSink();
    const first = await startTestApp({ SMTP_URL: sink.url, JOBS_WORKER: 'false' });
    let second: TestApp | undefined;
    try {
      const [mail] = await first.sql<{ id: string }>(
        `INSERT INTO outbox_mails (recipient, subject, text_body) VALUES ($1, 'Twice asked', 'Hello')
         RETURNING id`,
        [account.email],
      );
      const jobs = first.app.get(JobsService);
      await jobs.send('mail.deliver', { outboxId: mail?.id ?? '' });
      await jobs.send('mail.deliver', { outboxId: mail?.id ?? '' });
      expect(await pendingJobs(first)).toBe(1);

      second = await first.restart({ JOBS_WORKER: 'true' });
      await waitFor(() => sink.mails.length === 1, 'the mail to arrive');
      await jobsSettled(second);
      expect(sink.mails).toHaveLength(1);
    } finally {
      await (second ?? first).close();
      await sink.close();
    }
  });
});
