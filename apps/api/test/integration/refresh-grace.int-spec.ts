import { login, REFRESH_COOKIE, refresh, registerVerifiedUser, type TestUser } from '../factories/users';
import { setCookie } from '../setup/cookies';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';

describe('refreshing from two tabs at once', () => {
  let t: TestApp;
  let user: TestUser;
  beforeAll(async () => {
    t = await startTestApp({ REFRESH_REUSE_GRACE_SECONDS: '10' });
    user = await registerVerifiedUser(t);
  });
  afterAll(() => t.close());

  it('lets two simultaneous refreshes with the same token both continue the session', async () => {
    const signedIn = await login(t, user);
    const responses = await Promise.all([
      refresh(t, signedIn.refreshToken),
      refresh(t, signedIn.refreshToken),
    ]);
    expect(responses.map((response) => response.status)).toEqual([200, 200]);
    for (const response of responses) {
      await refresh(t, setCookie(response, REFRESH_COOKIE).value).expect(200);
    }
  });

  it('still revokes the session when an old token comes back after the grace period', async () => {
    const signedIn = await login(t, user);
    const rotated = await refresh(t, signedIn.refreshToken).expect(200);
    await t.sql(
      "UPDATE refresh_tokens SET used_at = now() - interval '11 seconds' WHERE used_at IS NOT NULL",
    );
    expectProblem(await refresh(t, signedIn.refreshToken), 401, 'refresh_token_reused');
    expectProblem(await refresh(t, setCookie(rotated, REFRESH_COOKIE).value), 401, 'unauthenticated');
  });
});
