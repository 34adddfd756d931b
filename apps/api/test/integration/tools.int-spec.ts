import { addMember, createOrganisation } from '../factories/organisations';
import { proposeTool } from '../factories/tools';
import { bearer, login, registerUser, registerVerifiedUser } from '../factories/users';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';

interface Person {
  id: string;
  token: string;
  headers: Record<string, string>;
}

describe('tools directory', () => {
  let t: TestApp;
  let proposer: Person;
  let moderator: Person;
  let other: Person;
  let editor: Person;
  let member: Person;

  async function person(role?: 'moderator' | 'admin'): Promise<Person> {
    const user = await registerVerifiedUser(t, { displayName: 'Tool Person' });
    if (role) await t.sql('UPDATE users SET role = $2 WHERE id = $1', [user.id, role]);
    const token = (await login(t, user)).accessToken;
    return { id: user.id, token, headers: bearer(token) };
  }

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_LIMIT_PER_IP: '1000' });
    proposer = await person();
    moderator = await person('moderator');
    other = await person();
    editor = await person();
    member = await person();
  });
  afterAll(() => t.close());

  describe('POST /api/tools', () => {
    it('lets a verified member propose a tool, which waits for review', async () => {
      const response = await t
        .http()
        .post('/api/tools')
        .set(proposer.headers)
        .send({
          name: 'Meet Free',
          slug: 'meet-free-propose',
          website: 'https://meet.example.org',
          category: 'video_calls',
          priceModel: 'free',
          openSource: true,
          selfHostable: true,
          hostedInEu: true,
          languages: ['de', 'fr'],
          description: '**Video** calls',
          gdprNotes: 'Servers in Germany.',
        })
        .expect(201);
      expect(response.body).toMatchObject({
        slug: 'meet-free-propose',
        status: 'pending',
        openSource: true,
        selfHostable: true,
        hostedInEu: true,
        languages: ['de', 'fr'],
        descriptionHtml: expect.stringContaining('<strong>Video</strong>'),
        canReview: false,
      });
    });

    it('refuses anonymous visitors', async () => {
      const response = await t.http().post('/api/tools').send({ name: 'x' });
      expectProblem(response, 401, 'unauthenticated');
    });

    it('refuses accounts whose address is not confirmed', async () => {
      const user = await registerUser(t);
      const { accessToken } = await login(t, user);
      const response = await t.http().post('/api/tools').set(bearer(accessToken)).send({
        name: 'Unconfirmed',
        slug: 'unconfirmed-tool',
        website: 'https://x.example.org',
        category: 'crm',
        priceModel: 'paid',
      });
      expectProblem(response, 403, 'email_not_verified');
    });

    it('names the field of invalid input', async () => {
      const response = await t.http().post('/api/tools').set(proposer.headers).send({
        name: 'Bad',
        slug: 'bad-category',
        website: 'ftp://x',
        category: 'teleport',
        priceModel: 'free',
      });
      const body = expectProblem(response, 400, 'validation_failed');
      expect(body.errors?.map((error) => error.field)).toEqual(
        expect.arrayContaining(['website', 'category']),
      );
    });

    it('refuses a language outside the taxonomy', async () => {
      const response = await t
        .http()
        .post('/api/tools')
        .set(proposer.headers)
        .send({
          name: 'Lang',
          slug: 'lang-tool',
          website: 'https://l.example.org',
          category: 'other',
          priceModel: 'free',
          languages: ['xx'],
        });
      expect(response.status).toBe(400);
    });

    it('refuses a slug another tool uses', async () => {
      await proposeTool(t, proposer.token, { slug: 'taken-tool' });
      const response = await t.http().post('/api/tools').set(other.headers).send({
        name: 'Again',
        slug: 'taken-tool',
        website: 'https://a.example.org',
        category: 'other',
        priceModel: 'free',
      });
      const body = expectProblem(response, 409, 'slug_taken');
      expect(body.errors?.[0]?.field).toBe('slug');
    });
  });

  describe('GET /api/tools/:slug', () => {
    it('shows a pending tool to its proposer and moderators only', async () => {
      const tool = await proposeTool(t, proposer.token);
      await t.http().get(`/api/tools/${tool.slug}`).set(proposer.headers).expect(200);
      const asModerator = await t.http().get(`/api/tools/${tool.slug}`).set(moderator.headers).expect(200);
      expect(asModerator.body.canReview).toBe(true);
      expectProblem(await t.http().get(`/api/tools/${tool.slug}`).set(other.headers), 404, 'tool_not_found');
      expectProblem(await t.http().get(`/api/tools/${tool.slug}`), 404, 'tool_not_found');
    });

    it('answers 404 for a tool that does not exist', async () => {
      expectProblem(await t.http().get('/api/tools/no-such-tool'), 404, 'tool_not_found');
    });

    it('does not name a proposer whose profile is hidden', async () => {
      const shy = await person();
      await t.sql(`UPDATE profiles SET visibility = 'hidden' WHERE user_id = $1`, [shy.id]);
      const tool = await proposeTool(t, shy.token, {}, moderator.token);
      const response = await t.http().get(`/api/tools/${tool.slug}`).expect(200);
      expect(response.body.proposedBy).toBeNull();
      const own = await t.http().get(`/api/tools/${tool.slug}`).set(shy.headers).expect(200);
      expect(own.body.proposedBy).not.toBeNull();
    });
    it('does not name the proposer across a block, either way', async () => {
      const blocker = await person();
      const tool = await proposeTool(t, blocker.token, {}, moderator.token);
      const [row] = await t.sql<{ handle: string }>('SELECT handle FROM profiles WHERE user_id = $1', [
        other.id,
      ]);
      await t.http().post('/api/blocks').set(blocker.headers).send({ handle: row?.handle }).expect(204);
      const blocked = await t.http().get(`/api/tools/${tool.slug}`).set(other.headers).expect(200);
      expect(blocked.body.proposedBy).toBeNull();
      const signedIn = await t.http().get(`/api/tools/${tool.slug}`).set(member.headers).expect(200);
      expect(signedIn.body.proposedBy).not.toBeNull();
    });
  });

  describe('POST /api/tools/:slug/review', () => {
    it('lets a moderator approve a tool, publishing it to the activity log', async () => {
      const tool = await proposeTool(t, proposer.token);
      const response = await t
        .http()
        .post(`/api/tools/${tool.slug}/review`)
        .set(moderator.headers)
        .send({ decision: 'approve' })
        .expect(200);
      expect(response.body.status).toBe('approved');
      await t.http().get(`/api/tools/${tool.slug}`).expect(200);
      const activities = await t.sql<{ verb: string; actor_id: string }>(
        `SELECT verb, actor_id FROM activities WHERE object_type = 'tool' AND object_id = $1`,
        [tool.id],
      );
      expect(activities).toEqual([{ verb: 'published', actor_id: proposer.id }]);
      const audit = await t.sql(
        `SELECT 1 FROM moderation_actions WHERE action = 'approve_tool' AND object_id = $1`,
        [tool.id],
      );
      expect(audit).toHaveLength(1);
    });

    it('lets an admin reject a tool, which stays hidden from others', async () => {
      const admin = await person('admin');
      const tool = await proposeTool(t, proposer.token);
      const response = await t
        .http()
        .post(`/api/tools/${tool.slug}/review`)
        .set(admin.headers)
        .send({ decision: 'reject' })
        .expect(200);
      expect(response.body.status).toBe('rejected');
      expectProblem(await t.http().get(`/api/tools/${tool.slug}`), 404, 'tool_not_found');
    });

    it('refuses members who are not moderators', async () => {
      const tool = await proposeTool(t, proposer.token);
      const response = await t
        .http()
        .post(`/api/tools/${tool.slug}/review`)
        .set(proposer.headers)
        .send({ decision: 'approve' });
      expectProblem(response, 403, 'forbidden');
    });

    it('refuses an unknown decision, naming the field', async () => {
      const tool = await proposeTool(t, proposer.token);
      const response = await t
        .http()
        .post(`/api/tools/${tool.slug}/review`)
        .set(moderator.headers)
        .send({ decision: 'maybe' });
      const body = expectProblem(response, 400, 'validation_failed');
      expect(body.errors?.[0]?.field).toBe('decision');
    });
  });

  describe('GET /api/tools', () => {
    it('lists approved tools by name, filtered by category and flags, in keyset pages', async () => {
      const prefix = 'zfilter';
      for (const [index, flags] of [
        { openSource: true, hostedInEu: true },
        { openSource: true, hostedInEu: false },
        { openSource: false, hostedInEu: true },
      ].entries()) {
        await proposeTool(
          t,
          proposer.token,
          { name: `${prefix} ${index}`, category: 'surveys', ...flags },
          moderator.token,
        );
      }
      await proposeTool(t, proposer.token, { name: `${prefix} pending`, category: 'surveys' });
      const first = await t
        .http()
        .get('/api/tools')
        .query({ category: 'surveys', q: prefix, openSource: 'true', limit: 1 })
        .expect(200);
      expect(first.body.items.map((tool: { name: string }) => tool.name)).toEqual([`${prefix} 0`]);
      const second = await t
        .http()
        .get('/api/tools')
        .query({ category: 'surveys', q: prefix, openSource: 'true', limit: 1, after: first.body.nextCursor })
        .expect(200);
      expect(second.body.items.map((tool: { name: string }) => tool.name)).toEqual([`${prefix} 1`]);
      expect(second.body.nextCursor).toBeNull();
      const eu = await t.http().get('/api/tools').query({ q: prefix, hostedInEu: 'true' }).expect(200);
      expect(eu.body.items.map((tool: { name: string }) => tool.name)).toEqual([
        `${prefix} 0`,
        `${prefix} 2`,
      ]);
    });

    it('lists pending proposals for moderators only', async () => {
      await proposeTool(t, proposer.token, { name: 'Waiting Room' });
      const pending = await t
        .http()
        .get('/api/tools')
        .query({ status: 'pending', q: 'Waiting Room' })
        .set(moderator.headers)
        .expect(200);
      expect(pending.body.items).toHaveLength(1);
      expectProblem(
        await t.http().get('/api/tools').query({ status: 'pending' }).set(proposer.headers),
        403,
        'forbidden',
      );
      expectProblem(await t.http().get('/api/tools').query({ status: 'pending' }), 403, 'forbidden');
    });

    it('refuses an invalid flag and a forged cursor with 400', async () => {
      const flag = expectProblem(
        await t.http().get('/api/tools').query({ openSource: 'yes' }),
        400,
        'validation_failed',
      );
      expect(flag.errors?.[0]?.field).toBe('openSource');
      const cursor = expectProblem(
        await t.http().get('/api/tools').query({ after: 'bm9wZQ' }),
        400,
        'validation_failed',
      );
      expect(cursor.errors?.[0]?.field).toBe('after');
    });
  });

  describe('"we use it"', () => {
    it('lets an editor say the organisation uses a tool, change the note and remove it', async () => {
      const owner = await person();
      const org = await createOrganisation(t, owner.token, { name: 'Uses Tools' });
      await addMember(t, org, editor, 'editor');
      const tool = await proposeTool(t, proposer.token, {}, moderator.token);
      const page = await t.http().get(`/api/tools/${tool.slug}`).set(editor.headers).expect(200);
      expect(page.body.usableAs).toEqual([{ slug: org.slug, name: 'Uses Tools' }]);

      const first = await t
        .http()
        .put(`/api/tools/${tool.slug}/usages/${org.slug}`)
        .set(editor.headers)
        .send({ note: 'We run our board meetings on it.' })
        .expect(200);
      expect(first.body).toMatchObject({
        organisation: { slug: org.slug },
        note: 'We run our board meetings on it.',
      });
      await t
        .http()
        .put(`/api/tools/${tool.slug}/usages/${org.slug}`)
        .set(editor.headers)
        .send({ note: 'Still happy.' })
        .expect(200);
      const listed = await t.http().get(`/api/tools/${tool.slug}/usages`).expect(200);
      expect(listed.body.items).toEqual([expect.objectContaining({ note: 'Still happy.' })]);
      const summary = await t.http().get(`/api/tools/${tool.slug}`).expect(200);
      expect(summary.body.usedByCount).toBe(1);

      await t.http().delete(`/api/tools/${tool.slug}/usages/${org.slug}`).set(editor.headers).expect(204);
      const after = await t.http().get(`/api/tools/${tool.slug}/usages`).expect(200);
      expect(after.body.items).toEqual([]);
      expectProblem(
        await t.http().delete(`/api/tools/${tool.slug}/usages/${org.slug}`).set(editor.headers),
        404,
        'not_found',
      );
    });

    it('refuses plain members and strangers', async () => {
      const owner = await person();
      const org = await createOrganisation(t, owner.token);
      await addMember(t, org, member, 'member');
      const tool = await proposeTool(t, proposer.token, {}, moderator.token);
      for (const who of [member, other]) {
        const response = await t
          .http()
          .put(`/api/tools/${tool.slug}/usages/${org.slug}`)
          .set(who.headers)
          .send({ note: 'no' });
        expectProblem(response, 403, 'forbidden');
      }
      expectProblem(
        await t.http().put(`/api/tools/${tool.slug}/usages/${org.slug}`).send({ note: 'no' }),
        401,
        'unauthenticated',
      );
    });

    it('refuses a tool that is not approved yet', async () => {
      const owner = await person();
      const org = await createOrganisation(t, owner.token);
      const tool = await proposeTool(t, owner.token);
      const response = await t
        .http()
        .put(`/api/tools/${tool.slug}/usages/${org.slug}`)
        .set(owner.headers)
        .send({ note: 'early' });
      expectProblem(response, 403, 'forbidden');
    });

    it('names the field of a note that is too long', async () => {
      const owner = await person();
      const org = await createOrganisation(t, owner.token);
      const tool = await proposeTool(t, proposer.token, {}, moderator.token);
      const response = await t
        .http()
        .put(`/api/tools/${tool.slug}/usages/${org.slug}`)
        .set(owner.headers)
        .send({ note: 'x'.repeat(501) });
      const body = expectProblem(response, 400, 'validation_failed');
      expect(body.errors?.[0]?.field).toBe('note');
    });

    it('lists only organisations the viewer may see', async () => {
      const owner = await person();
      const open = await createOrganisation(t, owner.token, { name: 'Open Org' });
      const secret = await createOrganisation(t, owner.token, { name: 'Secret Org', visibility: 'hidden' });
      const tool = await proposeTool(t, proposer.token, {}, moderator.token);
      for (const org of [open, secret]) {
        await t
          .http()
          .put(`/api/tools/${tool.slug}/usages/${org.slug}`)
          .set(owner.headers)
          .send({ note: '' })
          .expect(200);
      }
      const anonymous = await t.http().get(`/api/tools/${tool.slug}/usages`).expect(200);
      expect(
        anonymous.body.items.map((item: { organisation: { name: string } }) => item.organisation.name),
      ).toEqual(['Open Org']);
      const asOwner = await t.http().get(`/api/tools/${tool.slug}/usages`).set(owner.headers).expect(200);
      expect(asOwner.body.items).toHaveLength(2);
      const count = await t.http().get(`/api/tools/${tool.slug}`).expect(200);
      expect(count.body.usedByCount).toBe(1);
    });

    it('pages the organisations that use a tool', async () => {
      const owner = await person();
      const tool = await proposeTool(t, proposer.token, {}, moderator.token);
      for (const name of ['One', 'Two', 'Three']) {
        const org = await createOrganisation(t, owner.token, { name });
        await t
          .http()
          .put(`/api/tools/${tool.slug}/usages/${org.slug}`)
          .set(owner.headers)
          .send({ note: name })
          .expect(200);
      }
      const first = await t.http().get(`/api/tools/${tool.slug}/usages`).query({ limit: 2 }).expect(200);
      expect(first.body.items.map((item: { note: string }) => item.note)).toEqual(['Three', 'Two']);
      const second = await t
        .http()
        .get(`/api/tools/${tool.slug}/usages`)
        .query({ limit: 2, after: first.body.nextCursor })
        .expect(200);
      expect(second.body.items.map((item: { note: string }) => item.note)).toEqual(['One']);
      expect(second.body.nextCursor).toBeNull();
    });
  });
});
