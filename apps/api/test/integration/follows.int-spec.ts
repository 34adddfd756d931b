import { randomBytes } from 'node:crypto';
import { bearer, login, registerUser, type TestUser } from '../factories/users';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';

interface Person {
  id: string;
  handle: string;
  headers: Record<string, string>;
  user: TestUser;
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
  return { id: user.id, handle, headers: bearer(accessToken), user };
}

/** A site admin, signed in again so the new role is in force. */
async function admin(t: TestApp): Promise<Person> {
  const who = await person(t);
  await t.sql("UPDATE users SET role = 'admin' WHERE id = $1", [who.id]);
  return { ...who, headers: bearer((await login(t, who.user)).accessToken) };
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

/** A cursor as a client could make one by hand. */
function forged(key: unknown): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The ids in the order a newest-first list puts rows followed at the same moment. */
function newestFirstAtOneMoment(ids: string[]): string[] {
  return [...ids].sort().reverse();
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
      for (const kind of ['people', 'organisations', 'topics']) {
        expectProblem(
          await t.http().get(`/api/profiles/${member.handle}/following/${kind}`),
          404,
          'not_found',
        );
      }
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

      const following = (kind: string, who?: Person) => {
        const request = t.http().get(`/api/profiles/${fan.handle}/following/${kind}`);
        return (who ? request.set(who.headers) : request).expect(200);
      };
      expect(handlesOf((await following('people', viewer)).body)).toEqual([members.handle, shown.handle]);
      expect((await following('organisations', viewer)).body).toEqual({
        items: [{ slug: openOrg, name: `Organisation ${openOrg}` }],
        nextCursor: null,
      });
      expect((await following('topics', viewer)).body).toEqual({ items: [slug] });

      expect(handlesOf((await following('people')).body)).toEqual([shown.handle]);
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

  describe('what a person follows', () => {
    type Kind = 'people' | 'organisations' | 'topics';
    const KINDS: Kind[] = ['people', 'organisations', 'topics'];

    function following(
      kind: Kind,
      handle: string,
      query: Record<string, string | number> = {},
      who?: Person,
    ) {
      const request = t.http().get(`/api/profiles/${handle}/following/${kind}`).query(query);
      return who ? request.set(who.headers) : request;
    }

    async function allPages(kind: 'people' | 'organisations', handle: string, limit: number) {
      const pages: unknown[][] = [];
      let after: string | undefined;
      do {
        const response = await following(kind, handle, { limit, ...(after ? { after } : {}) }).expect(200);
        pages.push(response.body.items);
        after = response.body.nextCursor ?? undefined;
      } while (after && pages.length < 10);
      return pages;
    }

    async function followedAt(who: Person, type: string, targetIds: string[], at: string) {
      await t.sql(
        'UPDATE follows SET created_at = $3 WHERE follower_id = $1 AND target_type = $2 AND target_id = ANY($4::text[])',
        [who.id, type, at, targetIds],
      );
    }

    it('pages through the people someone follows, newest first, keeping follows of one moment in order', async () => {
      const fan = await person(t);
      const idols: Person[] = [];
      for (let i = 0; i < 5; i++) {
        const idol = await person(t);
        await follow(t, fan, 'profile', idol.handle).expect(200);
        idols.push(idol);
      }
      const [newest, ...sameMoment] = idols as [Person, ...Person[]];
      await followedAt(fan, 'profile', [newest.id], '2026-03-01 10:00:01+00');
      await followedAt(
        fan,
        'profile',
        sameMoment.map((idol) => idol.id),
        '2026-03-01 10:00:00.123456+00',
      );
      const byId = new Map(idols.map((idol) => [idol.id, idol.handle]));
      const expected = [
        newest.handle,
        ...newestFirstAtOneMoment(sameMoment.map((idol) => idol.id)).map((id) => byId.get(id)),
      ];

      const pages = await allPages('people', fan.handle, 2);
      expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
      expect(pages.flat().map((item) => (item as { handle: string }).handle)).toEqual(expected);
      expect(pages[0]?.[0]).toEqual(expect.objectContaining({ displayName: 'Maria Kowalska', avatar: null }));
    });

    it('pages through the organisations someone follows, newest first, keeping follows of one moment in order', async () => {
      const fan = await person(t);
      const slugs: string[] = [];
      for (let i = 0; i < 3; i++) {
        const slug = await organisation(t);
        await follow(t, fan, 'organisation', slug).expect(200);
        slugs.push(slug);
      }
      const rows = await t.sql<{ id: string; slug: string }>(
        'SELECT id::text AS id, slug FROM organisations WHERE slug = ANY($1::text[])',
        [slugs],
      );
      await followedAt(
        fan,
        'organisation',
        rows.map((row) => row.id),
        '2026-03-01 10:00:00.5+00',
      );
      const slugOf = new Map(rows.map((row) => [row.id, row.slug]));
      const expected = newestFirstAtOneMoment(rows.map((row) => row.id)).map((id) => ({
        slug: slugOf.get(id),
        name: `Organisation ${slugOf.get(id)}`,
      }));

      const pages = await allPages('organisations', fan.handle, 2);
      expect(pages.map((page) => page.length)).toEqual([2, 1]);
      expect(pages.flat()).toEqual(expected);
    });

    it('lists every topic someone follows at once, newest first, beyond the size of a page', async () => {
      const fan = await person(t);
      const slugs: string[] = [];
      for (let i = 0; i < 25; i++) slugs.push(await topic(t));
      await t.sql(
        `INSERT INTO follows (follower_id, target_type, target_id, created_at)
         SELECT $1, 'topic', slug, now() - n * interval '1 minute'
           FROM unnest($2::text[]) WITH ORDINALITY AS s (slug, n)`,
        [fan.id, slugs],
      );
      const response = await following('topics', fan.handle).expect(200);
      expect(response.body).toEqual({ items: slugs });
    });

    it.each(['people', 'organisations'] as const)(
      'refuses a %s cursor the list did not write as invalid_cursor',
      async (kind) => {
        const fan = await person(t);
        for (const after of [
          'bm9wZQ',
          forged(['2026-02-30 10:00:00+00', fan.id]),
          forged(['2026-03-01 10:00:00+00', 'not-a-row-id']),
          forged(['Anna Nowak', fan.id]),
          forged({ at: '2026-03-01 10:00:00+00', id: fan.id }),
        ]) {
          const body = expectProblem(await following(kind, fan.handle, { after }), 400, 'validation_failed');
          expect(body.errors).toEqual([expect.objectContaining({ field: 'after', code: 'invalid_cursor' })]);
        }
      },
    );

    it.each(['people', 'organisations'] as const)(
      'keeps the %s page size between 1 and 100',
      async (kind) => {
        const fan = await person(t);
        for (const limit of ['0', '101', '-1', 'ten', '2.5']) {
          const body = expectProblem(await following(kind, fan.handle, { limit }), 400, 'validation_failed');
          expect(body.errors?.map((error) => error.field)).toEqual(['limit']);
        }
        expectProblem(
          await following(kind, fan.handle, { after: 'a'.repeat(201) }),
          400,
          'validation_failed',
        );
        await following(kind, fan.handle, { limit: 100 }).expect(200);
        await following(kind, fan.handle, { limit: 1 }).expect(200);
      },
    );

    it('answers 404 on each list for a person the viewer may not see, exactly as for an unknown one', async () => {
      const [ghost, member, stranger] = [
        await person(t, 'hidden'),
        await person(t, 'members'),
        await person(t),
      ];
      for (const kind of KINDS) {
        expectProblem(await following(kind, ghost.handle), 404, 'not_found');
        expectProblem(await following(kind, ghost.handle, {}, stranger), 404, 'not_found');
        expectProblem(await following(kind, member.handle), 404, 'not_found');
        expectProblem(await following(kind, 'nobody-here'), 404, 'not_found');
      }
    });

    it('shows the lists of a hidden person to that person and to site admins, of a members-only person to anyone signed in', async () => {
      const [ghost, member, stranger, siteAdmin] = [
        await person(t, 'hidden'),
        await person(t, 'members'),
        await person(t),
        await admin(t),
      ];
      for (const kind of KINDS) {
        await following(kind, ghost.handle, {}, ghost).expect(200);
        await following(kind, ghost.handle, {}, siteAdmin).expect(200);
        await following(kind, member.handle, {}, stranger).expect(200);
      }
    });

    it('keeps working under a handle the person had before', async () => {
      const [fan, idol] = [await person(t), await person(t)];
      await follow(t, fan, 'profile', idol.handle).expect(200);
      const oldHandle = fan.handle;
      const newHandle = `p-${randomBytes(4).toString('hex')}`;
      await t.http().patch('/api/me/profile').set(fan.headers).send({ handle: newHandle }).expect(200);
      const response = await following('people', oldHandle).expect(200);
      expect(handlesOf(response.body)).toEqual([idol.handle]);
    });

    it('lists only the followed people the viewer may see: never hidden ones, members-only ones when signed in, none across a block', async () => {
      const fan = await person(t);
      const [open, members, ghost, blocker, blocked, viewer, siteAdmin] = [
        await person(t),
        await person(t, 'members'),
        await person(t, 'hidden'),
        await person(t),
        await person(t),
        await person(t, 'hidden'),
        await admin(t),
      ];
      await t.sql(
        `INSERT INTO follows (follower_id, target_type, target_id, created_at)
         SELECT $1, 'profile', id, now() - n * interval '1 minute'
           FROM unnest($2::text[]) WITH ORDINALITY AS s (id, n)`,
        [fan.id, [open, members, ghost, blocker, blocked, viewer].map((who) => who.id)],
      );
      // A hidden profile cannot be blocked by handle, but a block from before it went hidden stays.
      await t.sql('INSERT INTO blocks (blocker_id, blocked_id) VALUES ($1, $2)', [blocker.id, viewer.id]);
      await t.http().post('/api/blocks').set(viewer.headers).send({ handle: blocked.handle }).expect(204);

      const listed = async (who?: Person) =>
        handlesOf((await following('people', fan.handle, {}, who).expect(200)).body);
      expect(await listed()).toEqual([open.handle, blocker.handle, blocked.handle]);
      // A hidden viewer still sees themself; the people on either side of their blocks are left out.
      expect(await listed(viewer)).toEqual([open.handle, members.handle, viewer.handle]);
      expect(await listed(siteAdmin)).toEqual([open.handle, members.handle, blocker.handle, blocked.handle]);
    });

    it('lists only the followed organisations the viewer may see: hidden ones to their members, members-only ones when signed in', async () => {
      const [fan, insider, outsider] = [await person(t), await person(t), await person(t)];
      const open = await organisation(t);
      const membersOnly = await organisation(t, 'members');
      const hidden = await organisation(t, 'hidden', insider.id);
      await t.sql(
        `INSERT INTO follows (follower_id, target_type, target_id, created_at)
         SELECT $1, 'organisation', o.id::text, now() - s.n * interval '1 minute'
           FROM unnest($2::text[]) WITH ORDINALITY AS s (slug, n) JOIN organisations o ON o.slug = s.slug`,
        [fan.id, [open, membersOnly, hidden]],
      );
      const listed = async (who?: Person) =>
        (await following('organisations', fan.handle, {}, who).expect(200)).body.items.map(
          (item: { slug: string }) => item.slug,
        );
      expect(await listed()).toEqual([open]);
      expect(await listed(outsider)).toEqual([open, membersOnly]);
      expect(await listed(insider)).toEqual([open, membersOnly, hidden]);
    });

    it('lists topics, retired ones too, to anyone who may see the person', async () => {
      const fan = await person(t);
      const [current, retired] = [await topic(t), await topic(t)];
      await follow(t, fan, 'topic', retired).expect(200);
      await follow(t, fan, 'topic', current).expect(200);
      await t.sql('UPDATE topics SET retired_at = now() WHERE slug = $1', [retired]);
      expect((await following('topics', fan.handle).expect(200)).body).toEqual({ items: [current, retired] });
    });
  });
});
