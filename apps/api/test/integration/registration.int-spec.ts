import {
  bearer,
  login,
  mailedToken,
  mailsTo,
  newUserInput,
  registerUser,
  STRONG_PASSWORD,
} from '../factories/users';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';

describe('registration and email verification', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('POST /api/auth/register', () => {
    it('creates an unverified account and mails a verification link', async () => {
      const input = newUserInput({ displayName: '  Ana Ionescu  ' });
      const response = await t.http().post('/api/auth/register').send(input).expect(201);
      expect(response.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        email: input.email,
        displayName: 'Ana Ionescu',
        role: 'member',
        emailVerified: false,
        locale: 'en',
        createdAt: expect.any(String),
      });
      expect(response.body).not.toHaveProperty('passwordHash');
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

    it('refuses a second account with the same address as email_taken, naming the field', async () => {
      const user = await registerUser(t);
      const response = await t
        .http()
        .post('/api/auth/register')
        .send(newUserInput({ email: user.email }));
      const body = expectProblem(response, 409, 'email_taken');
      expect(body.errors).toEqual([expect.objectContaining({ field: 'email', code: 'email_taken' })]);
    });

    it('treats email addresses case-insensitively', async () => {
      const input = newUserInput({ email: `Ada.Lovelace.${Date.now()}@Example.ORG` });
      const created = await t.http().post('/api/auth/register').send(input).expect(201);
      expect(created.body.email).toBe(input.email.toLowerCase());
      const again = await t
        .http()
        .post('/api/auth/register')
        .send(newUserInput({ email: input.email.toUpperCase() }));
      expectProblem(again, 409, 'email_taken');
      const signedIn = await login(t, { email: input.email.toUpperCase(), password: input.password });
      expect(signedIn.response.body.user.id).toBe(created.body.id);
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
      const [count] = await t.sql<{ n: number }>(
        "SELECT count(*)::int AS n FROM users WHERE email = 'not-an-address'",
      );
      expect(count?.n).toBe(0);
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
      const response = await t
        .http()
        .post('/api/auth/register')
        .send({ ...input, role: 'admin', emailVerified: true })
        .expect(201);
      expect(response.body).toMatchObject({ role: 'member', emailVerified: false });
    });

    it('trims spaces around the address', async () => {
      const input = newUserInput();
      const response = await t
        .http()
        .post('/api/auth/register')
        .send({ ...input, email: `  ${input.email}  ` })
        .expect(201);
      expect(response.body.email).toBe(input.email);
    });

    it('creates one account when the same address registers twice at once', async () => {
      const input = newUserInput();
      const responses = await Promise.all([
        t.http().post('/api/auth/register').send(input),
        t.http().post('/api/auth/register').send(input),
      ]);
      expect(responses.map((response) => response.status).sort()).toEqual([201, 409]);
      const [count] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM users WHERE email = $1', [
        input.email,
      ]);
      expect(count?.n).toBe(1);
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
      await t.http().post('/api/auth/password/forgot').send({ email: user.email }).expect(202);
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
