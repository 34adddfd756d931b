import { randomBytes } from 'node:crypto';
import { bearer, login, registerUser } from '../factories/users';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';

interface Person {
  id: string;
  handle: string;
  headers: Record<string, string>;
}

async function person(t: TestApp, visibility: 'public' | 'members' | 'hidden' = 'public'): Promise<Person> {
  const user = await registerUser(t);
  const handle = `b-${randomBytes(4).toString('hex')}`;
  await t.sql('UPDATE profiles SET handle = $2, visibility = $3 WHERE user_id = $1', [
    user.id,
    handle,
    visibility,
  ]);
  const { accessToken } = await login(t, user);
  return { id: user.id, handle, headers: bearer(accessToken) };
}

function block(t: TestApp, who: Person, handle: string) {
  return t.http().post('/api/blocks').set(who.headers).send({ handle });
}

function follow(t: TestApp, who: Person, target: string) {
  return t.http().post('/api/follows').set(who.headers).send({ type: 'profile', target });
}

function blocksOf(t: TestApp, who: Person, query: Record<string, string | number> = {}) {
  return t.http().get('/api/me/blocks').set(who.headers).query(query);
}

/** A cursor as a client could make one by hand. */
function forged(key: unknown): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

async function followersOf(t: TestApp, handle: string, viewer?: Person): Promise<string[]> {
  const request = t.http().get(`/api/profiles/${handle}/followers`);
  const response = await (viewer ? request.set(viewer.headers) : request).expect(200);
  return response.body.items.map((item: { handle: string }) => item.handle);
}

