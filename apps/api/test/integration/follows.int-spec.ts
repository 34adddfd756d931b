import { randomBytes } from 'node:crypto';
import { bearer, login, registerUser } from '../factories/users';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';

interface Person {
  id: string;
  handle: string;
  headers: Record<string, string>;
}

type Visibility = 'public' | 'members' | 'hidden';

async function person(t: TestApp, visibility: Visibility = 'public'): Promise<Person> {
  const user = await registerUser(t);
  const handle = `p-${randomBytes(4).toString('hex')}`;
  await t.sql('UPDATE profiles SET handle = $2, visibility = $3 WHERE user_id = $1', [
    user.id,
    handle,
    visibility,
  ]);
  const { accessToken } = await login(t, user);
  return { id: user.id, handle, headers: bearer(accessToken) };
}

async function organisation(t: TestApp, visibility: Visibility = 'public', memberId?: string) {
  const slug = `org-${randomBytes(4).toString('hex')}`;
  const [row] = await t.sql<{ id: string }>(
    `INSERT INTO organisations (slug, name, kind, country, visibility)
     VALUES ($1, $2, 'cso', 'DE', $3) RETURNING id`,
    [slug, `Organisation ${slug}`, visibility],
  );
  if (memberId) {
    await t.sql(`INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, 'owner')`, [
      row?.id,
      memberId,
    ]);
  }
  return slug;
}

async function topic(t: TestApp, retired = false): Promise<string> {
  const slug = `topic-${randomBytes(4).toString('hex')}`;
  await t.sql(
    `INSERT INTO topics (slug, names, retired_at)
     VALUES ($1, '{"en":"A topic","de":"Ein Thema","fr":"Un thème"}', CASE WHEN $2 THEN now() END)`,
    [slug, retired],
  );
  return slug;
}

function follow(t: TestApp, who: Person, type: string, target: string) {
  return t.http().post('/api/follows').set(who.headers).send({ type, target });
}

function unfollow(t: TestApp, who: Person, type: string, target: string) {
  return t.http().delete('/api/follows').set(who.headers).send({ type, target });
}

function handlesOf(body: { items: { handle: string }[] }): string[] {
  return body.items.map((item) => item.handle);
}

