import {
  bearer,
  login,
  REFRESH_COOKIE,
  refresh,
  registerUser,
  registerVerifiedUser,
  type TestUser,
} from '../factories/users';
import { isCleared, setCookie } from '../setup/cookies';
import { expectProblem } from '../setup/problems';
import { startTestApp, TEST_ORIGIN, type TestApp } from '../setup/test-app';

describe('sign-in, refresh and sign-out', () => {
  let t: TestApp;
  let user: TestUser;
  beforeAll(async () => {
    // Reuse detection without the grace period that lets two tabs refresh together.
    t = await startTestApp({ REFRESH_REUSE_GRACE_SECONDS: '0' });
    user = await registerVerifiedUser(t);
  });
  afterAll(() => t.close());

  describe('POST /api/auth/login', () => {
    it('returns an access token and the account, and sets the refresh cookie', async () => {
      const { response, accessToken } = await login(t, user);
      expect(response.body).toEqual({
        accessToken: expect.any(String),
        expiresIn: 900,
        user: expect.objectContaining({ id: user.id, email: user.email, emailVerified: true }),
      });
      const me = await t.http().get('/api/me').set(bearer(accessToken)).expect(200);
      expect(me.body.id).toBe(user.id);
    });

    it('keeps the refresh token in an httpOnly, SameSite=Strict cookie scoped to /api/auth', async () => {
      const { response } = await login(t, user);
      const cookie = setCookie(response, REFRESH_COOKIE);
      expect(cookie.value.length).toBeGreaterThanOrEqual(40);
      expect(cookie.attributes).toMatchObject({ httponly: '', samesite: 'Strict', path: '/api/auth' });
      expect(Number(cookie.attributes['max-age'])).toBe(30 * 86_400);
      expect(JSON.stringify(response.body)).not.toContain(cookie.value);
    });

    it('answers a wrong password and an unknown address with the same invalid_credentials', async () => {
      const wrong = await t
        .http()
        .post('/api/auth/login')
        .send({ email: user.email, password: 'not-the-right-password' });
      const unknown = await t
        .http()
        .post('/api/auth/login')
        .send({ email: 'nobody-here@example.org', password: 'not-the-right-password' });
      const wrongBody = expectProblem(wrong, 401, 'invalid_credentials');
      const unknownBody = expectProblem(unknown, 401, 'invalid_credentials');
      expect(wrongBody.detail).toBe(unknownBody.detail);
      expect(wrong.headers['set-cookie']).toBeUndefined();
    });

    it('signs in with the address in any letter case', async () => {
      const { response } = await login(t, { email: user.email.toUpperCase(), password: user.password });
      expect(response.body.user.id).toBe(user.id);
    });

    it('lets an account sign in before its address is confirmed', async () => {
      const fresh = await registerUser(t);
      const { response } = await login(t, fresh);
      expect(response.body.user.emailVerified).toBe(false);
    });

    it('refuses a body without email or password as validation_failed', async () => {
      const body = expectProblem(await t.http().post('/api/auth/login').send({}), 400, 'validation_failed');
      expect(body.errors?.map((error) => error.field).sort()).toEqual(['email', 'password']);
    });
  });

  describe('POST /api/auth/refresh', () => {
    it('rotates the refresh token and refuses the old one afterwards', async () => {
      const first = await login(t, user);
      const rotated = await refresh(t, first.refreshToken).expect(200);
      const next = setCookie(rotated, REFRESH_COOKIE);
      expect(next.value).not.toBe(first.refreshToken);
      expect(next.attributes).toMatchObject({ httponly: '', samesite: 'Strict', path: '/api/auth' });
      expect(rotated.body.user.id).toBe(user.id);
      await t.http().get('/api/me').set(bearer(rotated.body.accessToken)).expect(200);

      expectProblem(await refresh(t, first.refreshToken), 401, 'refresh_token_reused');
    });

    it('revokes the whole session when a refresh token is used twice', async () => {
      const first = await login(t, user);
      const second = await refresh(t, first.refreshToken).expect(200);
      const newer = setCookie(second, REFRESH_COOKIE).value;

      const reuse = await refresh(t, first.refreshToken);
      expectProblem(reuse, 401, 'refresh_token_reused');
      expect(isCleared(setCookie(reuse, REFRESH_COOKIE))).toBe(true);

      expectProblem(await refresh(t, newer), 401, 'unauthenticated');
      for (const accessToken of [first.accessToken, second.body.accessToken as string]) {
        expectProblem(await t.http().get('/api/me').set(bearer(accessToken)), 401, 'unauthenticated');
      }
    });

    it('leaves the other sessions of the account alive when one session is revoked for reuse', async () => {
      const other = await login(t, user);
      const victim = await login(t, user);
      await refresh(t, victim.refreshToken).expect(200);
      await refresh(t, victim.refreshToken).expect(401);
      await t.http().get('/api/me').set(bearer(other.accessToken)).expect(200);
      await refresh(t, other.refreshToken).expect(200);
    });

    it('lets only one of two simultaneous refreshes with the same token through', async () => {
      const signedIn = await login(t, user);
      const responses = await Promise.all([
        refresh(t, signedIn.refreshToken),
        refresh(t, signedIn.refreshToken),
      ]);
      expect(responses.map((response) => response.status).sort()).toEqual([200, 401]);
      const refused = responses.find((response) => response.status === 401);
      expect(refused?.body.code).toBe('refresh_token_reused');
    });

    it('answers unauthenticated without a cookie or with an unknown token', async () => {
      expectProblem(await t.http().post('/api/auth/refresh'), 401, 'unauthenticated');
      const unknown = await refresh(t, 'x'.repeat(43));
      expectProblem(unknown, 401, 'unauthenticated');
      expect(isCleared(setCookie(unknown, REFRESH_COOKIE))).toBe(true);
    });

    it('refuses the refresh token of an expired session', async () => {
      const signedIn = await login(t, user);
      await t.sql(
        "UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND revoked_at IS NULL",
        [user.id],
      );
      expectProblem(await refresh(t, signedIn.refreshToken), 401, 'unauthenticated');
      expectProblem(await t.http().get('/api/me').set(bearer(signedIn.accessToken)), 401, 'unauthenticated');
    });
  });

  describe('CSRF protection of cookie-authenticated writes', () => {
    it('refuses a refresh from a foreign Origin as csrf_rejected and keeps the session', async () => {
      const signedIn = await login(t, user);
      const response = await t
        .http()
        .post('/api/auth/refresh')
        .set('Origin', 'https://evil.example')
        .set('Cookie', `${REFRESH_COOKIE}=${signedIn.refreshToken}`);
      expectProblem(response, 403, 'csrf_rejected');
      await refresh(t, signedIn.refreshToken).expect(200);
    });

    it('refuses a cross-site fetch that sends no Origin', async () => {
      const signedIn = await login(t, user);
      const response = await t
        .http()
        .post('/api/auth/refresh')
        .set('Sec-Fetch-Site', 'cross-site')
        .set('Cookie', `${REFRESH_COOKIE}=${signedIn.refreshToken}`);
      expectProblem(response, 403, 'csrf_rejected');
    });

    it('accepts a refresh from the app’s own origin', async () => {
      const signedIn = await login(t, user);
      const response = await t
        .http()
        .post('/api/auth/refresh')
        .set('Origin', TEST_ORIGIN)
        .set('Sec-Fetch-Site', 'same-origin')
        .set('Cookie', `${REFRESH_COOKIE}=${signedIn.refreshToken}`);
      expect(response.status).toBe(200);
    });

    it('refuses a sign-out from a foreign Origin', async () => {
      const signedIn = await login(t, user);
      const response = await t
        .http()
        .post('/api/auth/logout')
        .set('Origin', 'https://evil.example')
        .set('Cookie', `${REFRESH_COOKIE}=${signedIn.refreshToken}`);
      expectProblem(response, 403, 'csrf_rejected');
      await t.http().get('/api/me').set(bearer(signedIn.accessToken)).expect(200);
    });
  });

  describe('POST /api/auth/logout', () => {
    it('clears the cookie, ends the session and refuses its access token afterwards', async () => {
      const signedIn = await login(t, user);
      const response = await t
        .http()
        .post('/api/auth/logout')
        .set('Origin', TEST_ORIGIN)
        .set(bearer(signedIn.accessToken))
        .set('Cookie', `${REFRESH_COOKIE}=${signedIn.refreshToken}`)
        .expect(204);
      const cleared = setCookie(response, REFRESH_COOKIE);
      expect(isCleared(cleared)).toBe(true);
      expect(cleared.attributes.path).toBe('/api/auth');
      expectProblem(await t.http().get('/api/me').set(bearer(signedIn.accessToken)), 401, 'unauthenticated');
      expectProblem(await refresh(t, signedIn.refreshToken), 401, 'unauthenticated');
    });

    it('ends the session from the cookie alone', async () => {
      const signedIn = await login(t, user);
      await t
        .http()
        .post('/api/auth/logout')
        .set('Origin', TEST_ORIGIN)
        .set('Cookie', `${REFRESH_COOKIE}=${signedIn.refreshToken}`)
        .expect(204);
      expectProblem(await t.http().get('/api/me').set(bearer(signedIn.accessToken)), 401, 'unauthenticated');
    });

    it('ends the session from the access token alone and leaves other sessions alive', async () => {
      const kept = await login(t, user);
      const ended = await login(t, user);
      await t.http().post('/api/auth/logout').set(bearer(ended.accessToken)).expect(204);
      expectProblem(await t.http().get('/api/me').set(bearer(ended.accessToken)), 401, 'unauthenticated');
      expectProblem(await refresh(t, ended.refreshToken), 401, 'unauthenticated');
      await t.http().get('/api/me').set(bearer(kept.accessToken)).expect(200);
    });

    it('answers 204 to a caller who is not signed in', async () => {
      const response = await t.http().post('/api/auth/logout').expect(204);
      expect(isCleared(setCookie(response, REFRESH_COOKIE))).toBe(true);
    });
  });
});
