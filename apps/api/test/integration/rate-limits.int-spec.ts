import type { Response } from 'supertest';
import { createOrganisation } from '../factories/organisations';
import {
  bearer,
  login,
  mailsTo,
  registerUser,
  registerVerifiedUser,
  signedUp,
  type TestUser,
} from '../factories/users';
import { jobsSettled } from '../setup/jobs';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';

/** Small limits; behind a trusted proxy, so X-Forwarded-For stands for the caller's address. */
const LIMITS = {
  TRUST_PROXY: 'true',
  LOGIN_LIMIT_PER_ACCOUNT: '2',
  LOGIN_LIMIT_PER_IP: '3',
  LOGIN_LIMIT_WINDOW_SECONDS: '600',
  RESET_LIMIT_PER_ACCOUNT: '2',
  RESET_LIMIT_PER_IP: '3',
  RESET_LIMIT_WINDOW_SECONDS: '1200',
};

function expectRateLimited(response: Response, windowSeconds: number) {
  expectProblem(response, 429, 'rate_limited');
  const retryAfter = Number(response.headers['retry-after']);
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
}

describe('rate limits on sign-in and password reset', () => {
  let t: TestApp;
  let user: TestUser;
  let nextAddress = 0;
  const freshIp = () => `198.51.100.${++nextAddress}`;

  beforeAll(async () => {
    t = await startTestApp(LIMITS);
    user = await registerVerifiedUser(t);
  });
  afterAll(() => t.close());

  function attemptLogin(email: string, password: string, ip: string) {
    return t.http().post('/api/auth/login').set('X-Forwarded-For', ip).send({ email, password });
  }

  function forgot(email: string, ip: string) {
    return t.http().post('/api/auth/password/forgot').set('X-Forwarded-For', ip).send({ email });
  }

  describe('sign-in', () => {
    it('limits attempts per account across addresses, even with the right password', async () => {
      const target = await registerVerifiedUser(t);
      await attemptLogin(target.email, 'wrong-password-one', freshIp()).expect(401);
      await attemptLogin(target.email, 'wrong-password-two', freshIp()).expect(401);
      expectRateLimited(await attemptLogin(target.email, target.password, freshIp()), 600);
      await attemptLogin(user.email, user.password, freshIp()).expect(200);
    });

    it('limits attempts per address across accounts', async () => {
      const ip = freshIp();
      for (const email of ['a@example.org', 'b@example.org', 'c@example.org']) {
        expectProblem(await attemptLogin(email, 'whatever-password', ip), 401, 'invalid_credentials');
      }
      expectRateLimited(await attemptLogin(user.email, user.password, ip), 600);
      await attemptLogin(user.email, user.password, freshIp()).expect(200);
    });

    it('counts only failed attempts against an address, so many people can sign in behind one', async () => {
      const ip = freshIp();
      const people = [
        await registerVerifiedUser(t),
        await registerVerifiedUser(t),
        await registerVerifiedUser(t),
      ];
      for (const person of [...people, ...people])
        await attemptLogin(person.email, person.password, ip).expect(200);
      // Also when they sign in at the same moment.
      const crowd = [...people, await registerVerifiedUser(t), await registerVerifiedUser(t)];
      const together = await Promise.all(
        crowd.map((person) => attemptLogin(person.email, person.password, ip)),
      );
      expect(together.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
      for (const email of ['d@example.org', 'e@example.org', 'f@example.org']) {
        expectProblem(await attemptLogin(email, 'whatever-password', ip), 401, 'invalid_credentials');
      }
      expectRateLimited(await attemptLogin(user.email, user.password, ip), 600);
    });

    it('starts the account count afresh after a successful sign-in', async () => {
      const target = await registerVerifiedUser(t);
      for (let round = 0; round < 3; round++) {
        await attemptLogin(target.email, 'wrong-password-again', freshIp()).expect(401);
        await attemptLogin(target.email, target.password, freshIp()).expect(200);
      }
    });

    it('lets attempts through again once the window has passed', async () => {
      const target = await registerVerifiedUser(t);
      await attemptLogin(target.email, 'wrong-password-one', freshIp()).expect(401);
      await attemptLogin(target.email, 'wrong-password-two', freshIp()).expect(401);
      expectRateLimited(await attemptLogin(target.email, target.password, freshIp()), 600);
      await t.sql(
        "UPDATE rate_limit_buckets SET window_started_at = now() - interval '601 seconds' WHERE key = $1",
        [`login:account:${target.email}`],
      );
      await attemptLogin(target.email, target.password, freshIp()).expect(200);
    });

    it('counts an address in any letter case as the same account', async () => {
      const target = await registerVerifiedUser(t);
      await attemptLogin(target.email.toUpperCase(), 'wrong-password-one', freshIp()).expect(401);
      await attemptLogin(target.email, 'wrong-password-two', freshIp()).expect(401);
      expectRateLimited(await attemptLogin(target.email.toUpperCase(), target.password, freshIp()), 600);
    });
  });

  describe('password reset', () => {
    it('limits reset mails per account and sends none beyond the limit', async () => {
      const target = await registerVerifiedUser(t);
      await forgot(target.email, freshIp()).expect(202);
      await forgot(target.email, freshIp()).expect(202);
      expectRateLimited(await forgot(target.email, freshIp()), 1200);
      // The mails of the accepted requests are written by jobs after their answers.
      await jobsSettled(t);
      const resetMails = (await mailsTo(t, target.email)).filter((mail) => /reset/i.test(mail.subject));
      expect(resetMails).toHaveLength(2);
    });

    it('limits reset requests per address across accounts', async () => {
      const ip = freshIp();
      for (const email of ['d@example.org', 'e@example.org', 'f@example.org']) {
        await forgot(email, ip).expect(202);
      }
      expectRateLimited(await forgot(user.email, ip), 1200);
      await forgot(user.email, freshIp()).expect(202);
    });

    it('limits an unknown address like a known one, so the limit reveals nothing', async () => {
      const email = 'not-a-member@example.org';
      await forgot(email, freshIp()).expect(202);
      await forgot(email, freshIp()).expect(202);
      expectRateLimited(await forgot(email, freshIp()), 1200);
    });

    it('counts reset attempts with guessed tokens against the address', async () => {
      const ip = freshIp();
      for (let attempt = 0; attempt < 3; attempt++) {
        const guess = await t
          .http()
          .post('/api/auth/password/reset')
          .set('X-Forwarded-For', ip)
          .send({ token: `guessed-token-${attempt}-padding`, password: 'a-brand-new-password-1' });
        expectProblem(guess, 400, 'invalid_token');
      }
      const blocked = await t
        .http()
        .post('/api/auth/password/reset')
        .set('X-Forwarded-For', ip)
        .send({ token: 'guessed-token-4-padding', password: 'a-brand-new-password-1' });
      expectRateLimited(blocked, 1200);
    });
  });
});

describe('rate limit on invitations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ INVITE_LIMIT_PER_HOUR: '2' });
  });
  afterAll(() => t.close());

  it('refuses the invitations of one person beyond the hourly limit, with Retry-After', async () => {
    const owner = await registerVerifiedUser(t);
    const { accessToken } = await login(t, owner);
    const organisation = await createOrganisation(t, accessToken);
    const invite = (n: number) =>
      t
        .http()
        .post(`/api/organisations/${organisation.slug}/invitations`)
        .set(bearer(accessToken))
        .send({ email: `invitee-${n}@example.org`, role: 'member' });
    await invite(1).expect(201);
    await invite(2).expect(201);
    expectRateLimited(await invite(3), 3600);
    const pending = await t.sql('SELECT 1 FROM invitations WHERE organisation_id = $1', [organisation.id]);
    expect(pending).toHaveLength(2);
  });
});