describe('follows', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Many people sign in from one address here.
    t = await startTestApp({ LOGIN_LIMIT_PER_IP: '1000' });
  });
  afterAll(() => t.close());

  describe('following and unfollowing', () => {
    it('follows and unfollows a person, and the count follows along', async () => {
      const [ana, ben] = [await person(t), await person(t)];
      const followed = await follow(t, ana, 'profile', ben.handle).expect(200);
      expect(followed.body).toEqual({ following: true, followerCount: 1 });
      const unfollowed = await unfollow(t, ana, 'profile', ben.handle).expect(200);
      expect(unfollowed.body).toEqual({ following: false, followerCount: 0 });
    });

    it('follows and unfollows an organisation', async () => {
      const ana = await person(t);
      const slug = await organisation(t);
      expect((await follow(t, ana, 'organisation', slug).expect(200)).body).toEqual({
        following: true,
        followerCount: 1,
      });
      expect((await unfollow(t, ana, 'organisation', slug).expect(200)).body).toEqual({
        following: false,
        followerCount: 0,
      });
    });

    it('follows and unfollows a topic', async () => {
      const ana = await person(t);
      const slug = await topic(t);
      expect((await follow(t, ana, 'topic', slug).expect(200)).body).toEqual({
        following: true,
        followerCount: 1,
      });
      expect((await unfollow(t, ana, 'topic', slug).expect(200)).body.following).toBe(false);
    });

    it('is idempotent: following twice or unfollowing twice changes nothing', async () => {
      const [ana, ben] = [await person(t), await person(t)];
      await follow(t, ana, 'profile', ben.handle).expect(200);
      expect((await follow(t, ana, 'profile', ben.handle).expect(200)).body).toEqual({
        following: true,
        followerCount: 1,
      });
      await unfollow(t, ana, 'profile', ben.handle).expect(200);
      expect((await unfollow(t, ana, 'profile', ben.handle).expect(200)).body).toEqual({
        following: false,
        followerCount: 0,
      });
    });

    it('counts every visible follower', async () => {
      const star = await person(t);
      for (let i = 0; i < 3; i++) await follow(t, await person(t), 'profile', star.handle).expect(200);
      const last = await follow(t, await person(t), 'profile', star.handle).expect(200);
      expect(last.body.followerCount).toBe(4);
    });

    it('accepts a target in any letter case', async () => {
      const [ana, ben] = [await person(t), await person(t)];
      expect((await follow(t, ana, 'profile', ben.handle.toUpperCase()).expect(200)).body.following).toBe(
        true,
      );
    });

    it('refuses following yourself as cannot_follow_self', async () => {
      const ana = await person(t);
      expectProblem(await follow(t, ana, 'profile', ana.handle), 400, 'cannot_follow_self');
    });

    it('refuses a signed-out visitor', async () => {
      const ben = await person(t);
      const response = await t.http().post('/api/follows').send({ type: 'profile', target: ben.handle });
      expectProblem(response, 401, 'unauthenticated');
    });

    it('refuses an unknown target type as validation_failed', async () => {
      const ana = await person(t);
      expectProblem(await follow(t, ana, 'event', 'anything'), 400, 'validation_failed');
    });

    it.each([
      ['profile', 'nobody-here'],
      ['organisation', 'no-such-organisation'],
      ['topic', 'no-such-topic'],
    ])('answers 404 for an unknown %s', async (type, target) => {
      const ana = await person(t);
      expectProblem(await follow(t, ana, type, target), 404, 'not_found');
    });

    it('answers 404 for a hidden profile, exactly as for an unknown one', async () => {
      const [ana, ghost] = [await person(t), await person(t, 'hidden')];
      expectProblem(await follow(t, ana, 'profile', ghost.handle), 404, 'not_found');
      const [row] = await t.sql<{ n: number }>(
        'SELECT count(*)::int AS n FROM follows WHERE follower_id = $1',
        [ana.id],
      );
      expect(row?.n).toBe(0);
    });

    it('follows a members-only profile when signed in', async () => {
      const [ana, ben] = [await person(t), await person(t, 'members')];
      expect((await follow(t, ana, 'profile', ben.handle).expect(200)).body.following).toBe(true);
    });

    it('answers 404 for a hidden organisation unless the follower is a member of it', async () => {
      const [ana, owner] = [await person(t), await person(t)];
      const slug = await organisation(t, 'hidden', owner.id);
      expectProblem(await follow(t, ana, 'organisation', slug), 404, 'not_found');
      expect((await follow(t, owner, 'organisation', slug).expect(200)).body.following).toBe(true);
    });

    it('refuses to newly follow a retired topic, but lets its followers unfollow it', async () => {
      const [ana, ben] = [await person(t), await person(t)];
      const slug = await topic(t);
      await follow(t, ben, 'topic', slug).expect(200);
      await t.sql('UPDATE topics SET retired_at = now() WHERE slug = $1', [slug]);
      expectProblem(await follow(t, ana, 'topic', slug), 404, 'not_found');
      expect((await unfollow(t, ben, 'topic', slug).expect(200)).body.following).toBe(false);
    });

    it('refuses to follow across a block, in both directions', async () => {
      const [ana, ben] = [await person(t), await person(t)];
      await t.http().post('/api/blocks').set(ana.headers).send({ handle: ben.handle }).expect(204);
      expectProblem(await follow(t, ana, 'profile', ben.handle), 404, 'not_found');
      expectProblem(await follow(t, ben, 'profile', ana.handle), 404, 'not_found');
    });
  });

  describe('lists', () => {
    let star: Person;
    let publicFan: Person;
    let membersFan: Person;
    let hiddenFan: Person;
    let viewer: Person;
    beforeAll(async () => {
      star = await person(t);
      publicFan = await person(t, 'public');
      membersFan = await person(t, 'members');
      hiddenFan = await person(t, 'hidden');
      viewer = await person(t);
      for (const fan of [publicFan, membersFan, hiddenFan])
        await follow(t, fan, 'profile', star.handle).expect(200);
    });

    it('lists followers newest first, without hidden profiles', async () => {
      const response = await t
        .http()
        .get(`/api/profiles/${star.handle}/followers`)
        .set(viewer.headers)
        .expect(200);
      expect(handlesOf(response.body)).toEqual([membersFan.handle, publicFan.handle]);
      expect(response.body.items[0]).toEqual(
        expect.objectContaining({ displayName: 'Maria Kowalska', topics: [], avatar: null }),
      );
    });

    it('leaves members-only followers out for anonymous visitors', async () => {
      const response = await t.http().get(`/api/profiles/${star.handle}/followers`).expect(200);
      expect(handlesOf(response.body)).toEqual([publicFan.handle]);
    });

    it('never lists a hidden profile, even to the person it follows', async () => {
      const response = await t
        .http()
        .get(`/api/profiles/${star.handle}/followers`)
        .set(star.headers)
        .expect(200);
      expect(handlesOf(response.body)).not.toContain(hiddenFan.handle);
    });

    it('counts followers the way it lists them', async () => {
      const state = await follow(t, viewer, 'profile', star.handle).expect(200);
      expect(state.body.followerCount).toBe(3);
      await unfollow(t, viewer, 'profile', star.handle).expect(200);
    });

    it('pages through followers with a cursor, one page after another', async () => {
      const idol = await person(t);
      const fans: Person[] = [];
      for (let i = 0; i < 5; i++) {
        const fan = await person(t);
        await follow(t, fan, 'profile', idol.handle).expect(200);
        fans.push(fan);
      }
      const seen: string[] = [];
      let after: string | undefined;
      for (let page = 0; page < 3; page++) {
        const response = await t
          .http()
          .get(`/api/profiles/${idol.handle}/followers`)
          .query({ limit: 2, ...(after ? { after } : {}) })
          .expect(200);
        seen.push(...handlesOf(response.body));
        after = response.body.nextCursor ?? undefined;
      }
      expect(after).toBeUndefined();
      expect(seen).toEqual(fans.map((fan) => fan.handle).reverse());
    });

    it('refuses a forged cursor as validation_failed', async () => {
      const response = await t
        .http()
        .get(`/api/profiles/${star.handle}/followers`)
        .query({ after: 'bm9wZQ' });
      expectProblem(response, 400, 'validation_failed');
    });

    it('answers 404 for the followers of a profile the viewer may not see', async () => {
      const ghost = await person(t, 'hidden');
      const member = await person(t, 'members');
      expectProblem(
        await t.http().get(`/api/profiles/${ghost.handle}/followers`).set(viewer.headers),
        404,
        'not_found',
      );
      expectProblem(await t.http().get(`/api/profiles/${member.handle}/followers`), 404, 'not_found');
      expectProblem(await t.http().get(`/api/profiles/${member.handle}/following`), 404, 'not_found');
      await t.http().get(`/api/profiles/${ghost.handle}/followers`).set(ghost.headers).expect(200);
    });

    it('lists the people, organisations and topics someone follows, without hidden ones', async () => {
      const fan = await person(t);
      const [shown, members, ghost] = [
        await person(t),
        await person(t, 'members'),
        await person(t, 'hidden'),
      ];
      const ghostOwner = await person(t);
      const openOrg = await organisation(t);
      const hiddenOrg = await organisation(t, 'hidden', ghostOwner.id);
      const slug = await topic(t);
      await follow(t, fan, 'profile', shown.handle).expect(200);
      await follow(t, fan, 'profile', members.handle).expect(200);
      await follow(t, fan, 'organisation', openOrg).expect(200);
      await follow(t, fan, 'topic', slug).expect(200);
      // Followed before they went hidden: never listed afterwards.
      await follow(t, fan, 'profile', ghost.handle).expect(404);
      await t.sql(`INSERT INTO follows (follower_id, target_type, target_id) VALUES ($1, 'profile', $2)`, [
        fan.id,
        ghost.id,
      ]);
      await t.sql(
        `INSERT INTO follows (follower_id, target_type, target_id)
                   SELECT $1, 'organisation', id::text FROM organisations WHERE slug = $2`,
        [fan.id, hiddenOrg],
      );

      const signedIn = await t
        .http()
        .get(`/api/profiles/${fan.handle}/following`)
        .set(viewer.headers)
        .expect(200);
      expect(signedIn.body.profiles.map((p: { handle: string }) => p.handle)).toEqual([
        members.handle,
        shown.handle,
      ]);
      expect(signedIn.body.organisations).toEqual([{ slug: openOrg, name: `Organisation ${openOrg}` }]);
      expect(signedIn.body.topics).toEqual([slug]);

      const anonymous = await t.http().get(`/api/profiles/${fan.handle}/following`).expect(200);
      expect(anonymous.body.profiles.map((p: { handle: string }) => p.handle)).toEqual([shown.handle]);
    });

    it('lists the followers of an organisation, and hides a hidden organisation from non-members', async () => {
      const owner = await person(t);
      const openOrg = await organisation(t);
      const hiddenOrg = await organisation(t, 'hidden', owner.id);
      await follow(t, publicFan, 'organisation', openOrg).expect(200);
      await follow(t, hiddenFan, 'organisation', openOrg).expect(200);
      const response = await t.http().get(`/api/organisations/${openOrg}/followers`).expect(200);
      expect(handlesOf(response.body)).toEqual([publicFan.handle]);
      expectProblem(
        await t.http().get(`/api/organisations/${hiddenOrg}/followers`).set(viewer.headers),
        404,
        'not_found',
      );
      await t.http().get(`/api/organisations/${hiddenOrg}/followers`).set(owner.headers).expect(200);
      expectProblem(await t.http().get('/api/organisations/no-such-org/followers'), 404, 'not_found');
    });
  });
});
