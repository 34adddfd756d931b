import { findFreePort } from '../../src/database/embedded-postgres';
import { startSmtpSink } from '../setup/smtp-sink';
import { startTestApp, type TestApp } from '../setup/test-app';

const account = { email: 'smtp@example.org', password: 'delivered by smtp', displayName: 'Mira Novak' };

function decodeQuotedPrintable(text: string): string {
  return text
    .replace(/=\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('mail delivery over SMTP', () => {
  it('delivers the verification mail to the SMTP server and marks it sent in the outbox', async () => {
    const sink = await startSmtpSink();
    const t = await startTestApp({ SMTP_URL: sink.url, MAIL_FROM: 'Open Spaces <hello@open-spaces.test>' });
    try {
      await t.http().post('/api/auth/register').send(account).expect(201);
      await waitFor(() => sink.mails.length === 1);
      const mail = sink.mails[0];
      expect(mail?.to).toEqual(['<smtp@example.org>']);
      expect(mail?.from).toBe('<hello@open-spaces.test>');
      expect(mail?.data).toContain('Subject: Confirm your email address for Open Spaces');
      const body = decodeQuotedPrintable(mail?.data ?? '');
      expect(body).toMatch(/http:\/\/localhost:3000\/verify-email\?token=[\w-]+/);
      const [row] = await t.sql<{ sent_at: Date | null; last_error: string | null }>(
        'SELECT sent_at, last_error FROM outbox_mails WHERE recipient = $1',
        [account.email],
      );
      expect(row?.sent_at).toBeInstanceOf(Date);
      expect(row?.last_error).toBeNull();
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
      await t.http().post('/api/auth/register').send(account).expect(201);
      const [row] = await t.sql<{ sent_at: Date | null; last_error: string | null }>(
        'SELECT sent_at, last_error FROM outbox_mails WHERE recipient = $1',
        [account.email],
      );
      expect(row?.sent_at).toBeNull();
      expect(row?.last_error).toMatch(/ECONNREFUSED|connect/i);
    } finally {
      await t?.close();
    }
  });
});
