import { randomBytes } from 'node:crypto';
import type { Locale } from '@open-spaces/contracts';
import type { Response } from 'supertest';
import { setCookie } from '../setup/cookies';
import { jobsSettled } from '../setup/jobs';
import { TEST_ORIGIN, type TestApp } from '../setup/test-app';
import { waitFor } from '../setup/wait-for';

export const REFRESH_COOKIE = 'os_refresh';

/** A password that is long enough and on no list of leaked passwords. */
export const STRONG_PASSWORD = 'lantern-orchard-harbour-42';
export const OTHER_STRONG_PASSWORD = 'copper-meadow-violin-77';

export interface UserInput {
  email: string;
  password: string;
  displayName: string;
  /** The language of the account's mails; left out, the API picks it. */
  locale?: Locale;
}

export interface TestUser extends UserInput {
  id: string;
}

export interface SignedIn {
  accessToken: string;
  /** The raw refresh token from the os_refresh cookie. */
  refreshToken: string;
  response: Response;
}

export function newUserInput(overrides: Partial<UserInput> = {}): UserInput {
  return {
    email: `member-${randomBytes(5).toString('hex')}@example.org`,
    password: STRONG_PASSWORD,
    displayName: 'Maria Kowalska',
    ...overrides,
  };
}

export async function registerUser(t: TestApp, overrides: Partial<UserInput> = {}): Promise<TestUser> {
  const input = newUserInput(overrides);
  await t.http().post('/api/auth/register').send(input).expect(202, { status: 'accepted' });
  const email = input.email.trim().toLowerCase();
  await signedUp(t, email);
  return { ...input, email, id: await accountIdOf(t, email) };
}

/**
 * Waits until sign-up, which finishes after its answer, has mailed the new account's link.
 * Reads the outbox table, as production mounts no mail viewer.
 */
export async function signedUp(t: TestApp, email: string): Promise<void> {
  await waitFor(async () => {
    const mails = await t.sql(
      "SELECT 1 FROM outbox_mails WHERE recipient = $1 AND links[1] LIKE '%/verify-email?token=%'",
      [email],
    );
    return mails.length > 0;
  }, `the verification mail to ${email}`);
}

/** The id of the account with this address; sign-up's answer does not name it. */
export async function accountIdOf(t: TestApp, email: string): Promise<string> {
  const [row] = await t.sql<{ id: string }>('SELECT id FROM users WHERE email = $1', [email]);
  if (!row) throw new Error(`no account has the address ${email}`);
  return row.id;
}

/** A registered account whose address was confirmed through the mailed link. */
export async function registerVerifiedUser(
  t: TestApp,
  overrides: Partial<UserInput> = {},
): Promise<TestUser> {
  const user = await registerUser(t, overrides);
  const token = await mailedToken(t, user.email, '/verify-email');
  await t.http().post('/api/auth/verify-email').send({ token }).expect(200);
  return user;
}

export interface OutboxItem {
  to: string;
  subject: string;
  text: string;
  links: string[];
}

export async function mailsTo(t: TestApp, email: string): Promise<OutboxItem[]> {
  const response = await t.http().get('/api/dev/mail').query({ to: email }).expect(200);
  return response.body.items;
}

/**
 * Asks for a password reset and waits until the request, whose work is a job run after its
 * answer, is done (and its link mailed, when the address has an account).
 */
export async function requestPasswordReset(t: TestApp, email: string): Promise<void> {
  await t.http().post('/api/auth/password/forgot').send({ email }).expect(202, { status: 'accepted' });
  await jobsSettled(t);
}

/** The token of the newest mailed link to the given page. */
export async function mailedToken(t: TestApp, email: string, page: '/verify-email' | '/reset-password') {
  for (const mail of await mailsTo(t, email)) {
    for (const link of mail.links) {
      const url = new URL(link);
      const token = url.searchParams.get('token');
      if (url.pathname === page && token) return token;
    }
  }
  throw new Error(`no ${page} link was mailed to ${email}`);
}

export async function login(
  t: TestApp,
  user: Pick<UserInput, 'email' | 'password'>,
  headers: Record<string, string> = {},
): Promise<SignedIn> {
  const response = await t
    .http()
    .post('/api/auth/login')
    .set(headers)
    .send({ email: user.email, password: user.password })
    .expect(200);
  return {
    accessToken: response.body.accessToken,
    refreshToken: setCookie(response, REFRESH_COOKIE).value,
    response,
  };
}

/** POST /api/auth/refresh the way the web client sends it: the cookie, from our own origin. */
export function refresh(t: TestApp, refreshToken: string) {
  return t
    .http()
    .post('/api/auth/refresh')
    .set('Origin', TEST_ORIGIN)
    .set('Cookie', `${REFRESH_COOKIE}=${refreshToken}`);
}

export function bearer(accessToken: string): Record<string, string> {
  return { Authorization: `Bearer ${accessToken}` };
}
