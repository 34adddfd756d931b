import type { Response } from 'supertest';
import {
  bearer,
  login,
  mailedToken,
  mailsTo,
  newUserInput,
  OTHER_STRONG_PASSWORD,
  registerUser,
  registerVerifiedUser,
  requestPasswordReset,
  STRONG_PASSWORD,
  signedUp,
} from '../factories/users';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';
import { waitFor } from '../setup/wait-for';

describe('registration and email verification', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** The account row sign-up wrote for an address, or undefined. */
  async function accountRow(email: string) {
    const [row] = await t.sql<{
      id: string;
      email: string;
      display_name: string;
      role: string;
      email_verified_at: Date | null;
      locale: string;
    }>('SELECT id, email, display_name, role, email_verified_at, locale FROM users WHERE email = $1', [
      email,
    ]);
    return row;
  }

  /**
   * The mails to an address once sign-up, which finishes after its answer, has counted
   * `attempts` attempts at it and written `mails` mails.
   */
  async function mailsOnceSettled(email: string, attempts: number, mails: number) {
    await waitFor(async () => {
      const [bucket] = await t.sql<{ hits: number }>(
        `SELECT b.hits FROM rate_limit_buckets b JOIN users u ON b.key = 'register-mail:account:' || u.id
          WHERE u.email = $1`,
        [email],
      );
      return bucket?.hits === attempts && (await mailsTo(t, email)).length === mails;
    }, `${attempts} sign-up attempts and ${mails} mails to ${email}`);
    return mailsTo(t, email);
  }

  async function accountCount(email: string) {
    const [row] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM users WHERE email = $1', [
      email,
    ]);
    return row?.n;
  }

  describe('POST /api/auth/register', () => {
    it('creates an unverified account, mails a verification link and answers 202 accepted', async () => {
      const input = newUserInput({ displayName: '  Ana Ionescu  ' });
      const response = await t.http().post('/api/auth/register').send(input).expect(202);
      expect(response.body).toEqual({ status: 'accepted' });
      await signedUp(t, input.email);
      expect(await accountRow(input.email)).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        email: input.email,
        display_name: 'Ana Ionescu',
        role: 'member',
        email_verified_at: null,
        locale: 'en',
      });
      const mails = await mailsTo(t, input.email);
      expect(mails).toHaveLength(1);
      expect(mails[0]?.links[0]).toMatch(/^http:\/\/localhost:3000\/verify-email\?token=/);
    });

    it('stores only an argon2id hash of the password', async () => {
      const user = await registerUser(t);
      const [row] = await t.sql<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [
        user.id,
      ]);
      expect(row?.password_hash).toMatch(/^\$argon2id\$/);
      expect(row?.password_hash).not.toContain(user.password);
    });

    it('treats email addresses case-insensitively', async () => {
      const input = newUserInput({ email: `Ada.Lovelace.${Date.now()}@Example.ORG` });
      const email = input.email.toLowerCase();
      await t.http().post('/api/auth/register').send(input).expect(202);
      await signedUp(t, email);
      const created = await accountRow(email);
      await t
        .http()
        .post('/api/auth/register')
        .send(newUserInput({ email: input.email.toUpperCase() }))
        .expect(202);
      await mailsOnceSettled(email, 2, 2);
      expect(await accountCount(email)).toBe(1);
      const signedIn = await login(t, { email: input.email.toUpperCase(), password: input.password });
      expect(signedIn.response.body.user.id).toBe(created?.id);
    });

    it.each([['password'], ['password1234'], ['qwertyuiop123'], ['aaaaaaaaaaaaaaaa']])(
      'refuses the common password %j as password_too_common',
      async (password) => {
        const response = await t.http().post('/api/auth/register').send(newUserInput({ password }));
        if (password.length < 12) {
          expectProblem(response, 400, 'validation_failed');
          return;
        }
        const body = expectProblem(response, 400, 'password_too_common');
        expect(body.errors).toEqual([expect.objectContaining({ field: 'password' })]);
      },
    );

    it('refuses a password that is just the email address', async () => {
      const email = `citizen-assembly-${Date.now()}@example.org`;
      const response = await t
        .http()
        .post('/api/auth/register')
        .send(newUserInput({ email, password: email }));
      expectProblem(response, 400, 'password_too_common');
    });

    it('lists every invalid field in one validation_failed answer', async () => {
      const response = await t
        .http()
        .post('/api/auth/register')
        .send({ email: 'not-an-address', password: 'short', displayName: '   ' });
      const body = expectProblem(response, 400, 'validation_failed');
      expect(body.errors?.map((error) => error.field).sort()).toEqual(['displayName', 'email', 'password']);
      for (const error of body.errors ?? []) expect(error.message.length).toBeGreaterThan(0);
      expect(await accountCount('not-an-address')).toBe(0);
    });

    it('names missing fields and refuses a body that is not an object', async () => {
      const missing = expectProblem(
        await t.http().post('/api/auth/register').send({}),
        400,
        'validation_failed',
      );
      expect(missing.errors?.map((error) => error.field).sort()).toEqual([
        'displayName',
        'email',
        'password',
      ]);
      const tooLong = await t
        .http()
        .post('/api/auth/register')
        .send(newUserInput({ password: 'x'.repeat(129), displayName: 'y'.repeat(81) }));
      const body = expectProblem(tooLong, 400, 'validation_failed');
      expect(body.errors?.map((error) => error.field).sort()).toEqual(['displayName', 'password']);
      expectProblem(
        await t.http().post('/api/auth/register').set('Content-Type', 'application/json').send('[]'),
        400,
        'validation_failed',
      );
    });

    it('ignores fields it does not know, so nobody registers as an admin', async () => {
      const input = newUserInput();
      await t
        .http()
        .post('/api/auth/register')
        .send({ ...input, role: 'admin', emailVerified: true })
        .expect(202);
      await signedUp(t, input.email);
      expect(await accountRow(input.email)).toMatchObject({ role: 'member', email_verified_at: null });
    });

    it('trims spaces around the address', async () => {
      const input = newUserInput();
      await t
        .http()
        .post('/api/auth/register')
        .send({ ...input, email: `  ${input.email}  ` })
        .expect(202);
      await signedUp(t, input.email);
      expect(await accountRow(input.email)).toMatchObject({ email: input.email });
    });

    it('creates one account when the same address registers twice at once, and answers both alike', async () => {
      const input = newUserInput();
      const responses = await Promise.all([
        t.http().post('/api/auth/register').send(input),
        t.http().post('/api/auth/register').send(input),
      ]);
      expect(responses.map((response) => [response.status, response.text])).toEqual([
        [202, '{"status":"accepted"}'],
        [202, '{"status":"accepted"}'],
      ]);
      await mailsOnceSettled(input.email, 2, 2);
      expect(await accountCount(input.email)).toBe(1);
    });
  });

  it('still creates the account when the handle made from its first id is taken', async () => {
    // The first two profiles written from now on collide, as a hand-chosen handle would. A
    // sequence counts the attempts, since a failed insert rolls back any row it changed.
    await t.sql('CREATE SEQUENCE handle_attempts');
    await t.sql(`
      CREATE FUNCTION collide_handle() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF nextval('handle_attempts') <= 2 THEN
          RAISE EXCEPTION 'handle taken' USING ERRCODE = 'unique_violation', CONSTRAINT = 'profiles_handle_key';
        END IF;
        RETURN NEW;
      END $$`);
    await t.sql(
      'CREATE TRIGGER profiles_collide BEFORE INSERT ON profiles FOR EACH ROW EXECUTE FUNCTION collide_handle()',
    );
    try {
      const user = await registerUser(t);
      const [profile] = await t.sql<{ handle: string }>('SELECT handle FROM profiles WHERE user_id = $1', [
        user.id,
      ]);
      expect(profile?.handle).toMatch(/-[0-9a-f]{6}$/);
      expect(await accountCount(user.email)).toBe(1);
      expect((await t.sql<{ n: string }>('SELECT last_value AS n FROM handle_attempts'))[0]?.n).toBe('3');
    } finally {
      await t.sql('DROP TRIGGER profiles_collide ON profiles');
    }
  });

  describe('POST /api/auth/register with an address that already has an account', () => {
    /** Everything of an answer a caller could compare, but the request id and the date. */
    function observable(response: Response) {
      const { 'x-request-id': requestId, date, ...headers } = response.headers;
      expect(requestId).toMatch(/^[\w-]{16,}$/);
      return { status: response.status, headers, text: response.text };
    }

    it('answers byte for byte as it answers a new address', async () => {
      const owner = await registerVerifiedUser(t, { displayName: 'Ana Ionescu' });
      const fresh = await t.http().post('/api/auth/register').send(newUserInput());
      const taken = await t
        .http()
        .post('/api/auth/register')
        .send(newUserInput({ email: owner.email, password: OTHER_STRONG_PASSWORD }));
      expect(observable(taken)).toEqual(observable(fresh));
      expect(observable(taken)).toMatchObject({ status: 202, text: '{"status":"accepted"}' });
    });

    it('creates and changes nothing, and mails the owner a notice with the ways back in', async () => {
      const owner = await registerVerifiedUser(t, { displayName: 'Ana Ionescu' });
      const before = await t.sql('SELECT * FROM users WHERE id = $1', [owner.id]);
      await t
        .http()
        .post('/api/auth/register')
        .send(newUserInput({ email: owner.email, password: OTHER_STRONG_PASSWORD, displayName: 'Intruder' }))
        .expect(202);
      const [notice, verification] = await mailsOnceSettled(owner.email, 2, 2);

      expect(await accountCount(owner.email)).toBe(1);
      expect(await t.sql('SELECT * FROM users WHERE id = $1', [owner.id])).toEqual(before);
      await login(t, owner);
      expect(verification?.subject).toBe('Confirm your email address for Open Spaces');
      expect(notice?.subject).toBe('Someone tried to create an Open Spaces account with your address');
      expect(notice?.text.split('\n')[0]).toBe('Hello Ana Ionescu,');
      expect(notice?.text).not.toContain('Intruder');
      expect(notice?.links).toEqual([
        'http://localhost:3000/sign-in',
        'http://localhost:3000/forgot-password',
      ]);
      const tokens = await t.sql('SELECT 1 FROM account_tokens WHERE user_id = $1 AND used_at IS NULL', [
        owner.id,
      ]);
      expect(tokens).toHaveLength(0);
    });

    it('writes the notice in the owner’s language, not the one of the attempt', async () => {
      const owner = await registerVerifiedUser(t, { displayName: 'Jonas Berg', locale: 'de' });
      await t
        .http()
        .post('/api/auth/register')
        .set('Accept-Language', 'fr')
        .send(newUserInput({ email: owner.email, locale: 'fr' }))
        .expect(202);
      const [notice] = await mailsOnceSettled(owner.email, 2, 2);
      expect(notice?.subject).toBe('Jemand wollte mit deiner Adresse ein Open-Spaces-Konto anlegen');
      expect(notice?.text.split('\n')[0]).toBe('Hallo Jonas Berg,');
    });

    it('sends the same notice to an unconfirmed account, and no verification link', async () => {
      const owner = await registerUser(t);
      await t
        .http()
        .post('/api/auth/register')
        .send(newUserInput({ email: owner.email }))
        .expect(202);
      const subjects = (await mailsOnceSettled(owner.email, 2, 2)).map((mail) => mail.subject);
      expect(subjects).toEqual([
        'Someone tried to create an Open Spaces account with your address',
        'Confirm your email address for Open Spaces',
      ]);
      expect(await accountRow(owner.email)).toMatchObject({ email_verified_at: null });
    });

    it('mails an address three times an hour at most, then answers the same and mails nothing', async () => {
      const email = newUserInput().email;
      const attempts = [];
      for (let n = 0; n < 5; n++) {
        attempts.push(observable(await t.http().post('/api/auth/register').send(newUserInput({ email }))));
      }
      for (const attempt of attempts) expect(attempt).toEqual(attempts[0]);
      const subjects = (await mailsOnceSettled(email, 5, 3)).map((mail) => mail.subject);
      expect(subjects.sort()).toEqual([
        'Confirm your email address for Open Spaces',
        'Someone tried to create an Open Spaces account with your address',
        'Someone tried to create an Open Spaces account with your address',
      ]);
      expect(await accountCount(email)).toBe(1);
    });

    it('keeps the limit per address: another address still gets its mail', async () => {
      const busy = await registerUser(t);
      for (let n = 0; n < 4; n++) {
        await t
          .http()
          .post('/api/auth/register')
          .send(newUserInput({ email: busy.email }))
          .expect(202);
      }
      const other = await registerUser(t);
      await t
        .http()
        .post('/api/auth/register')
        .send(newUserInput({ email: other.email }))
        .expect(202);
      expect(await mailsOnceSettled(busy.email, 5, 3)).toHaveLength(3);
      expect(await mailsOnceSettled(other.email, 2, 2)).toHaveLength(2);
    });
  });

  describe('POST /api/auth/verify-email', () => {
    it('confirms the address through the mailed link, once', async () => {
      const user = await registerUser(t);
      const token = await mailedToken(t, user.email, '/verify-email');
      const verified = await t.http().post('/api/auth/verify-email').send({ token }).expect(200);
      expect(verified.body).toMatchObject({ id: user.id, emailVerified: true });
      const { accessToken } = await login(t, user);
      const me = await t.http().get('/api/me').set(bearer(accessToken)).expect(200);
      expect(me.body.emailVerified).toBe(true);

      const reused = await t.http().post('/api/auth/verify-email').send({ token });
      expectProblem(reused, 400, 'invalid_token');
    });

    it('answers token_expired for a link older than its lifetime', async () => {
      const user = await registerUser(t);
      const token = await mailedToken(t, user.email, '/verify-email');
      await t.sql(
        "UPDATE account_tokens SET expires_at = now() - interval '1 minute' WHERE user_id = $1 AND purpose = 'verify_email'",
        [user.id],
      );
      expectProblem(await t.http().post('/api/auth/verify-email').send({ token }), 410, 'token_expired');
      const { accessToken } = await login(t, user);
      const me = await t.http().get('/api/me').set(bearer(accessToken)).expect(200);
      expect(me.body.emailVerified).toBe(false);
    });

    it('refuses an unknown token and a malformed body', async () => {
      expectProblem(
        await t
          .http()
          .post('/api/auth/verify-email')
          .send({ token: 'a'.repeat(43) }),
        400,
        'invalid_token',
      );
      const body = expectProblem(
        await t.http().post('/api/auth/verify-email').send({ token: 'short' }),
        400,
        'validation_failed',
      );
      expect(body.errors?.[0]?.field).toBe('token');
    });

    it('does not accept a password-reset token as a verification token', async () => {
      const user = await registerUser(t);
      await requestPasswordReset(t, user.email);
      const resetToken = await mailedToken(t, user.email, '/reset-password');
      expectProblem(
        await t.http().post('/api/auth/verify-email').send({ token: resetToken }),
        400,
        'invalid_token',
      );
    });
  });

  describe('POST /api/auth/resend-verification', () => {
    it('mails a new link that replaces the earlier one', async () => {
      const user = await registerUser(t);
      const first = await mailedToken(t, user.email, '/verify-email');
      const { accessToken } = await login(t, user);
      const response = await t
        .http()
        .post('/api/auth/resend-verification')
        .set(bearer(accessToken))
        .expect(202);
      expect(response.body).toEqual({ status: 'accepted' });
      const second = await mailedToken(t, user.email, '/verify-email');
      expect(second).not.toBe(first);
      expectProblem(
        await t.http().post('/api/auth/verify-email').send({ token: first }),
        400,
        'invalid_token',
      );
      await t.http().post('/api/auth/verify-email').send({ token: second }).expect(200);
    });

    it('sends nothing once the address is confirmed', async () => {
      const user = await registerUser(t);
      const token = await mailedToken(t, user.email, '/verify-email');
      await t.http().post('/api/auth/verify-email').send({ token }).expect(200);
      const { accessToken } = await login(t, user);
      await t.http().post('/api/auth/resend-verification').set(bearer(accessToken)).expect(202);
      expect(await mailsTo(t, user.email)).toHaveLength(1);
    });

    it('mails three new links an hour by default, then answers 429 with Retry-After', async () => {
      const user = await registerUser(t);
      const { accessToken } = await login(t, user);
      for (let n = 0; n < 3; n++) {
        await t.http().post('/api/auth/resend-verification').set(bearer(accessToken)).expect(202);
      }
      const refused = await t.http().post('/api/auth/resend-verification').set(bearer(accessToken));
      expectProblem(refused, 429, 'rate_limited');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3500);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(3600);
      expect(await mailsTo(t, user.email)).toHaveLength(4);
    });

    it('refuses a caller without an access token', async () => {
      expectProblem(await t.http().post('/api/auth/resend-verification'), 401, 'unauthenticated');
    });
  });

  it('keeps the strong test password acceptable', async () => {
    const user = await registerUser(t, { password: STRONG_PASSWORD });
    expect(user.id).toBeDefined();
  });
});
