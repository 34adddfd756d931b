import { randomBytes } from 'node:crypto';
import { addMember, createOrganisation, handleOf, type TestOrganisation } from '../factories/organisations';
import {
  bearer,
  login,
  mailedToken,
  mailsTo,
  registerUser,
  registerVerifiedUser,
  type TestUser,
} from '../factories/users';
import { jobsSettled } from '../setup/jobs';
import { expectProblem } from '../setup/problems';
import { startTestApp, TEST_ORIGIN, type TestApp } from '../setup/test-app';

interface Person extends TestUser {
  token: string;
  handle: string;
}

interface InvitationBody {
  id: string;
  organisation: { slug: string; name: string };
  role: string;
  handle: string | null;
  email: string | null;
  invitedBy: { handle: string; displayName: string } | null;
  status: string;
}

describe('organisation members and invitations', () => {
  let t: TestApp;
  let owner: Person;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_LIMIT_PER_IP: '1000' });
    owner = await person('Ana Popescu');
  });
  afterAll(() => t.close());

  async function person(displayName: string, visibility = 'public'): Promise<Person> {
    const user = await registerVerifiedUser(t, { displayName });
    await t.sql('UPDATE profiles SET visibility = $2 WHERE user_id = $1', [user.id, visibility]);
    return { ...user, token: (await login(t, user)).accessToken, handle: await handleOf(t, user) };
  }

  function invite(org: TestOrganisation, by: Person, body: Record<string, string>) {
    return t.http().post(`/api/organisations/${org.slug}/invitations`).set(bearer(by.token)).send(body);
  }

  async function myInvitations(who: { token: string }): Promise<InvitationBody[]> {
    return (await t.http().get('/api/me/invitations').set(bearer(who.token)).expect(200)).body.items;
  }

  async function memberHandles(org: TestOrganisation, viewer?: Person): Promise<string[]> {
    const request = t.http().get(`/api/organisations/${org.slug}/members`);
    if (viewer) request.set(bearer(viewer.token));
    return (await request.expect(200)).body.items.map((item: { handle: string }) => item.handle);
  }

  async function roleIn(org: TestOrganisation, user: { id: string }): Promise<string | null> {
    const [row] = await t.sql<{ role: string }>(
      'SELECT role FROM memberships WHERE organisation_id = $1 AND user_id = $2',
      [org.id, user.id],
    );
    return row?.role ?? null;
  }

  describe('invitations', () => {
    it('invites a person by handle, notifies them, and lets them accept with the invited role', async () => {
      const org = await createOrganisation(t, owner.token, { name: 'Green Commons' });
      const invitee = await person('Jonas Berg');
      const created = await invite(org, owner, {
        handle: invitee.handle.toUpperCase(),
        role: 'editor',
      }).expect(201);
      expect(created.body).toEqual(
        expect.objectContaining({
          organisation: { slug: org.slug, name: 'Green Commons' },
          role: 'editor',
          handle: invitee.handle,
          email: null,
          invitedBy: { handle: owner.handle, displayName: 'Ana Popescu' },
          status: 'pending',
        }),
      );
      // An account hears of it through its notification (mailed by a job), not a mail of its own.
      await jobsSettled(t);
      const [mail] = await mailsTo(t, invitee.email);
      expect(mail?.subject).toBe('Open Spaces: Ana Popescu invited you to join Green Commons as an editor.');
      expect(mail?.links[0]).toBe(`${TEST_ORIGIN}/invitations`);

      expect((await myInvitations(invitee)).map((item) => item.id)).toEqual([created.body.id]);
      const pending = await t
        .http()
        .get(`/api/organisations/${org.slug}/invitations`)
        .set(bearer(owner.token))
        .expect(200);
      expect(pending.body.items.map((item: InvitationBody) => item.id)).toEqual([created.body.id]);

      const accepted = await t
        .http()
        .post(`/api/invitations/${created.body.id}/accept`)
        .set(bearer(invitee.token))
        .expect(200);
      expect(accepted.body).toEqual(
        expect.objectContaining({ slug: org.slug, myRole: 'editor', memberCount: 2 }),
      );
      expect(await roleIn(org, invitee)).toBe('editor');
      expect(await myInvitations(invitee)).toEqual([]);
      expectProblem(
        await t.http().post(`/api/invitations/${created.body.id}/accept`).set(bearer(invitee.token)),
        404,
        'invitation_not_found',
      );
      const afterwards = await t
        .http()
        .get(`/api/organisations/${org.slug}/invitations`)
        .set(bearer(owner.token));
      expect(afterwards.body.items).toEqual([]);
    });

    it('keeps an email invitation for that address until someone registers it and confirms it', async () => {
      const org = await createOrganisation(t, owner.token, { visibility: 'hidden' });
      const email = `newcomer-${randomBytes(4).toString('hex')}@example.org`;
      const created = await invite(org, owner, { email: email.toUpperCase(), role: 'admin' }).expect(201);
      expect(created.body).toEqual(expect.objectContaining({ email, handle: null, role: 'admin' }));
      expect((await mailsTo(t, email)).map((mail) => mail.links)).toEqual([[`${TEST_ORIGIN}/invitations`]]);

      const newcomer = await registerUser(t, { email, displayName: 'Newcomer' });
      const unverified = (await login(t, newcomer)).accessToken;
      expect(await myInvitations({ token: unverified })).toEqual([]);
      expectProblem(
        await t.http().post(`/api/invitations/${created.body.id}/accept`).set(bearer(unverified)),
        404,
        'invitation_not_found',
      );

      const token = await mailedToken(t, email, '/verify-email');
      await t.http().post('/api/auth/verify-email').send({ token }).expect(200);
      const mine = await myInvitations({ token: unverified });
      expect(mine.map((item) => [item.id, item.organisation.slug, item.role])).toEqual([
        [created.body.id, org.slug, 'admin'],
      ]);
      const accepted = await t
        .http()
        .post(`/api/invitations/${created.body.id}/accept`)
        .set(bearer(unverified))
        .expect(200);
      expect(accepted.body.myRole).toBe('admin');
      expect(await roleIn(org, newcomer)).toBe('admin');
    });

    it('lets the invitee decline, which closes the invitation without a membership', async () => {
      const org = await createOrganisation(t, owner.token);
      const invitee = await person('Declining Person');
      const created = await invite(org, owner, { handle: invitee.handle, role: 'member' }).expect(201);
      await t
        .http()
        .post(`/api/invitations/${created.body.id}/decline`)
        .set(bearer(invitee.token))
        .expect(204);
      expect(await roleIn(org, invitee)).toBeNull();
      expect(await myInvitations(invitee)).toEqual([]);
      const [row] = await t.sql<{ status: string }>('SELECT status FROM invitations WHERE id = $1', [
        created.body.id,
      ]);
      expect(row?.status).toBe('declined');
      expectProblem(
        await t.http().post(`/api/invitations/${created.body.id}/accept`).set(bearer(invitee.token)),
        404,
        'invitation_not_found',
      );
      await invite(org, owner, { handle: invitee.handle, role: 'member' }).expect(201);
    });

    it('lets an admin revoke a pending invitation, after which it cannot be accepted', async () => {
      const org = await createOrganisation(t, owner.token);
      const invitee = await person('Revoked Person');
      const created = await invite(org, owner, { handle: invitee.handle, role: 'member' }).expect(201);
      await t
        .http()
        .delete(`/api/organisations/${org.slug}/invitations/${created.body.id}`)
        .set(bearer(owner.token))
        .expect(204);
      expect(await myInvitations(invitee)).toEqual([]);
      expectProblem(
        await t.http().post(`/api/invitations/${created.body.id}/accept`).set(bearer(invitee.token)),
        404,
        'invitation_not_found',
      );
      expectProblem(
        await t
          .http()
          .delete(`/api/organisations/${org.slug}/invitations/${created.body.id}`)
          .set(bearer(owner.token)),
        404,
        'invitation_not_found',
      );
    });

    it('does not revoke an invitation of another organisation through this one', async () => {
      const mine = await createOrganisation(t, owner.token);
      const otherOwner = await person('Other Owner');
      const theirs = await createOrganisation(t, otherOwner.token);
      const invitee = await person('Their Invitee');
      const created = await invite(theirs, otherOwner, { handle: invitee.handle, role: 'member' }).expect(
        201,
      );
      expectProblem(
        await t
          .http()
          .delete(`/api/organisations/${mine.slug}/invitations/${created.body.id}`)
          .set(bearer(owner.token)),
        404,
        'invitation_not_found',
      );
      expect((await myInvitations(invitee)).map((item) => item.id)).toEqual([created.body.id]);
    });

    it('refuses to invite a member again or to invite someone twice', async () => {
      const org = await createOrganisation(t, owner.token);
      const member = await person('Existing Member');
      await addMember(t, org, member, 'member');
      expectProblem(
        await invite(org, owner, { handle: member.handle, role: 'admin' }),
        409,
        'already_member',
      );
      expectProblem(await invite(org, owner, { email: member.email, role: 'admin' }), 409, 'already_member');
      expectProblem(
        await invite(org, owner, { handle: owner.handle, role: 'member' }),
        409,
        'already_member',
      );

      const invitee = await person('Invited Once');
      await invite(org, owner, { handle: invitee.handle, role: 'member' }).expect(201);
      expectProblem(
        await invite(org, owner, { handle: invitee.handle, role: 'editor' }),
        409,
        'already_invited',
      );
      expectProblem(
        await invite(org, owner, { email: invitee.email, role: 'editor' }),
        409,
        'already_invited',
      );
      await invite(org, owner, { email: 'someone@example.org', role: 'member' }).expect(201);
      expectProblem(
        await invite(org, owner, { email: 'Someone@Example.org', role: 'member' }),
        409,
        'already_invited',
      );
    });

    it('answers an unknown, hidden or blocked handle alike, as if no one had it', async () => {
      const org = await createOrganisation(t, owner.token);
      const hidden = await person('Hidden Person', 'hidden');
      const blocker = await person('Blocking Person');
      const blocked = await person('Blocked Person');
      await t.sql('INSERT INTO blocks (blocker_id, blocked_id) VALUES ($1, $2), ($2, $3)', [
        blocker.id,
        owner.id,
        blocked.id,
      ]);
      const unknown = expectProblem(
        await invite(org, owner, { handle: 'nobody-has-this', role: 'member' }),
        404,
        'not_found',
      );
      for (const handle of [hidden.handle, blocker.handle, blocked.handle]) {
        const problem = expectProblem(await invite(org, owner, { handle, role: 'member' }), 404, 'not_found');
        expect(problem).toEqual({ ...unknown, instance: problem.instance, requestId: problem.requestId });
      }
      expect(await t.sql('SELECT 1 FROM invitations WHERE organisation_id = $1', [org.id])).toEqual([]);
    });

    it('leaves out invitations from someone across a block', async () => {
      const org = await createOrganisation(t, owner.token);
      const invitee = await person('Later Blocker');
      const created = await invite(org, owner, { handle: invitee.handle, role: 'member' }).expect(201);
      await t.sql('INSERT INTO blocks (blocker_id, blocked_id) VALUES ($1, $2)', [invitee.id, owner.id]);
      expect((await myInvitations(invitee)).map((item) => item.id)).not.toContain(created.body.id);
    });

    it('validates the invitation, naming the field', async () => {
      const org = await createOrganisation(t, owner.token);
      const badRole = expectProblem(
        await invite(org, owner, { handle: owner.handle, role: 'boss' }),
        400,
        'validation_failed',
      );
      expect(badRole.errors?.map((error) => error.field)).toContain('role');
      const badEmail = expectProblem(
        await invite(org, owner, { email: 'not-an-address', role: 'member' }),
        400,
        'validation_failed',
      );
      expect(badEmail.errors?.map((error) => error.field)).toContain('email');
      expectProblem(
        await invite(org, owner, { handle: owner.handle, email: owner.email, role: 'member' }),
        400,
        'validation_failed',
      );
      expectProblem(
        await t.http().post('/api/invitations/not-a-uuid/accept').set(bearer(owner.token)),
        404,
        'invitation_not_found',
      );
    });
  });

  describe('roles and the last owner', () => {
    it('never demotes, removes or lets go the last owner, and allows it once there is another', async () => {
      const org = await createOrganisation(t, owner.token);
      expectProblem(
        await t
          .http()
          .patch(`/api/organisations/${org.slug}/members/${owner.handle}`)
          .set(bearer(owner.token))
          .send({ role: 'admin' }),
        409,
        'last_owner',
      );
      expectProblem(
        await t
          .http()
          .delete(`/api/organisations/${org.slug}/members/${owner.handle}`)
          .set(bearer(owner.token)),
        409,
        'last_owner',
      );
      expectProblem(
        await t.http().post(`/api/organisations/${org.slug}/leave`).set(bearer(owner.token)),
        409,
        'last_owner',
      );

      const second = await person('Second Owner');
      await addMember(t, org, second, 'member');
      const promoted = await t
        .http()
        .patch(`/api/organisations/${org.slug}/members/${second.handle}`)
        .set(bearer(owner.token))
        .send({ role: 'owner' })
        .expect(200);
      expect(promoted.body).toEqual(
        expect.objectContaining({ handle: second.handle, role: 'owner', displayName: 'Second Owner' }),
      );
      await t.http().post(`/api/organisations/${org.slug}/leave`).set(bearer(owner.token)).expect(204);
      expect(await roleIn(org, owner)).toBeNull();
      expectProblem(
        await t.http().post(`/api/organisations/${org.slug}/leave`).set(bearer(second.token)),
        409,
        'last_owner',
      );
    });

    it('lets a site admin remove an owner only while another owner remains', async () => {
      const org = await createOrganisation(t, owner.token);
      const moderator = await person('Site Moderator');
      await t.sql(`UPDATE users SET role = 'admin' WHERE id = $1`, [moderator.id]);
      expectProblem(
        await t
          .http()
          .delete(`/api/organisations/${org.slug}/members/${owner.handle}`)
          .set(bearer(moderator.token)),
        409,
        'last_owner',
      );
    });

    it('answers member_not_found for a handle that is not a member, to owners and admins only', async () => {
      const org = await createOrganisation(t, owner.token);
      const outsider = await person('Outsider');
      const member = await person('Plain Member');
      await addMember(t, org, member, 'member');
      expectProblem(
        await t
          .http()
          .patch(`/api/organisations/${org.slug}/members/${outsider.handle}`)
          .set(bearer(owner.token))
          .send({ role: 'editor' }),
        404,
        'member_not_found',
      );
      expectProblem(
        await t
          .http()
          .delete(`/api/organisations/${org.slug}/members/${outsider.handle}`)
          .set(bearer(member.token)),
        403,
        'forbidden',
      );
      expectProblem(
        await t.http().post(`/api/organisations/${org.slug}/leave`).set(bearer(outsider.token)),
        404,
        'member_not_found',
      );
    });

    describe('who learns whether a handle is a member', () => {
      /** The parts of a refusal that could tell one handle from another. */
      async function refusal(request: Promise<{ status: number; body: Record<string, unknown> }>) {
        const { status, body } = await request;
        return { status, type: body.type, title: body.title, code: body.code, detail: body.detail };
      }

      it('refuses people who may not manage members alike for a member, a non-member and an unknown handle', async () => {
        const org = await createOrganisation(t, owner.token, { showMembers: false });
        const member = await person('Quiet Member');
        const editor = await person('Page Editor');
        const outsider = await person('Curious Outsider');
        const nonMember = await person('Not A Member');
        await addMember(t, org, member, 'member');
        await addMember(t, org, editor, 'editor');
        const handles = [member.handle, nonMember.handle, `no-one-${randomBytes(4).toString('hex')}`];
        const answers = [];
        for (const asker of [outsider, member, editor]) {
          for (const handle of handles) {
            const path = `/api/organisations/${org.slug}/members/${handle}`;
            answers.push(
              await refusal(t.http().patch(path).set(bearer(asker.token)).send({ role: 'member' })),
            );
            answers.push(
              await refusal(t.http().patch(path).set(bearer(asker.token)).send({ role: 'owner' })),
            );
            answers.push(await refusal(t.http().delete(path).set(bearer(asker.token))));
          }
        }
        expect(answers).toHaveLength(27);
        for (const answer of answers) {
          expect(answer).toEqual({
            status: 403,
            type: answers[0]?.type,
            title: answers[0]?.title,
            code: 'forbidden',
            detail: 'Only owners and admins manage members.',
          });
        }
        expect(await roleIn(org, member)).toBe('member');
        expect(await roleIn(org, nonMember)).toBeNull();
      });

      it('tells owners and admins precisely: changed, removed, not a member, or an owner only owners handle', async () => {
        const org = await createOrganisation(t, owner.token, { showMembers: false });
        const admin = await person('Organisation Admin');
        const member = await person('Managed Member');
        const nonMember = await person('Someone Else');
        await addMember(t, org, admin, 'admin');
        await addMember(t, org, member, 'member');
        for (const manager of [owner, admin]) {
          const changed = await t
            .http()
            .patch(`/api/organisations/${org.slug}/members/${member.handle}`)
            .set(bearer(manager.token))
            .send({ role: 'editor' })
            .expect(200);
          expect(changed.body).toEqual(expect.objectContaining({ handle: member.handle, role: 'editor' }));
          await t
            .http()
            .patch(`/api/organisations/${org.slug}/members/${member.handle}`)
            .set(bearer(manager.token))
            .send({ role: 'member' })
            .expect(200);
          for (const handle of [nonMember.handle, `no-one-${randomBytes(4).toString('hex')}`]) {
            const path = `/api/organisations/${org.slug}/members/${handle}`;
            expectProblem(
              await t.http().patch(path).set(bearer(manager.token)).send({ role: 'member' }),
              404,
              'member_not_found',
            );
            expectProblem(await t.http().delete(path).set(bearer(manager.token)), 404, 'member_not_found');
          }
        }
        const demoting = expectProblem(
          await t
            .http()
            .patch(`/api/organisations/${org.slug}/members/${owner.handle}`)
            .set(bearer(admin.token))
            .send({ role: 'member' }),
          403,
          'forbidden',
        );
        expect(demoting.detail).toBe('Only owners make, change or remove owners; admins manage the others.');
        const removing = expectProblem(
          await t
            .http()
            .delete(`/api/organisations/${org.slug}/members/${owner.handle}`)
            .set(bearer(admin.token)),
          403,
          'forbidden',
        );
        expect(removing.detail).toBe('Only owners and admins remove members, and only owners remove owners.');
        await t
          .http()
          .delete(`/api/organisations/${org.slug}/members/${member.handle}`)
          .set(bearer(admin.token))
          .expect(204);
        expect(await roleIn(org, member)).toBeNull();
        expect(await roleIn(org, owner)).toBe('owner');
      });
    });

    it('lets a member leave, after which the organisation no longer knows them', async () => {
      const org = await createOrganisation(t, owner.token);
      const member = await person('Leaving Member');
      await addMember(t, org, member, 'editor');
      await t.http().post(`/api/organisations/${org.slug}/leave`).set(bearer(member.token)).expect(204);
      const seen = await t.http().get(`/api/organisations/${org.slug}`).set(bearer(member.token)).expect(200);
      expect(seen.body).toEqual(expect.objectContaining({ myRole: null, memberCount: 1 }));
    });
  });

  describe('the member list', () => {
    let org: TestOrganisation;
    let colleague: Person;
    let membersOnly: Person;
    let hidden: Person;
    let stranger: Person;

    beforeAll(async () => {
      org = await createOrganisation(t, owner.token);
      colleague = await person('Bea Colleague');
      membersOnly = await person('Cem Members', 'members');
      hidden = await person('Dana Hidden', 'hidden');
      stranger = await person('Emil Stranger');
      await addMember(t, org, colleague, 'admin');
      await addMember(t, org, membersOnly, 'member');
      await addMember(t, org, hidden, 'editor');
    });

    it('never shows a member with a hidden profile, to anonymous visitors, other people or other members', async () => {
      expect(await memberHandles(org)).toEqual([owner.handle, colleague.handle]);
      expect(await memberHandles(org, stranger)).toEqual([
        owner.handle,
        colleague.handle,
        membersOnly.handle,
      ]);
      expect(await memberHandles(org, colleague)).toEqual([
        owner.handle,
        colleague.handle,
        membersOnly.handle,
      ]);
      expect(await memberHandles(org, owner)).not.toContain(hidden.handle);
    });

    it('shows a hidden member to themselves', async () => {
      expect(await memberHandles(org, hidden)).toContain(hidden.handle);
    });

    it('leaves hidden members out of the member count, except for themselves', async () => {
      const countFor = async (viewer?: { token: string }) => {
        const request = t.http().get(`/api/organisations/${org.slug}`);
        if (viewer) request.set(bearer(viewer.token));
        return (await request.expect(200)).body.memberCount as number;
      };
      const listed = await countFor(stranger);
      expect(listed).toBe(3);
      expect(await countFor()).toBe(3);
      expect(await countFor(hidden)).toBe(4);
      const directory = await t.http().get('/api/organisations').query({ q: org.name }).expect(200);
      expect(directory.body.items.find((item: { slug: string }) => item.slug === org.slug)?.memberCount).toBe(
        3,
      );
    });

    it('hides a blocked pair from each other on the list', async () => {
      const blocker = await person('Fay Blocker');
      await t.sql('INSERT INTO blocks (blocker_id, blocked_id) VALUES ($1, $2)', [blocker.id, colleague.id]);
      expect(await memberHandles(org, blocker)).not.toContain(colleague.handle);
      await addMember(t, org, blocker, 'member');
      expect(await memberHandles(org, colleague)).not.toContain(blocker.handle);
      expect(await memberHandles(org, stranger)).toEqual(
        expect.arrayContaining([blocker.handle, colleague.handle]),
      );
      await t.sql('DELETE FROM memberships WHERE user_id = $1', [blocker.id]);
    });

    it('pages through the members by name with a keyset cursor', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const query: Record<string, string | number> = { limit: 1 };
        if (after) query.after = after;
        const response = await t
          .http()
          .get(`/api/organisations/${org.slug}/members`)
          .set(bearer(stranger.token))
          .query(query)
          .expect(200);
        expect(response.body.items.length).toBeLessThanOrEqual(1);
        seen.push(...response.body.items.map((item: { handle: string }) => item.handle));
        after = response.body.nextCursor;
      } while (after);
      expect(seen).toEqual([owner.handle, colleague.handle, membersOnly.handle]);
    });

    it('is shown only to members when the organisation chooses not to show it', async () => {
      const closed = await createOrganisation(t, owner.token, { showMembers: false });
      await addMember(t, closed, colleague, 'member');
      expectProblem(await t.http().get(`/api/organisations/${closed.slug}/members`), 403, 'forbidden');
      expectProblem(
        await t.http().get(`/api/organisations/${closed.slug}/members`).set(bearer(stranger.token)),
        403,
        'forbidden',
      );
      expect(await memberHandles(closed, colleague)).toEqual([owner.handle, colleague.handle]);
    });
  });
});
