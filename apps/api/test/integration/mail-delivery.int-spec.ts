import { findFreePort } from '../../src/database/embedded-postgres';
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
  sent_at: Date | null;
  last_error: string | null;
}

/** The account's outbox row once its delivery, which runs after the answer, has an outcome. */
async function outboxRowOnceDone(t: TestApp): Promise<OutboxRow> {
  let row: OutboxRow | undefined;
  await waitFor(async () => {
    [row] = await t.sql<OutboxRow>('SELECT sent_at, last_error FROM outbox_mails WHERE recipient = $1', [
      account.email,
    ]);
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
    } finally {
      await t.close();
      await sink.close();
    }
  });

  it('keeps the mail in the outbox with the error when the SMTP server cannot be reached', async () => {
    const closedPort = await findFreePort();
    let t: TestApp | undefined;
    try {
      t = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${closedPort}` });
      await t.http().post('/api/auth/register').send(account).expect(202);
      const row = await outboxRowOnceDone(t);
      expect(row.sent_at).toBeNull();
      expect(row.last_error).toMatch(/ECONNREFUSED|connect/i);
    } finally {
      await t?.close();
    }
  });
});
