import { MANY_SIGN_INS, type Person, signedInPerson } from '../factories/profiles';
import { bearer, login, registerUser } from '../factories/users';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';

describe('profiles', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(MANY_SIGN_INS);
  });
  afterAll(() => t.close());

  describe('my profile', () => {
    it('starts with a readable default handle, the account name and default settings', async () => {
      const user = await registerUser(t, { displayName: 'Ana Horvat' });
      const { accessToken } = await login(t, user);
      const response = await t.http().get('/api/me/profile').set(bearer(accessToken)).expect(200);
      expect(response.body).toEqual(
        expect.objectContaining({
          handle: expect.stringMatching(/^ana-horvat-[0-9a-f]{6}$/),
          displayName: 'Ana Horvat',
          visibility: 'members',
          cityVisible: true,
          onboarded: false,
          isMe: true,
          followerCount: 0,
          avatar: null,
        }),
      );
    });

    it('refuses anonymous visitors', async () => {
      expectProblem(await t.http().get('/api/me/profile'), 401, 'unauthenticated');
      expectProblem(await t.http().patch('/api/me/profile').send({ headline: 'x' }), 401, 'unauthenticated');
    });

    it('saves every field, renders the bio safely, renames the account and records onboarding', async () => {
      const me = await signedInPerson(t);
      const response = await t
        .http()
        .patch('/api/me/profile')
        .set(me.auth)
        .send({
          displayName: 'Jana Nováková',
          headline: 'Campaigner for clean air',
          bio: 'I **organise** people. <script>alert(1)</script> [site](https://example.org)',
          country: 'cz',
          city: 'Brno',
          cityVisible: false,
          languages: ['CS', 'en', 'en'],
          topics: ['climate-and-environment', 'health'],
          skills: ['Facilitation'],
          offers: ['campaign-strategy'],
          needs: ['legal-advice', 'translation'],
          links: [{ label: 'Website', url: 'https://example.org' }],
          openToPress: true,
          pressTopics: ['climate-and-environment'],
          pressLanguages: ['cs'],
          visibility: 'public',
          onboarded: true,
        })
        .expect(200);
      expect(response.body).toEqual(
        expect.objectContaining({
          displayName: 'Jana Nováková',
          headline: 'Campaigner for clean air',
          country: 'CZ',
          city: 'Brno',
          cityVisible: false,
          languages: ['cs', 'en'],
          topics: ['climate-and-environment', 'health'],
          offers: ['campaign-strategy'],
          needs: ['legal-advice', 'translation'],
          openToPress: true,
          pressTopics: ['climate-and-environment'],
          visibility: 'public',
          onboarded: true,
        }),
      );
      expect(response.body.bioHtml).toContain('<strong>organise</strong>');
      expect(response.body.bioHtml).not.toContain('script');
      expect(response.body.bioHtml).toContain('rel="nofollow noopener noreferrer ugc"');
      const [account] = await t.sql<{ display_name: string }>(
        'SELECT display_name FROM users WHERE id = $1',
        [me.id],
      );
      expect(account?.display_name).toBe('Jana Nováková');
      const [row] = await t.sql<{ onboarded_at: Date | null }>(
        'SELECT onboarded_at FROM profiles WHERE user_id = $1',
        [me.id],
      );
      expect(row?.onboarded_at).toBeInstanceOf(Date);
    });

    it('keeps a bio nested deeper than Markdown shows, and shows it as bounded, safe HTML', async () => {
      const me = await signedInPerson(t);
      for (const bio of [
        '>'.repeat(5000),
        `${'- '.repeat(2499)}x`,
        `${'*'.repeat(2499)}a${'*'.repeat(2500)}`,
      ]) {
        const saved = await t.http().patch('/api/me/profile').set(me.auth).send({ bio }).expect(200);
        expect(saved.body.bio).toBe(bio);
        expect(saved.body.bioHtml).not.toBe('');
        const mine = await t.http().get('/api/me/profile').set(me.auth).expect(200);
        expect(mine.body.bio).toBe(bio);
        expect(mine.body.bioHtml).toBe(saved.body.bioHtml);
      }
      await t
        .http()
        .patch('/api/me/profile')
        .set(me.auth)
        .send({ bio: '>'.repeat(5000) })
        .expect(200);
      const { body } = await t.http().get(`/api/profiles/${me.handle}`).set(me.auth).expect(200);
      expect(body.bio).toBe('>'.repeat(5000));
      expect(body.bioHtml).toMatch(/^<blockquote>/);
      expect(body.bioHtml).toContain('&gt;&gt;&gt;');
    });

    it('names each field that is not valid', async () => {
      const me = await signedInPerson(t);
      const response = await t
        .http()
        .patch('/api/me/profile')
        .set(me.auth)
        .send({
          handle: 'x',
          headline: 'h'.repeat(121),
          visibility: 'secret',
          links: [{ label: 'Site', url: 'javascript:alert(1)' }],
          topics: 'human-rights',
        });
      const problem = expectProblem(response, 400, 'validation_failed');
      expect(problem.errors?.map((error) => error.field).sort()).toEqual([
        'handle',
        'headline',
        'links.0.url',
        'topics',
        'visibility',
      ]);
    });

    it('names each value that is not in the taxonomy, and stores none of the change', async () => {
      const me = await signedInPerson(t, { headline: 'Before' });
      const response = await t
        .http()
        .patch('/api/me/profile')
        .set(me.auth)
        .send({
          headline: 'After',
          country: 'ZZ',
          languages: ['en', 'qq'],
          topics: ['human-rights', 'astrology'],
          offers: ['fundraising', 'teleportation'],
          needs: ['youth'],
          pressTopics: ['no-such-topic'],
          pressLanguages: ['zz'],
        });
      const problem = expectProblem(response, 400, 'unknown_taxonomy_value');
      expect(problem.errors?.map((error) => error.field)).toEqual([
        'country',
        'languages.1',
        'topics.1',
        'offers.1',
        'needs.0',
        'pressTopics.0',
        'pressLanguages.0',
      ]);
      const mine = await t.http().get('/api/me/profile').set(me.auth).expect(200);
      expect(mine.body.headline).toBe('Before');
    });

    it('keeps a retired topic already on the profile but refuses it as a new one', async () => {
      const me = await signedInPerson(t, { topics: ['culture'] });
      const other = await signedInPerson(t);
      const admin = await signedInPerson(t);
      await t.sql("UPDATE users SET role = 'admin' WHERE id = $1", [admin.id]);
      const adminAuth = bearer((await login(t, admin)).accessToken);
      await t.http().patch('/api/taxonomy/topics/culture').set(adminAuth).send({ retired: true }).expect(200);
      try {
        await t
          .http()
          .patch('/api/me/profile')
          .set(me.auth)
          .send({ topics: ['culture', 'youth'] })
          .expect(200);
        const refused = await t
          .http()
          .patch('/api/me/profile')
          .set(other.auth)
          .send({ topics: ['youth', 'culture'] });
        expect(expectProblem(refused, 400, 'unknown_taxonomy_value').errors?.[0]?.field).toBe('topics.1');
      } finally {
        await t
          .http()
          .patch('/api/taxonomy/topics/culture')
          .set(adminAuth)
          .send({ retired: false })
          .expect(200);
      }
    });
  });

  describe('handles', () => {
    it('changes the handle and redirects the old one to the new one', async () => {
      const me = await signedInPerson(t, { visibility: 'public' });
      const old = me.handle;
      await t.http().patch('/api/me/profile').set(me.auth).send({ handle: 'Maria_Kowalska' }).expect(200);
      const moved = await t.http().get(`/api/profiles/${old}`).expect(301);
      expect(moved.headers.location).toBe('/api/profiles/maria_kowalska');
      const profile = await t.http().get('/api/profiles/maria_kowalska').expect(200);
      expect(profile.body.handle).toBe('maria_kowalska');
      await t.http().patch('/api/me/profile').set(me.auth).send({ handle: 'maria-k' }).expect(200);
      expect((await t.http().get(`/api/profiles/${old}`).expect(301)).headers.location).toBe(
        '/api/profiles/maria-k',
      );
      expect((await t.http().get('/api/profiles/maria_kowalska').expect(301)).headers.location).toBe(
        '/api/profiles/maria-k',
      );
    });

    it('refuses a handle someone else uses, or kept as their old one, or reserved', async () => {
      const first = await signedInPerson(t);
      const second = await signedInPerson(t);
      await t.http().patch('/api/me/profile').set(first.auth).send({ handle: 'first-handle' }).expect(200);
      const taken = await t.http().patch('/api/me/profile').set(second.auth).send({ handle: 'first-handle' });
      expect(expectProblem(taken, 409, 'handle_taken').errors?.[0]?.field).toBe('handle');
      await t.http().patch('/api/me/profile').set(first.auth).send({ handle: 'first-renamed' }).expect(200);
      expectProblem(
        await t.http().patch('/api/me/profile').set(second.auth).send({ handle: 'first-handle' }),
        409,
        'handle_taken',
      );
      expectProblem(
        await t.http().patch('/api/me/profile').set(second.auth).send({ handle: 'admin' }),
        409,
        'handle_taken',
      );
      const mine = await t.http().get('/api/me/profile').set(second.auth).expect(200);
      expect(mine.body.handle).toBe(second.handle);
    });

    it('lets a person take back their own old handle', async () => {
      const me = await signedInPerson(t, { visibility: 'public' });
      await t.http().patch('/api/me/profile').set(me.auth).send({ handle: 'back-and-forth' }).expect(200);
      await t.http().patch('/api/me/profile').set(me.auth).send({ handle: me.handle }).expect(200);
      await t.http().get(`/api/profiles/${me.handle}`).expect(200);
      expect((await t.http().get('/api/profiles/back-and-forth').expect(301)).headers.location).toBe(
        `/api/profiles/${me.handle}`,
      );
    });

    it('answers 404 for a handle nobody has and for text that cannot be a handle', async () => {
      expectProblem(await t.http().get('/api/profiles/nobody-here'), 404, 'not_found');
      expectProblem(await t.http().get('/api/profiles/%20x'), 404, 'not_found');
    });
  });

  describe('who sees a profile', () => {
    let owner: Person;
    let other: Person;
    let admin: Person;
    beforeAll(async () => {
      owner = await signedInPerson(t, { city: 'Lyon', cityVisible: false });
      other = await signedInPerson(t);
      admin = await signedInPerson(t);
      await t.sql("UPDATE users SET role = 'admin' WHERE id = $1", [admin.id]);
      admin.auth = bearer((await login(t, admin)).accessToken);
    });

    const status = async (headers: Record<string, string>) =>
      (await t.http().get(`/api/profiles/${owner.handle}`).set(headers)).status;

    it.each([
      ['public', { anonymous: 200, other: 200, owner: 200, admin: 200 }],
      ['members', { anonymous: 404, other: 200, owner: 200, admin: 200 }],
      ['hidden', { anonymous: 404, other: 404, owner: 200, admin: 200 }],
    ])('shows a %s profile to %p', async (visibility, expected) => {
      await t.http().patch('/api/me/profile').set(owner.auth).send({ visibility }).expect(200);
      expect({
        anonymous: await status({}),
        other: await status(other.auth),
        owner: await status(owner.auth),
        admin: await status(admin.auth),
      }).toEqual(expected);
    });

    it('answers a profile nobody may see exactly like a missing one', async () => {
      await t.http().patch('/api/me/profile').set(owner.auth).send({ visibility: 'hidden' }).expect(200);
      const hidden = await t.http().get(`/api/profiles/${owner.handle}`).set(other.auth);
      const missing = await t.http().get('/api/profiles/no-such-person').set(other.auth);
      expectProblem(hidden, 404, 'not_found');
      expect({ ...hidden.body, instance: undefined, requestId: undefined }).toEqual({
        ...missing.body,
        instance: undefined,
        requestId: undefined,
      });
    });

    it('does not redirect an old handle to a profile the viewer may not see', async () => {
      const hidden = await signedInPerson(t, { visibility: 'hidden' });
      await t.http().patch('/api/me/profile').set(hidden.auth).send({ handle: 'hidden-renamed' }).expect(200);
      expectProblem(await t.http().get(`/api/profiles/${hidden.handle}`).set(other.auth), 404, 'not_found');
      await t.http().get(`/api/profiles/${hidden.handle}`).set(hidden.auth).expect(301);
    });

    it('hides the city from everyone but the owner when the owner asks', async () => {
      await t.http().patch('/api/me/profile').set(owner.auth).send({ visibility: 'public' }).expect(200);
      expect((await t.http().get(`/api/profiles/${owner.handle}`).set(other.auth)).body.city).toBeNull();
      expect((await t.http().get(`/api/profiles/${owner.handle}`)).body.city).toBeNull();
      const own = await t.http().get(`/api/profiles/${owner.handle}`).set(owner.auth).expect(200);
      expect(own.body).toEqual(expect.objectContaining({ city: 'Lyon', isMe: true }));
      await t.http().patch('/api/me/profile').set(owner.auth).send({ cityVisible: true }).expect(200);
      expect((await t.http().get(`/api/profiles/${owner.handle}`)).body.city).toBe('Lyon');
    });

    it('hides a blocked pair from each other in both directions, and from no one else', async () => {
      const blocker = await signedInPerson(t, { visibility: 'public' });
      const blocked = await signedInPerson(t, { visibility: 'public' });
      await t.sql('INSERT INTO blocks (blocker_id, blocked_id) VALUES ($1, $2)', [blocker.id, blocked.id]);
      expectProblem(
        await t.http().get(`/api/profiles/${blocked.handle}`).set(blocker.auth),
        404,
        'not_found',
      );
      expectProblem(
        await t.http().get(`/api/profiles/${blocker.handle}`).set(blocked.auth),
        404,
        'not_found',
      );
      await t.http().get(`/api/profiles/${blocker.handle}`).set(other.auth).expect(200);
      await t.http().get(`/api/profiles/${blocker.handle}`).expect(200);
    });

    it('counts followers and following, and tells a follower they follow', async () => {
      const followed = await signedInPerson(t, { visibility: 'public' });
      await t.sql(
        `INSERT INTO follows (follower_id, target_type, target_id)
         VALUES ($1, 'profile', $2), ($3, 'profile', $2), ($2::uuid, 'profile', $1::text)`,
        [other.id, followed.id, admin.id],
      );
      const seenByFollower = await t
        .http()
        .get(`/api/profiles/${followed.handle}`)
        .set(other.auth)
        .expect(200);
      expect(seenByFollower.body).toEqual(
        expect.objectContaining({ followerCount: 2, followingCount: 1, followedByMe: true, isMe: false }),
      );
      const seenByAnonymous = await t.http().get(`/api/profiles/${followed.handle}`).expect(200);
      expect(seenByAnonymous.body.followedByMe).toBe(false);
    });
  });
});
