import { createOrganisation, handleOf } from '../factories/organisations';
import { proposeTool } from '../factories/tools';
import { bearer, login, refresh, registerVerifiedUser, type TestUser } from '../factories/users';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';

interface Person extends TestUser {
  token: string;
  refreshToken: string;
  headers: Record<string, string>;
  handle: string;
}

describe('reports and moderation', () => {
  let t: TestApp;
  let reporter: Person;
  let secondReporter: Person;
  let moderator: Person;
  let admin: Person;

  async function person(role?: 'moderator' | 'admin', displayName = 'Moderation Person'): Promise<Person> {
    const user = await registerVerifiedUser(t, { displayName });
    if (role) await t.sql('UPDATE users SET role = $2 WHERE id = $1', [user.id, role]);
    const signedIn = await login(t, user);
    return {
      ...user,
      token: signedIn.accessToken,
      refreshToken: signedIn.refreshToken,
      headers: bearer(signedIn.accessToken),
      handle: await handleOf(t, user),
    };
  }

  function report(who: Person | null, body: Record<string, unknown>) {
    const request = t.http().post('/api/reports');
    return who ? request.set(who.headers).send(body) : request.send(body);
  }

  async function approvedTool(proposer: Person) {
    return proposeTool(t, proposer.token, {}, moderator.token);
  }

  async function queueItems(as: Person = moderator) {
    const response = await t
      .http()
      .get('/api/moderation/queue')
      .set(as.headers)
      .query({ limit: 100 })
      .expect(200);
    return response.body.items as {
      objectType: string;
      objectId: string;
      openReports: number;
      reasons: { reason: string; count: number }[];
      notes: string[];
      responsible: { id: string; handle: string | null; suspended: boolean } | null;
    }[];
  }

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_LIMIT_PER_IP: '1000' });
    reporter = await person(undefined, 'Reporting Person');
    secondReporter = await person(undefined, 'Second Reporter');
    moderator = await person('moderator', 'Site Moderator');
    admin = await person('admin', 'Site Admin');
  });
  afterAll(() => t.close());

  describe('POST /api/reports', () => {
    it('lets a signed-in person report a tool, and groups reports by object in the queue', async () => {
      const author = await person();
      const tool = await approvedTool(author);
      const first = await report(reporter, {
        objectType: 'tool',
        objectId: tool.id,
        reason: 'spam',
        note: 'Advertising',
      }).expect(201);
      expect(first.body).toEqual({
        id: expect.any(String),
        objectType: 'tool',
        objectId: tool.id,
        reason: 'spam',
        createdAt: expect.any(String),
      });
      await report(secondReporter, { objectType: 'tool', objectId: tool.id, reason: 'illegal' }).expect(201);
      const item = (await queueItems()).find((entry) => entry.objectId === tool.id);
      expect(item).toMatchObject({
        objectType: 'tool',
        openReports: 2,
        notes: ['Advertising'],
        responsible: { id: author.id, handle: author.handle, suspended: false },
      });
      expect(item?.reasons).toEqual(
        expect.arrayContaining([
          { reason: 'spam', count: 1 },
          { reason: 'illegal', count: 1 },
        ]),
      );
    });

    it('reports a person by handle and an organisation by slug', async () => {
      const target = await person();
      const org = await createOrganisation(t, target.token);
      await report(reporter, { objectType: 'profile', objectId: target.handle, reason: 'harassment' }).expect(
        201,
      );
      await report(reporter, {
        objectType: 'organisation',
        objectId: org.slug,
        reason: 'misinformation',
      }).expect(201);
      const items = await queueItems();
      expect(items.find((entry) => entry.objectId === target.handle)?.responsible?.id).toBe(target.id);
      expect(items.find((entry) => entry.objectId === org.slug)?.responsible?.id).toBe(target.id);
    });

    it('accepts one open report per reporter and object', async () => {
      const tool = await approvedTool(await person());
      await report(reporter, { objectType: 'tool', objectId: tool.id, reason: 'spam' }).expect(201);
      const again = await report(reporter, { objectType: 'tool', objectId: tool.id, reason: 'hate' });
      expectProblem(again, 409, 'already_reported');
    });

    it('answers 404 for an object that does not exist', async () => {
      for (const body of [
        { objectType: 'tool', objectId: '00000000-0000-4000-8000-000000000000', reason: 'spam' },
        { objectType: 'tool', objectId: 'not-a-uuid', reason: 'spam' },
        { objectType: 'profile', objectId: 'nobody-here', reason: 'spam' },
        { objectType: 'organisation', objectId: 'no-such-org', reason: 'spam' },
      ]) {
        expectProblem(await report(reporter, body), 404, 'not_found');
      }
    });

    it('refuses anonymous visitors', async () => {
      expectProblem(
        await report(null, { objectType: 'tool', objectId: 'x', reason: 'spam' }),
        401,
        'unauthenticated',
      );
    });

    it('names the field of an unknown reason or type', async () => {
      const reason = expectProblem(
        await report(reporter, { objectType: 'tool', objectId: 'x', reason: 'boring' }),
        400,
        'validation_failed',
      );
      expect(reason.errors?.[0]?.field).toBe('reason');
      const type = expectProblem(
        await report(reporter, { objectType: 'planet', objectId: 'x', reason: 'spam' }),
        400,
        'validation_failed',
      );
      expect(type.errors?.[0]?.field).toBe('objectType');
    });
  });

  describe('the queue and the audit log', () => {
    it('refuses members, and anonymous visitors', async () => {
      expectProblem(await t.http().get('/api/moderation/queue').set(reporter.headers), 403, 'forbidden');
      expectProblem(await t.http().get('/api/moderation/audit').set(reporter.headers), 403, 'forbidden');
      expectProblem(await t.http().get('/api/moderation/queue'), 401, 'unauthenticated');
      expectProblem(await t.http().get('/api/moderation/audit'), 401, 'unauthenticated');
    });

    it('lets admins read the queue too', async () => {
      await t.http().get('/api/moderation/queue').set(admin.headers).expect(200);
      await t.http().get('/api/moderation/audit').set(admin.headers).expect(200);
    });

    it('pages the queue newest first', async () => {
      const author = await person();
      const tools = [await approvedTool(author), await approvedTool(author), await approvedTool(author)];
      for (const tool of tools) {
        await report(reporter, { objectType: 'tool', objectId: tool.id, reason: 'spam' }).expect(201);
      }
      const seen: string[] = [];
      let after: string | undefined;
      do {
        const response = await t
          .http()
          .get('/api/moderation/queue')
          .set(moderator.headers)
          .query({ limit: 2, ...(after ? { after } : {}) })
          .expect(200);
        seen.push(...response.body.items.map((item: { objectId: string }) => item.objectId));
        after = response.body.nextCursor ?? undefined;
      } while (after);
      const positions = tools.map((tool) => seen.indexOf(tool.id));
      expect(positions.every((position) => position >= 0)).toBe(true);
      expect(positions).toEqual([...positions].sort((a, b) => b - a));
      expect(new Set(seen).size).toBe(seen.length);
    });

    it('refuses a forged queue cursor with 400', async () => {
      const body = expectProblem(
        await t.http().get('/api/moderation/queue').set(moderator.headers).query({ after: 'Zm9v' }),
        400,
        'validation_failed',
      );
      expect(body.errors?.[0]?.field).toBe('after');
    });
  });

  describe('hiding, restoring and dismissing', () => {
    it('hides a reported tool from everyone but its proposer, and audits it', async () => {
      const author = await person();
      const tool = await approvedTool(author);
      await report(reporter, {
        objectType: 'tool',
        objectId: tool.id,
        reason: 'spam',
        note: 'secret note',
      }).expect(201);

      await t
        .http()
        .post('/api/moderation/hide')
        .set(moderator.headers)
        .send({ objectType: 'tool', objectId: tool.id, reason: 'Advertising only' })
        .expect(204);

      expectProblem(await t.http().get(`/api/tools/${tool.slug}`), 404, 'tool_not_found');
      expectProblem(
        await t.http().get(`/api/tools/${tool.slug}`).set(reporter.headers),
        404,
        'tool_not_found',
      );
      const listed = await t.http().get('/api/tools').query({ limit: 100 }).expect(200);
      expect(listed.body.items.map((item: { id: string }) => item.id)).not.toContain(tool.id);
      const own = await t.http().get(`/api/tools/${tool.slug}`).set(author.headers).expect(200);
      expect(own.body.moderation).toEqual({ hidden: true, reason: 'Advertising only' });

      expect((await queueItems()).map((item) => item.objectId)).not.toContain(tool.id);
      const audit = await t.http().get('/api/moderation/audit').set(moderator.headers).expect(200);
      expect(audit.body.items[0]).toMatchObject({
        action: 'hide',
        objectType: 'tool',
        objectId: tool.id,
        reason: 'Advertising only',
        moderator: { handle: moderator.handle, displayName: 'Site Moderator' },
      });

      await t
        .http()
        .post('/api/moderation/restore')
        .set(moderator.headers)
        .send({ objectType: 'tool', objectId: tool.id })
        .expect(204);
      await t.http().get(`/api/tools/${tool.slug}`).expect(200);
    });

    it('never shows the reported author who reported them', async () => {
      const author = await person();
      const tool = await approvedTool(author);
      await report(reporter, {
        objectType: 'tool',
        objectId: tool.id,
        reason: 'privacy',
        note: 'from me',
      }).expect(201);
      await t
        .http()
        .post('/api/moderation/hide')
        .set(moderator.headers)
        .send({ objectType: 'tool', objectId: tool.id, reason: 'Shares addresses' })
        .expect(204);
      const responses = [
        await t.http().get(`/api/tools/${tool.slug}`).set(author.headers),
        await t.http().get(`/api/tools/${tool.slug}/usages`).set(author.headers),
        await t.http().get('/api/moderation/queue').set(author.headers),
        await t.http().get('/api/moderation/audit').set(author.headers),
      ];
      for (const response of responses) {
        const text = JSON.stringify(response.body);
        expect(text).not.toContain(reporter.id);
        expect(text).not.toContain(reporter.handle);
        expect(text).not.toContain('Reporting Person');
        expect(text).not.toContain('from me');
      }
    });

    it('hides an organisation from all but its members', async () => {
      const owner = await person();
      const org = await createOrganisation(t, owner.token, { name: 'Hidden By Moderators' });
      await report(reporter, { objectType: 'organisation', objectId: org.slug, reason: 'hate' }).expect(201);
      await t
        .http()
        .post('/api/moderation/hide')
        .set(moderator.headers)
        .send({ objectType: 'organisation', objectId: org.slug, reason: 'Hate speech on the page' })
        .expect(204);
      expectProblem(await t.http().get(`/api/organisations/${org.slug}`), 404, 'not_found');
      expectProblem(
        await t.http().get(`/api/organisations/${org.slug}`).set(reporter.headers),
        404,
        'not_found',
      );
      const directory = await t
        .http()
        .get('/api/organisations')
        .query({ q: 'Hidden By Moderators' })
        .expect(200);
      expect(directory.body.items).toEqual([]);
      const own = await t.http().get(`/api/organisations/${org.slug}`).set(owner.headers).expect(200);
      expect(own.body.moderation).toEqual({ hidden: true, reason: 'Hate speech on the page' });
      const ownDirectory = await t
        .http()
        .get('/api/organisations')
        .set(owner.headers)
        .query({ q: 'Hidden By Moderators' })
        .expect(200);
      expect(ownDirectory.body.items).toHaveLength(1);

      await t
        .http()
        .post('/api/moderation/restore')
        .set(moderator.headers)
        .send({ objectType: 'organisation', objectId: org.slug })
        .expect(204);
      const back = await t.http().get(`/api/organisations/${org.slug}`).expect(200);
      expect(back.body.moderation).toEqual({ hidden: false, reason: null });
    });

    it('hides a profile from everyone but its owner', async () => {
      const target = await person();
      await report(reporter, { objectType: 'profile', objectId: target.handle, reason: 'spam' }).expect(201);
      await t
        .http()
        .post('/api/moderation/hide')
        .set(moderator.headers)
        .send({ objectType: 'profile', objectId: target.handle, reason: 'Spam account' })
        .expect(204);
      expect((await t.http().get(`/api/profiles/${target.handle}`)).status).toBe(404);
      expect((await t.http().get(`/api/profiles/${target.handle}`).set(reporter.headers)).status).toBe(404);
      await t.http().get(`/api/profiles/${target.handle}`).set(target.headers).expect(200);
      const own = await t.http().get('/api/me/profile').set(target.headers).expect(200);
      expect(own.body.moderation).toEqual({ hidden: true, reason: 'Spam account' });
    });

    it('dismisses reports without touching the object', async () => {
      const tool = await approvedTool(await person());
      await report(reporter, { objectType: 'tool', objectId: tool.id, reason: 'other' }).expect(201);
      await t
        .http()
        .post('/api/moderation/dismiss')
        .set(moderator.headers)
        .send({ objectType: 'tool', objectId: tool.id, reason: 'Not a problem' })
        .expect(204);
      expect((await queueItems()).map((item) => item.objectId)).not.toContain(tool.id);
      await t.http().get(`/api/tools/${tool.slug}`).expect(200);
      expectProblem(
        await t
          .http()
          .post('/api/moderation/dismiss')
          .set(moderator.headers)
          .send({ objectType: 'tool', objectId: tool.id }),
        404,
        'not_found',
      );
      // Once closed, the same person may report it again.
      await report(reporter, { objectType: 'tool', objectId: tool.id, reason: 'spam' }).expect(201);
    });

    it('refuses members, and names the field of a missing reason', async () => {
      const tool = await approvedTool(await person());
      const body = { objectType: 'tool', objectId: tool.id, reason: 'Because' };
      for (const path of ['hide', 'restore', 'dismiss']) {
        expectProblem(
          await t.http().post(`/api/moderation/${path}`).set(reporter.headers).send(body),
          403,
          'forbidden',
        );
        expectProblem(await t.http().post(`/api/moderation/${path}`).send(body), 401, 'unauthenticated');
      }
      const missing = expectProblem(
        await t
          .http()
          .post('/api/moderation/hide')
          .set(moderator.headers)
          .send({ objectType: 'tool', objectId: tool.id }),
        400,
        'validation_failed',
      );
      expect(missing.errors?.[0]?.field).toBe('reason');
      expectProblem(
        await t
          .http()
          .post('/api/moderation/hide')
          .set(moderator.headers)
          .send({ objectType: 'tool', objectId: '00000000-0000-4000-8000-000000000000', reason: 'Gone' }),
        404,
        'not_found',
      );
    });
  });

  describe('suspension', () => {
    it('ends every session at once and refuses sign-in until lifted', async () => {
      const target = await person();
      const secondDevice = await login(t, target);
      await t.http().get('/api/me').set(target.headers).expect(200);

      await t
        .http()
        .post(`/api/moderation/accounts/${target.id}/suspend`)
        .set(moderator.headers)
        .send({ reason: 'Repeated harassment' })
        .expect(204);

      expectProblem(await t.http().get('/api/me').set(target.headers), 401, 'unauthenticated');
      expectProblem(
        await t.http().get('/api/me').set(bearer(secondDevice.accessToken)),
        401,
        'unauthenticated',
      );
      expect((await refresh(t, target.refreshToken)).status).toBe(401);
      const signIn = await t
        .http()
        .post('/api/auth/login')
        .send({ email: target.email, password: target.password });
      expectProblem(signIn, 403, 'account_suspended');
      const wrongPassword = await t
        .http()
        .post('/api/auth/login')
        .send({ email: target.email, password: 'not-the-password-at-all' });
      expectProblem(wrongPassword, 401, 'invalid_credentials');

      await t
        .http()
        .post(`/api/moderation/accounts/${target.id}/unsuspend`)
        .set(moderator.headers)
        .send({ reason: 'Appeal accepted' })
        .expect(204);
      await login(t, target);
      const audit = await t.http().get('/api/moderation/audit').set(moderator.headers).expect(200);
      expect(audit.body.items.slice(0, 2)).toEqual([
        expect.objectContaining({ action: 'unsuspend', objectType: 'account', objectId: target.id }),
        expect.objectContaining({ action: 'suspend', objectType: 'account', reason: 'Repeated harassment' }),
      ]);
    });

    it('shows a suspended responsible account in the queue', async () => {
      const author = await person();
      const tool = await approvedTool(author);
      await report(reporter, { objectType: 'tool', objectId: tool.id, reason: 'spam' }).expect(201);
      await t
        .http()
        .post(`/api/moderation/accounts/${author.id}/suspend`)
        .set(moderator.headers)
        .send({ reason: 'Spam' })
        .expect(204);
      const item = (await queueItems()).find((entry) => entry.objectId === tool.id);
      expect(item?.responsible).toEqual({ id: author.id, handle: author.handle, suspended: true });
    });

    it('refuses members, self-suspension, and moderators suspending staff', async () => {
      const target = await person();
      expectProblem(
        await t
          .http()
          .post(`/api/moderation/accounts/${target.id}/suspend`)
          .set(reporter.headers)
          .send({ reason: 'No way' }),
        403,
        'forbidden',
      );
      expectProblem(
        await t
          .http()
          .post(`/api/moderation/accounts/${moderator.id}/suspend`)
          .set(moderator.headers)
          .send({ reason: 'Myself' }),
        409,
        'cannot_moderate_self',
      );
      expectProblem(
        await t
          .http()
          .post(`/api/moderation/accounts/${admin.id}/suspend`)
          .set(moderator.headers)
          .send({ reason: 'Coup' }),
        403,
        'forbidden',
      );
      const otherModerator = await person('moderator');
      await t
        .http()
        .post(`/api/moderation/accounts/${otherModerator.id}/suspend`)
        .set(admin.headers)
        .send({ reason: 'Abuse of powers' })
        .expect(204);
    });

    it('answers 404 for an unknown account and 400 without a reason', async () => {
      expectProblem(
        await t
          .http()
          .post('/api/moderation/accounts/00000000-0000-4000-8000-000000000000/suspend')
          .set(moderator.headers)
          .send({ reason: 'Nobody' }),
        404,
        'not_found',
      );
      expectProblem(
        await t
          .http()
          .post('/api/moderation/accounts/not-an-id/suspend')
          .set(moderator.headers)
          .send({ reason: 'Nobody' }),
        404,
        'not_found',
      );
      const body = expectProblem(
        await t
          .http()
          .post(`/api/moderation/accounts/${reporter.id}/suspend`)
          .set(moderator.headers)
          .send({}),
        400,
        'validation_failed',
      );
      expect(body.errors?.[0]?.field).toBe('reason');
    });
  });
});
