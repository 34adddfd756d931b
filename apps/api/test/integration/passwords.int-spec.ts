import {
  bearer,
  login,
  mailedToken,
  mailsTo,
  OTHER_STRONG_PASSWORD,
  refresh,
  registerUser,
  registerVerifiedUser,
  requestPasswordReset,
  type TestUser,
} from '../factories/users';
import { jobsSettled } from '../setup/jobs';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';

describe('password reset and change', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Limits are pinned in rate-limits.int-spec.ts; here they would only get in the way.
    t = await startTestApp({ RESET_LIMIT_PER_IP: '1000', LOGIN_LIMIT_PER_IP: '1000' });
  });
  afterAll(() => t.close());

  async function requestReset(user: TestUser): Promise<string> {
    await requestPasswordReset(t, user.email);
    return mailedToken(t, user.email, '/reset-password');
  }

  function changePassword(accessToken: string, body: { currentPassword: string; newPassword: string }) {
    return t.http().post('/api/me/password').set(bearer(accessToken)).send(body);
  }

  async function expectLoginRefused(email: string, password: string) {
    expectProblem(
      await t.http().post('/api/auth/login').send({ email, password }),
      401,
      'invalid_credentials',
    );
  }

  describe('POST /api/auth/password/forgot', () => {
    it('accepts a known address and mails a one-hour reset link', async () => {
      const user = await registerVerifiedUser(t);
      const response = await t
        .http()
        .post('/api/auth/password/forgot')
        .send({ email: user.email })
        .expect(202);
      expect(response.body).toEqual({ status: 'accepted' });
      await jobsSettled(t);
      const [mail] = await mailsTo(t, user.email);
      expect(mail?.subject).toMatch(/reset/i);
      expect(mail?.links[0]).toMatch(/^http:\/\/localhost:3000\/reset-password\?token=/);
      const [row] = await t.sql<{ minutes: number }>(
        `SELECT round(EXTRACT(EPOCH FROM expires_at - created_at) / 60)::int AS minutes
           FROM account_tokens WHERE user_id = $1 AND purpose = 'reset_password'`,
        [user.id],
      );
      expect(row?.minutes).toBe(60);
    });

    it('answers an unknown address exactly like a known one and mails nothing', async () => {
      const email = 'no-such-member@example.org';
      const response = await t.http().post('/api/auth/password/forgot').send({ email }).expect(202);
      expect(response.body).toEqual({ status: 'accepted' });
      await jobsSettled(t);
      expect(await mailsTo(t, email)).toEqual([]);
    });

    it('refuses an invalid address as validation_failed', async () => {
      const body = expectProblem(
        await t.http().post('/api/auth/password/forgot').send({ email: 'nope' }),
        400,
        'validation_failed',
      );
      expect(body.errors?.[0]?.field).toBe('email');
    });
  });

  describe('POST /api/auth/password/reset', () => {
    it('sets the new password once, signs out every session and confirms the address', async () => {
      const user = await registerUser(t);
      const sessions = [await login(t, user), await login(t, user)];
      const token = await requestReset(user);

      await t
        .http()
        .post('/api/auth/password/reset')
        .send({ token, password: OTHER_STRONG_PASSWORD })
        .expect(204);

      for (const session of sessions) {
        expectProblem(await t.http().get('/api/me').set(bearer(session.accessToken)), 401, 'unauthenticated');
        expectProblem(await refresh(t, session.refreshToken), 401, 'unauthenticated');
      }
      await expectLoginRefused(user.email, user.password);
      const signedIn = await login(t, { email: user.email, password: OTHER_STRONG_PASSWORD });
      expect(signedIn.response.body.user.emailVerified).toBe(true);

      const again = await t
        .http()
        .post('/api/auth/password/reset')
        .send({ token, password: 'a-third-new-password-99' });
      expectProblem(again, 400, 'invalid_token');
      await login(t, { email: user.email, password: OTHER_STRONG_PASSWORD });
    });

    it('accepts a reset link only once even when it is sent twice at the same moment', async () => {
      const user = await registerVerifiedUser(t);
      const token = await requestReset(user);
      const responses = await Promise.all(
        ['first-new-password-11', 'second-new-password-22'].map((password) =>
          t.http().post('/api/auth/password/reset').send({ token, password }),
        ),
      );
      expect(responses.map((response) => response.status).sort()).toEqual([204, 400]);
    });

    it('answers token_expired for a link older than an hour and keeps the old password', async () => {
      const user = await registerVerifiedUser(t);
      const token = await requestReset(user);
      await t.sql(
        "UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND purpose = 'reset_password'",
        [user.id],
      );
      expectProblem(
        await t.http().post('/api/auth/password/reset').send({ token, password: OTHER_STRONG_PASSWORD }),
        410,
        'token_expired',
      );
      await login(t, user);
      await expectLoginRefused(user.email, OTHER_STRONG_PASSWORD);
    });

    it('honours only the newest reset link', async () => {
      const user = await registerVerifiedUser(t);
      const first = await requestReset(user);
      const second = await requestReset(user);
      expectProblem(
        await t
          .http()
          .post('/api/auth/password/reset')
          .send({ token: first, password: OTHER_STRONG_PASSWORD }),
        400,
        'invalid_token',
      );
      await t
        .http()
        .post('/api/auth/password/reset')
        .send({ token: second, password: OTHER_STRONG_PASSWORD })
        .expect(204);
    });

    it('refuses a common new password and leaves the link usable for a better one', async () => {
      const user = await registerVerifiedUser(t);
      const token = await requestReset(user);
      const body = expectProblem(
        await t.http().post('/api/auth/password/reset').send({ token, password: 'password12345' }),
        400,
        'password_too_common',
      );
      expect(body.errors?.[0]?.field).toBe('password');
      await t
        .http()
        .post('/api/auth/password/reset')
        .send({ token, password: OTHER_STRONG_PASSWORD })
        .expect(204);
    });

    it('refuses an unknown token, a verification token and a malformed body', async () => {
      const user = await registerUser(t);
      const verifyToken = await mailedToken(t, user.email, '/verify-email');
      for (const token of ['z'.repeat(43), verifyToken]) {
        expectProblem(
          await t.http().post('/api/auth/password/reset').send({ token, password: OTHER_STRONG_PASSWORD }),
          400,
          'invalid_token',
        );
      }
      const body = expectProblem(
        await t.http().post('/api/auth/password/reset').send({ token: 'short', password: 'short' }),
        400,
        'validation_failed',
      );
      expect(body.errors?.map((error) => error.field).sort()).toEqual(['password', 'token']);
    });
  });

  describe('POST /api/me/password', () => {
    it('changes the password, ends the other sessions and keeps the current one', async () => {
      const user = await registerVerifiedUser(t);
      const current = await login(t, user, { 'User-Agent': 'laptop' });
      const other = await login(t, user, { 'User-Agent': 'phone' });

      await changePassword(current.accessToken, {
        currentPassword: user.password,
        newPassword: OTHER_STRONG_PASSWORD,
      }).expect(204);

      await t.http().get('/api/me').set(bearer(current.accessToken)).expect(200);
      await refresh(t, current.refreshToken).expect(200);
      expectProblem(await t.http().get('/api/me').set(bearer(other.accessToken)), 401, 'unauthenticated');
      expectProblem(await refresh(t, other.refreshToken), 401, 'unauthenticated');
      await expectLoginRefused(user.email, user.password);
      await login(t, { email: user.email, password: OTHER_STRONG_PASSWORD });
    });

    it('refuses a wrong current password as wrong_password on that field and changes nothing', async () => {
      const user = await registerVerifiedUser(t);
      const current = await login(t, user);
      const other = await login(t, user);
      const body = expectProblem(
        await changePassword(current.accessToken, {
          currentPassword: 'not-my-password',
          newPassword: OTHER_STRONG_PASSWORD,
        }),
        400,
        'wrong_password',
      );
      expect(body.errors).toEqual([
        expect.objectContaining({ field: 'currentPassword', code: 'wrong_password' }),
      ]);
      await t.http().get('/api/me').set(bearer(other.accessToken)).expect(200);
      await login(t, user);
    });

    it('refuses a common or short new password, naming newPassword', async () => {
      const user = await registerVerifiedUser(t);
      const { accessToken } = await login(t, user);
      const common = expectProblem(
        await changePassword(accessToken, { currentPassword: user.password, newPassword: 'password12345' }),
        400,
        'password_too_common',
      );
      expect(common.errors?.[0]?.field).toBe('newPassword');
      const short = expectProblem(
        await changePassword(accessToken, { currentPassword: user.password, newPassword: 'short' }),
        400,
        'validation_failed',
      );
      expect(short.errors?.map((error) => error.field)).toEqual(['newPassword']);
      await login(t, user);
    });

    it('refuses the current password as the new one, and keeps the other sessions', async () => {
      const user = await registerVerifiedUser(t);
      const current = await login(t, user);
      const other = await login(t, user);
      const body = expectProblem(
        await changePassword(current.accessToken, {
          currentPassword: user.password,
          newPassword: user.password,
        }),
        400,
        'validation_failed',
      );
      expect(body.errors).toEqual([expect.objectContaining({ field: 'newPassword', code: 'same_password' })]);
      await t.http().get('/api/me').set(bearer(other.accessToken)).expect(200);
    });

    it('refuses a caller without an access token', async () => {
      expectProblem(
        await t
          .http()
          .post('/api/me/password')
          .send({ currentPassword: 'whatever-it-is', newPassword: OTHER_STRONG_PASSWORD }),
        401,
        'unauthenticated',
      );
    });
  });
});