describe('blocks', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Many people sign in from one address here.
    t = await startTestApp({ LOGIN_LIMIT_PER_IP: '1000' });
  });
  afterAll(() => t.close());

  it('blocks a person and lists them in the blocker’s own block list', async () => {
    const [ana, ben] = [await person(t), await person(t)];
    await block(t, ana, ben.handle).expect(204);
    const list = await t.http().get('/api/me/blocks').set(ana.headers).expect(200);
    expect(list.body.items).toEqual([
      { handle: ben.handle, displayName: 'Maria Kowalska', blockedAt: expect.any(String) },
    ]);
  });

  it('is idempotent: blocking twice keeps one block', async () => {
    const [ana, ben] = [await person(t), await person(t)];
    await block(t, ana, ben.handle).expect(204);
    await block(t, ana, ben.handle).expect(204);
    const list = await t.http().get('/api/me/blocks').set(ana.headers).expect(200);
    expect(list.body.items).toHaveLength(1);
  });

  it('refuses blocking yourself as cannot_block_self', async () => {
    const ana = await person(t);
    expectProblem(await block(t, ana, ana.handle), 400, 'cannot_block_self');
  });

  it('answers 404 for an unknown handle, and for a hidden profile', async () => {
    const [ana, ghost] = [await person(t), await person(t, 'hidden')];
    expectProblem(await block(t, ana, 'nobody-at-all'), 404, 'not_found');
    expectProblem(await block(t, ana, ghost.handle), 404, 'not_found');
  });

  it('refuses a malformed handle as validation_failed, and a signed-out visitor as unauthenticated', async () => {
    const ana = await person(t);
    expectProblem(await block(t, ana, 'x'), 400, 'validation_failed');
    expectProblem(await t.http().post('/api/blocks').send({ handle: ana.handle }), 401, 'unauthenticated');
    expectProblem(await t.http().get('/api/me/blocks'), 401, 'unauthenticated');
  });

  it('removes existing follows in both directions', async () => {
    const [ana, ben] = [await person(t), await person(t)];
    await follow(t, ana, ben.handle).expect(200);
    await follow(t, ben, ana.handle).expect(200);
    await block(t, ben, ana.handle).expect(204);
    const rows = await t.sql(
      `SELECT 1 FROM follows WHERE target_type = 'profile'
        AND ((follower_id::text = $1 AND target_id = $2) OR (follower_id::text = $2 AND target_id = $1))`,
      [ana.id, ben.id],
    );
    expect(rows).toEqual([]);
  });

  it('keeps follows with other people', async () => {
    const [ana, ben, cleo] = [await person(t), await person(t), await person(t)];
    await follow(t, cleo, ana.handle).expect(200);
    await block(t, ana, ben.handle).expect(204);
    expect(await followersOf(t, ana.handle)).toEqual([cleo.handle]);
  });

  it('hides a blocked pair from each other’s follower and following lists', async () => {
    const [star, ana, ben] = [await person(t), await person(t), await person(t)];
    await follow(t, ana, star.handle).expect(200);
    await follow(t, ben, star.handle).expect(200);
    await block(t, ana, ben.handle).expect(204);
    expect(await followersOf(t, star.handle, ana)).toEqual([ana.handle]);
    expect(await followersOf(t, star.handle, ben)).toEqual([ben.handle]);
    expect((await followersOf(t, star.handle, star)).sort()).toEqual([ana.handle, ben.handle].sort());
  });

  it('makes each side of a block a 404 to the other', async () => {
    const [ana, ben] = [await person(t), await person(t)];
    await block(t, ana, ben.handle).expect(204);
    for (const [viewer, other] of [
      [ana, ben],
      [ben, ana],
    ] as const) {
      expectProblem(
        await t.http().get(`/api/profiles/${other.handle}/followers`).set(viewer.headers),
        404,
        'not_found',
      );
      for (const kind of ['people', 'organisations', 'topics']) {
        expectProblem(
          await t.http().get(`/api/profiles/${other.handle}/following/${kind}`).set(viewer.headers),
          404,
          'not_found',
        );
      }
      const profile = await t.http().get(`/api/profiles/${other.handle}`).set(viewer.headers);
      // The profile page belongs to the profiles module; wherever it answers, it must not show the other.
      expect(profile.status).toBe(404);
    }
  });

  it('keeps blocks private: the blocked person sees nothing of it in their own list', async () => {
    const [ana, ben] = [await person(t), await person(t)];
    await block(t, ana, ben.handle).expect(204);
    const theirs = await t.http().get('/api/me/blocks').set(ben.headers).expect(200);
    expect(theirs.body.items).toEqual([]);
    const someoneElse = await person(t);
    const others = await t.http().get('/api/me/blocks').set(someoneElse.headers).expect(200);
    expect(others.body.items).toEqual([]);
  });

  it('lets someone who was blocked block back, and each unblock only ends their own block', async () => {
    const [ana, ben] = [await person(t), await person(t)];
    await block(t, ana, ben.handle).expect(204);
    await block(t, ben, ana.handle).expect(204);
    await t.http().delete(`/api/blocks/${ben.handle}`).set(ana.headers).expect(204);
    expectProblem(await follow(t, ana, ben.handle), 404, 'not_found');
    await t.http().delete(`/api/blocks/${ana.handle}`).set(ben.headers).expect(204);
    await follow(t, ana, ben.handle).expect(200);
  });

  it('unblocks: the pair can follow each other again, and unblocking twice is fine', async () => {
    const [ana, ben] = [await person(t), await person(t)];
    await block(t, ana, ben.handle).expect(204);
    await t.http().delete(`/api/blocks/${ben.handle}`).set(ana.headers).expect(204);
    await t.http().delete(`/api/blocks/${ben.handle}`).set(ana.headers).expect(204);
    expect((await t.http().get('/api/me/blocks').set(ana.headers).expect(200)).body.items).toEqual([]);
    await follow(t, ben, ana.handle).expect(200);
  });

  it('answers 404 when unblocking an unknown handle', async () => {
    const ana = await person(t);
    expectProblem(await t.http().delete('/api/blocks/nobody-at-all').set(ana.headers), 404, 'not_found');
  });

  it('still unblocks someone who went hidden after being blocked', async () => {
    const [ana, ben] = [await person(t), await person(t)];
    await block(t, ana, ben.handle).expect(204);
    await t.sql(`UPDATE profiles SET visibility = 'hidden' WHERE user_id = $1`, [ben.id]);
    await t.http().delete(`/api/blocks/${ben.handle}`).set(ana.headers).expect(204);
    expect((await t.http().get('/api/me/blocks').set(ana.headers).expect(200)).body.items).toEqual([]);
  });

  describe('the block list, a page at a time', () => {
    it('pages through the people someone blocked, newest first, keeping blocks of one moment in order', async () => {
      const ana = await person(t);
      const blocked: Person[] = [];
      for (let i = 0; i < 5; i++) {
        const other = await person(t);
        await block(t, ana, other.handle).expect(204);
        blocked.push(other);
      }
      const [newest, ...sameMoment] = blocked as [Person, ...Person[]];
      await t.sql(
        `UPDATE blocks SET created_at = '2026-03-01 10:00:01+00' WHERE blocker_id = $1 AND blocked_id = $2`,
        [ana.id, newest.id],
      );
      await t.sql(
        `UPDATE blocks SET created_at = '2026-03-01 10:00:00.123456+00'
          WHERE blocker_id = $1 AND blocked_id = ANY($2::uuid[])`,
        [ana.id, sameMoment.map((other) => other.id)],
      );
      const handleOf = new Map(blocked.map((other) => [other.id, other.handle]));
      const expected = [
        newest.handle,
        ...sameMoment
          .map((other) => other.id)
          .sort()
          .reverse()
          .map((id) => handleOf.get(id)),
      ];

      const pages: { handle: string; blockedAt: string }[][] = [];
      let after: string | undefined;
      do {
        const response = await blocksOf(t, ana, { limit: 2, ...(after ? { after } : {}) }).expect(200);
        pages.push(response.body.items);
        after = response.body.nextCursor ?? undefined;
      } while (after && pages.length < 10);

      expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
      expect(pages.flat().map((item) => item.handle)).toEqual(expected);
      expect(pages[0]?.[0]?.blockedAt).toBe('2026-03-01T10:00:01.000Z');
      expect(pages[1]?.[0]?.blockedAt).toBe('2026-03-01T10:00:00.123Z');
    });

    it('answers the first page without a cursor when everyone fits', async () => {
      const [ana, ben] = [await person(t), await person(t)];
      await block(t, ana, ben.handle).expect(204);
      const response = await blocksOf(t, ana, { limit: 1 }).expect(200);
      expect(response.body).toEqual({
        items: [{ handle: ben.handle, displayName: 'Maria Kowalska', blockedAt: expect.any(String) }],
        nextCursor: null,
      });
    });

    it('refuses a cursor the list did not write as invalid_cursor', async () => {
      const ana = await person(t);
      for (const after of [
        'bm9wZQ',
        forged(['2026-02-30 10:00:00+00', ana.id]),
        forged(['2026-03-01 10:00:00+00', 'not-a-row-id']),
        forged(['Anna Nowak', ana.id]),
        forged(['2026-03-01 10:00:00\u0000+00', ana.id]),
      ]) {
        const body = expectProblem(await blocksOf(t, ana, { after }), 400, 'validation_failed');
        expect(body.errors).toEqual([expect.objectContaining({ field: 'after', code: 'invalid_cursor' })]);
      }
    });

    it('keeps the page size between 1 and 100', async () => {
      const ana = await person(t);
      for (const limit of ['0', '101', '-1', 'ten', '2.5']) {
        const body = expectProblem(await blocksOf(t, ana, { limit }), 400, 'validation_failed');
        expect(body.errors?.map((error) => error.field)).toEqual(['limit']);
      }
      await blocksOf(t, ana, { limit: 100 }).expect(200);
    });

    it('never continues into another person’s blocks with a cursor from their list', async () => {
      const [ana, ben, cleo, dora] = [await person(t), await person(t), await person(t), await person(t)];
      await block(t, ana, cleo.handle).expect(204);
      await block(t, ana, dora.handle).expect(204);
      const first = await blocksOf(t, ana, { limit: 1 }).expect(200);
      const theirs = await blocksOf(t, ben, { after: first.body.nextCursor }).expect(200);
      expect(theirs.body).toEqual({ items: [], nextCursor: null });
    });
  });
});
