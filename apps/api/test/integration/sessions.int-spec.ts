import { randomUUID } from 'node:crypto';
import { bearer, login, refresh, registerVerifiedUser, type TestUser } from '../factories/users';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';

interface SessionItem {
  id: string;
  createdAt: string;
  lastUsedAt: string;
  userAgent: string | null;
  ip: string | null;
  current: boolean;
}

describe('the signed-in account and its sessions', () => {
  let t: TestApp;
  let user: TestUser;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_LIMIT_PER_IP: '1000' });
    user = await registerVerifiedUser(t);
  });
  afterAll(() => t.close());

  async function listSessions(accessToken: string): Promise<SessionItem[]> {
    const response = await t.http().get('/api/me/sessions').set(bearer(accessToken)).expect(200);
    return response.body.items;
  }

  describe('GET /api/me', () => {
    it('returns the account of the access token', async () => {
      const { accessToken } = await login(t, user);
      const response = await t.http().get('/api/me').set(bearer(accessToken)).expect(200);
      expect(response.body).toEqual({
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        role: 'member',
        emailVerified: true,
        locale: 'en',
        createdAt: expect.any(String),
      });
      expect(response.headers['cache-control']).toBe('no-store');
    });

    it('refuses a missing, malformed or non-bearer authorization', async () => {
      const { accessToken } = await login(t, user);
      for (const authorization of [undefined, 'Bearer', 'Bearer not-a-token', `Basic ${accessToken}`]) {
        const request = t.http().get('/api/me');
        if (authorization) request.set('Authorization', authorization);
        expectProblem(await request, 401, 'unauthenticated');
      }
    });
  });

  describe('GET /api/me/sessions', () => {
    it('lists the live sessions with their device and address, marking the current one', async () => {
      const owner = await registerVerifiedUser(t);
      const laptop = await login(t, owner, { 'User-Agent': 'Firefox on a laptop' });
      const phone = await login(t, owner, { 'User-Agent': 'Safari on a phone' });
      const ended = await login(t, owner, { 'User-Agent': 'Library computer' });
      await t.http().post('/api/auth/logout').set(bearer(ended.accessToken)).expect(204);

      const items = await listSessions(phone.accessToken);
      expect(items).toHaveLength(2);
      expect(items.map((item) => item.userAgent).sort()).toEqual([
        'Firefox on a laptop',
        'Safari on a phone',
      ]);
      const current = items.filter((item) => item.current);
      expect(current.map((item) => item.userAgent)).toEqual(['Safari on a phone']);
      for (const item of items) {
        expect(item.ip).toMatch(/127\.0\.0\.1|::1/);
        expect(Date.parse(item.createdAt)).not.toBeNaN();
        expect(Date.parse(item.lastUsedAt)).not.toBeNaN();
      }
      const fromLaptop = await listSessions(laptop.accessToken);
      expect(fromLaptop.find((item) => item.current)?.userAgent).toBe('Firefox on a laptop');
    });

    it('lists the most recently used session first', async () => {
      const owner = await registerVerifiedUser(t);
      const older = await login(t, owner, { 'User-Agent': 'older' });
      const newer = await login(t, owner, { 'User-Agent': 'newer' });
      expect((await listSessions(newer.accessToken)).map((item) => item.userAgent)).toEqual([
        'newer',
        'older',
      ]);
      await refresh(t, older.refreshToken).expect(200);
      expect((await listSessions(newer.accessToken)).map((item) => item.userAgent)).toEqual([
        'older',
        'newer',
      ]);
    });

    it('shows nothing of other accounts', async () => {
      const stranger = await registerVerifiedUser(t);
      const strangers = await login(t, stranger);
      const mine = await login(t, user);
      const ids = (await listSessions(mine.accessToken)).map((item) => item.id);
      const [row] = await t.sql<{ id: string }>('SELECT id FROM sessions WHERE user_id = $1', [stranger.id]);
      expect(ids).not.toContain(row?.id);
      expect(await listSessions(strangers.accessToken)).toHaveLength(1);
    });

    it('refuses a caller without an access token', async () => {
      expectProblem(await t.http().get('/api/me/sessions'), 401, 'unauthenticated');
    });
  });

  describe('DELETE /api/me/sessions/:id', () => {
    it('signs out another device: its access and refresh tokens stop working', async () => {
      const owner = await registerVerifiedUser(t);
      const mine = await login(t, owner, { 'User-Agent': 'mine' });
      const lost = await login(t, owner, { 'User-Agent': 'lost phone' });
      const target = (await listSessions(mine.accessToken)).find((item) => !item.current);
      expect(target?.userAgent).toBe('lost phone');

      await t.http().delete(`/api/me/sessions/${target?.id}`).set(bearer(mine.accessToken)).expect(204);

      expectProblem(await t.http().get('/api/me').set(bearer(lost.accessToken)), 401, 'unauthenticated');
      expectProblem(await refresh(t, lost.refreshToken), 401, 'unauthenticated');
      await t.http().get('/api/me').set(bearer(mine.accessToken)).expect(200);
      expect((await listSessions(mine.accessToken)).map((item) => item.userAgent)).toEqual(['mine']);
    });

    it('can sign out the current session too', async () => {
      const { accessToken } = await login(t, user);
      const current = (await listSessions(accessToken)).find((item) => item.current);
      await t.http().delete(`/api/me/sessions/${current?.id}`).set(bearer(accessToken)).expect(204);
      expectProblem(await t.http().get('/api/me').set(bearer(accessToken)), 401, 'unauthenticated');
    });

    it('answers session_not_found for another account’s session and leaves it alive', async () => {
      const stranger = await registerVerifiedUser(t);
      const strangers = await login(t, stranger);
      const [row] = await t.sql<{ id: string }>(
        'SELECT id FROM sessions WHERE user_id = $1 AND revoked_at IS NULL',
        [stranger.id],
      );
      const mine = await login(t, user);
      expectProblem(
        await t.http().delete(`/api/me/sessions/${row?.id}`).set(bearer(mine.accessToken)),
        404,
        'session_not_found',
      );
      await t.http().get('/api/me').set(bearer(strangers.accessToken)).expect(200);
    });

    it('answers session_not_found for an unknown, an already ended or a malformed id', async () => {
      const { accessToken } = await login(t, user);
      const ended = await login(t, user);
      const [row] = await t.sql<{ id: string }>(
        'SELECT id FROM sessions WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1',
        [user.id],
      );
      await t.http().post('/api/auth/logout').set(bearer(ended.accessToken)).expect(204);
      for (const id of [randomUUID(), row?.id, 'not-a-uuid', "1'%20OR%20'1'='1"]) {
        expectProblem(
          await t.http().delete(`/api/me/sessions/${id}`).set(bearer(accessToken)),
          404,
          'session_not_found',
        );
      }
    });

    it('refuses a caller without an access token', async () => {
      expectProblem(await t.http().delete(`/api/me/sessions/${randomUUID()}`), 401, 'unauthenticated');
    });
  });
});