describe('rate limit on sign-up', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      TRUST_PROXY: 'true',
      REGISTER_LIMIT_PER_IP: '2',
      REGISTER_LIMIT_WINDOW_SECONDS: '3600',
    });
  });
  afterAll(() => t.close());

  const register = (email: string, ip: string) =>
    t
      .http()
      .post('/api/auth/register')
      .set('X-Forwarded-For', ip)
      .send({ email, password: 'lantern orchard velvet 42', displayName: 'Newcomer' });

  it('creates accounts up to the limit per address, then refuses without creating or mailing', async () => {
    await register('first@example.org', '192.0.2.10').expect(202);
    await register('second@example.org', '192.0.2.10').expect(202);
    await signedUp(t, 'first@example.org');
    await signedUp(t, 'second@example.org');
    expectRateLimited(await register('third@example.org', '192.0.2.10'), 3600);
    expect(await t.sql("SELECT 1 FROM users WHERE email = 'third@example.org'")).toHaveLength(0);
    expect(await mailsTo(t, 'third@example.org')).toHaveLength(0);
  });

  it('leaves another address unaffected', async () => {
    await register('elsewhere@example.org', '192.0.2.20').expect(202);
  });
});

describe('rate limit on new verification links', () => {
  let t: TestApp;
  let nextAddress = 0;
  const freshIp = () => `203.0.113.${++nextAddress}`;

  beforeAll(async () => {
    t = await startTestApp({
      TRUST_PROXY: 'true',
      LOGIN_LIMIT_PER_IP: '1000',
      VERIFY_RESEND_LIMIT_PER_ACCOUNT: '2',
      VERIFY_RESEND_LIMIT_PER_IP: '3',
      VERIFY_RESEND_LIMIT_WINDOW_SECONDS: '1800',
    });
  });
  afterAll(() => t.close());

  /** An unverified account, signed in; registering mailed it its first link. */
  async function unverified(): Promise<TestUser & { token: string }> {
    const user = await registerUser(t);
    return { ...user, token: (await login(t, user)).accessToken };
  }

  function resend(user: { token: string }, ip: string) {
    return t.http().post('/api/auth/resend-verification').set(bearer(user.token)).set('X-Forwarded-For', ip);
  }

  const verificationMails = async (email: string) =>
    (await mailsTo(t, email)).filter((mail) => mail.links.some((link) => link.includes('/verify-email')));

  it('mails new links up to the limit per account, from any address, then refuses without mailing', async () => {
    const user = await unverified();
    await resend(user, freshIp()).expect(202);
    await resend(user, freshIp()).expect(202);
    expectRateLimited(await resend(user, freshIp()), 1800);
    expectRateLimited(await resend(user, freshIp()), 1800);
    expect(await verificationMails(user.email)).toHaveLength(3);
  });

  it('leaves another account unaffected', async () => {
    const limited = await unverified();
    const other = await unverified();
    await resend(limited, freshIp()).expect(202);
    await resend(limited, freshIp()).expect(202);
    expectRateLimited(await resend(limited, freshIp()), 1800);
    await resend(other, freshIp()).expect(202);
    await resend(other, freshIp()).expect(202);
    expect(await verificationMails(other.email)).toHaveLength(3);
  });

  it('limits new links per address across accounts', async () => {
    const ip = freshIp();
    for (let n = 0; n < 3; n++) await resend(await unverified(), ip).expect(202);
    const fourth = await unverified();
    expectRateLimited(await resend(fourth, ip), 1800);
    expect(await verificationMails(fourth.email)).toHaveLength(1);
    await resend(fourth, freshIp()).expect(202);
  });

  it('mails again once the window has passed', async () => {
    const user = await unverified();
    await resend(user, freshIp()).expect(202);
    await resend(user, freshIp()).expect(202);
    expectRateLimited(await resend(user, freshIp()), 1800);
    await t.sql(
      "UPDATE rate_limit_buckets SET window_started_at = now() - interval '1801 seconds' WHERE key = $1",
      [`verify-resend:account:${user.id}`],
    );
    await resend(user, freshIp()).expect(202);
    expect(await verificationMails(user.email)).toHaveLength(4);
  });
});
