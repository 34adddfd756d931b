import type { OrganisationRole } from '@open-spaces/contracts';
import sharp from 'sharp';
import { addMember, createOrganisation, handleOf, type TestOrganisation } from '../factories/organisations';
import { bearer, login, registerVerifiedUser, type TestUser } from '../factories/users';
import { startTestApp, type TestApp } from '../setup/test-app';

/**
 * Who may call each organisation route: anonymous visitors, a signed-in stranger, each
 * role in the organisation and a site admin. Every case runs on an organisation of its
 * own, so one case's writes never decide another's answer.
 */
type Role = 'anonymous' | 'other' | 'member' | 'editor' | 'admin' | 'owner' | 'siteAdmin';
const ROLES: Role[] = ['anonymous', 'other', 'member', 'editor', 'admin', 'owner', 'siteAdmin'];
const ORGANISATION_ROLES: Partial<Record<Role, OrganisationRole>> = {
  member: 'member',
  editor: 'editor',
  admin: 'admin',
};

function matrix(statuses: Record<Role, number>) {
  return ROLES.map((role) => ({ role, status: statuses[role] }));
}

describe('organisation permissions, role by role', () => {
  let t: TestApp;
  const users = {} as Record<Exclude<Role, 'anonymous'>, TestUser & { token: string }>;
  let target: TestUser;
  let targetHandle: string;
  let coOwner: TestUser;
  let coOwnerHandle: string;
  let png: Buffer;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_LIMIT_PER_IP: '1000' });
    for (const role of ROLES) {
      if (role === 'anonymous') continue;
      const user = await registerVerifiedUser(t, { displayName: `The ${role}` });
      if (role === 'siteAdmin') await t.sql(`UPDATE users SET role = 'admin' WHERE id = $1`, [user.id]);
      users[role] = { ...user, token: (await login(t, user)).accessToken };
    }
    target = await registerVerifiedUser(t, { displayName: 'Target Member' });
    targetHandle = await handleOf(t, target);
    coOwner = await registerVerifiedUser(t, { displayName: 'Co Owner' });
    coOwnerHandle = await handleOf(t, coOwner);
    png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#2a7' } })
      .png()
      .toBuffer();
  });
  afterAll(() => t.close());

  function as(role: Role): Record<string, string> {
    return role === 'anonymous' ? {} : bearer(users[role].token);
  }

  /** An organisation owned by `owner`, with the member, editor and admin of the cast. */
  async function organisation(
    overrides: Parameters<typeof createOrganisation>[2] = {},
  ): Promise<TestOrganisation> {
    const created = await createOrganisation(t, users.owner.token, overrides);
    for (const [role, organisationRole] of Object.entries(ORGANISATION_ROLES)) {
      await addMember(t, created, users[role as Role & keyof typeof users], organisationRole);
    }
    return created;
  }

  async function inviteTarget(org: TestOrganisation): Promise<string> {
    const response = await t
      .http()
      .post(`/api/organisations/${org.slug}/invitations`)
      .set(as('owner'))
      .send({ handle: targetHandle, role: 'member' })
      .expect(201);
    return response.body.id;
  }

  describe('POST /api/organisations', () => {
    it.each(
      matrix({
        anonymous: 401,
        other: 201,
        member: 201,
        editor: 201,
        admin: 201,
        owner: 201,
        siteAdmin: 201,
      }),
    )('$role: $status', async ({ role, status }) => {
      const response = await t
        .http()
        .post('/api/organisations')
        .set(as(role))
        .send({
          slug: `created-by-${role.toLowerCase()}`,
          name: 'Open Rivers',
          kind: 'network',
          country: 'FR',
        });
      expect(response.status).toBe(status);
      if (status === 201) expect(response.body.myRole).toBe('owner');
    });
  });

  describe('GET /api/organisations (a hidden organisation is listed only for its members)', () => {
    it.each(matrix({ anonymous: 0, other: 0, member: 1, editor: 1, admin: 1, owner: 1, siteAdmin: 0 }))(
      '$role: $status',
      async ({ role, status }) => {
        const org = await organisation({ name: `Hidden Directory ${role}`, visibility: 'hidden' });
        const response = await t
          .http()
          .get('/api/organisations')
          .query({ q: org.name, limit: 100 })
          .set(as(role));
        expect(response.status).toBe(200);
        expect(response.body.items.filter((item: { slug: string }) => item.slug === org.slug)).toHaveLength(
          status,
        );
      },
    );
  });

  describe('GET /api/organisations/:slug', () => {
    it.each(
      matrix({
        anonymous: 200,
        other: 200,
        member: 200,
        editor: 200,
        admin: 200,
        owner: 200,
        siteAdmin: 200,
      }),
    )('public: $role: $status', async ({ role, status }) => {
      const org = await organisation();
      const response = await t.http().get(`/api/organisations/${org.slug}`).set(as(role));
      expect(response.status).toBe(status);
      expect(response.body.myRole).toBe(role === 'owner' ? 'owner' : (ORGANISATION_ROLES[role] ?? null));
    });

    it.each(
      matrix({
        anonymous: 404,
        other: 200,
        member: 200,
        editor: 200,
        admin: 200,
        owner: 200,
        siteAdmin: 200,
      }),
    )('members only: $role: $status', async ({ role, status }) => {
      const org = await organisation({ visibility: 'members' });
      expect((await t.http().get(`/api/organisations/${org.slug}`).set(as(role))).status).toBe(status);
    });

    it.each(
      matrix({
        anonymous: 404,
        other: 404,
        member: 200,
        editor: 200,
        admin: 200,
        owner: 200,
        siteAdmin: 200,
      }),
    )('hidden: $role: $status', async ({ role, status }) => {
      const org = await organisation({ visibility: 'hidden' });
      const response = await t.http().get(`/api/organisations/${org.slug}`).set(as(role));
      expect(response.status).toBe(status);
      if (status === 404) expect(response.body.code).toBe('not_found');
    });
  });

  describe('PATCH /api/organisations/:slug', () => {
    it.each(
      matrix({
        anonymous: 401,
        other: 403,
        member: 403,
        editor: 200,
        admin: 200,
        owner: 200,
        siteAdmin: 200,
      }),
    )('profile fields: $role: $status', async ({ role, status }) => {
      const org = await organisation();
      const response = await t
        .http()
        .patch(`/api/organisations/${org.slug}`)
        .set(as(role))
        .send({ name: 'Renamed Collective', description: 'We **organise**.' });
      expect(response.status).toBe(status);
      const [row] = await t.sql<{ name: string }>('SELECT name FROM organisations WHERE id = $1', [org.id]);
      expect(row?.name).toBe(status === 200 ? 'Renamed Collective' : org.name);
    });

    it.each(
      matrix({
        anonymous: 401,
        other: 403,
        member: 403,
        editor: 403,
        admin: 200,
        owner: 200,
        siteAdmin: 200,
      }),
    )('visibility and showMembers: $role: $status', async ({ role, status }) => {
      const org = await organisation();
      const response = await t
        .http()
        .patch(`/api/organisations/${org.slug}`)
        .set(as(role))
        .send({ visibility: 'members', showMembers: false });
      expect(response.status).toBe(status);
      const [row] = await t.sql<{ visibility: string }>(
        'SELECT visibility FROM organisations WHERE id = $1',
        [org.id],
      );
      expect(row?.visibility).toBe(status === 200 ? 'members' : 'public');
    });
  });

  describe('POST /api/organisations/:slug/logo', () => {
    it.each(
      matrix({
        anonymous: 401,
        other: 403,
        member: 403,
        editor: 200,
        admin: 200,
        owner: 200,
        siteAdmin: 200,
      }),
    )('$role: $status', async ({ role, status }) => {
      const org = await organisation();
      const response = await t
        .http()
        .post(`/api/organisations/${org.slug}/logo`)
        .set(as(role))
        .attach('file', png, 'logo.png');
      expect(response.status).toBe(status);
      if (status === 200) expect(response.body.logo.small).toMatch(/^\/media\/organisations\//);
    });
  });

  describe('DELETE /api/organisations/:slug/logo', () => {
    it.each(
      matrix({
        anonymous: 401,
        other: 403,
        member: 403,
        editor: 200,
        admin: 200,
        owner: 200,
        siteAdmin: 200,
      }),
    )('$role: $status', async ({ role, status }) => {
      const org = await organisation();
      await t
        .http()
        .post(`/api/organisations/${org.slug}/logo`)
        .set(as('owner'))
        .attach('file', png, 'logo.png')
        .expect(200);
      const response = await t.http().delete(`/api/organisations/${org.slug}/logo`).set(as(role));
      expect(response.status).toBe(status);
      const [row] = await t.sql<{ logo_key: string | null }>(
        'SELECT logo_key FROM organisations WHERE id = $1',
        [org.id],
      );
      expect(row?.logo_key === null).toBe(status === 200);
    });
  });

  describe('GET /api/organisations/:slug/members', () => {
    it.each(
      matrix({
        anonymous: 200,
        other: 200,
        member: 200,
        editor: 200,
        admin: 200,
        owner: 200,
        siteAdmin: 200,
      }),
    )('shown: $role: $status', async ({ role, status }) => {
      const org = await organisation();
      await t.sql(`UPDATE profiles SET visibility = 'public' WHERE user_id = $1`, [users.owner.id]);
      const response = await t.http().get(`/api/organisations/${org.slug}/members`).set(as(role));
      expect(response.status).toBe(status);
      expect(response.body.items.map((item: { role: string }) => item.role)).toContain('owner');
    });

    it.each(
      matrix({
        anonymous: 403,
        other: 403,
        member: 200,
        editor: 200,
        admin: 200,
        owner: 200,
        siteAdmin: 200,
      }),
    )('not shown: $role: $status', async ({ role, status }) => {
      const org = await organisation({ showMembers: false });
      const response = await t.http().get(`/api/organisations/${org.slug}/members`).set(as(role));
      expect(response.status).toBe(status);
      if (status === 403) expect(response.body.items).toBeUndefined();
    });
  });

  describe('POST /api/organisations/:slug/invitations', () => {
    it.each(
      matrix({
        anonymous: 401,
        other: 403,
        member: 403,
        editor: 403,
        admin: 201,
        owner: 201,
        siteAdmin: 201,
      }),
    )('as member: $role: $status', async ({ role, status }) => {
      const org = await organisation();
      const response = await t
        .http()
        .post(`/api/organisations/${org.slug}/invitations`)
        .set(as(role))
        .send({ handle: targetHandle, role: 'member' });
      expect(response.status).toBe(status);
      const rows = await t.sql('SELECT 1 FROM invitations WHERE organisation_id = $1', [org.id]);
      expect(rows).toHaveLength(status === 201 ? 1 : 0);
    });

    it.each(
      matrix({
        anonymous: 401,
        other: 403,
        member: 403,
        editor: 403,
        admin: 403,
        owner: 201,
        siteAdmin: 201,
      }),
    )('as owner: $role: $status', async ({ role, status }) => {
      const org = await organisation();
      const response = await t
        .http()
        .post(`/api/organisations/${org.slug}/invitations`)
        .set(as(role))
        .send({ email: 'future-owner@example.org', role: 'owner' });
      expect(response.status).toBe(status);
    });
  });

  describe('GET /api/organisations/:slug/invitations', () => {
    it.each(
      matrix({
        anonymous: 401,
        other: 403,
        member: 403,
        editor: 403,
        admin: 200,
        owner: 200,
        siteAdmin: 200,
      }),
    )('$role: $status', async ({ role, status }) => {
      const org = await organisation();
      await inviteTarget(org);
      const response = await t.http().get(`/api/organisations/${org.slug}/invitations`).set(as(role));
      expect(response.status).toBe(status);
      if (status === 200)
        expect(response.body.items.map((item: { handle: string }) => item.handle)).toEqual([targetHandle]);
    });
  });

  describe('DELETE /api/organisations/:slug/invitations/:id', () => {
    it.each(
      matrix({
        anonymous: 401,
        other: 403,
        member: 403,
        editor: 403,
        admin: 204,
        owner: 204,
        siteAdmin: 204,
      }),
    )('$role: $status', async ({ role, status }) => {
      const org = await organisation();
      const id = await inviteTarget(org);
      const response = await t
        .http()
        .delete(`/api/organisations/${org.slug}/invitations/${id}`)
        .set(as(role));
      expect(response.status).toBe(status);
      const [row] = await t.sql<{ status: string }>('SELECT status FROM invitations WHERE id = $1', [id]);
      expect(row?.status).toBe(status === 204 ? 'revoked' : 'pending');
    });
  });

  describe('GET /api/me/invitations', () => {
    it.each(
      matrix({
        anonymous: 401,
        other: 200,
        member: 200,
        editor: 200,
        admin: 200,
        owner: 200,
        siteAdmin: 200,
      }),
    )("shows nobody else's invitations: $role: $status", async ({ role, status }) => {
      await inviteTarget(await organisation());
      const response = await t.http().get('/api/me/invitations').set(as(role));
      expect(response.status).toBe(status);
      if (status === 200) expect(response.body.items).toEqual([]);
    });
  });

  describe.each(['accept', 'decline'])('POST /api/invitations/:id/%s (only the invitee)', (action) => {
    it.each(
      matrix({
        anonymous: 401,
        other: 404,
        member: 404,
        editor: 404,
        admin: 404,
        owner: 404,
        siteAdmin: 404,
      }),
    )('$role: $status', async ({ role, status }) => {
      const id = await inviteTarget(await organisation());
      const response = await t.http().post(`/api/invitations/${id}/${action}`).set(as(role));
      expect(response.status).toBe(status);
      const [row] = await t.sql<{ status: string }>('SELECT status FROM invitations WHERE id = $1', [id]);
      expect(row?.status).toBe('pending');
    });
  });

  describe('PATCH /api/organisations/:slug/members/:handle', () => {
    it.each(
      matrix({
        anonymous: 401,
        other: 403,
        member: 403,
        editor: 403,
        admin: 200,
        owner: 200,
        siteAdmin: 200,
      }),
    )('member to editor: $role: $status', async ({ role, status }) => {
      const org = await organisation();
      await addMember(t, org, target, 'member');
      const response = await t
        .http()
        .patch(`/api/organisations/${org.slug}/members/${targetHandle}`)
        .set(as(role))
        .send({ role: 'editor' });
      expect(response.status).toBe(status);
      expect(await roleIn(org, target)).toBe(status === 200 ? 'editor' : 'member');
    });

    it.each(
      matrix({
        anonymous: 401,
        other: 403,
        member: 403,
        editor: 403,
        admin: 403,
        owner: 200,
        siteAdmin: 200,
      }),
    )('member to owner: $role: $status', async ({ role, status }) => {
      const org = await organisation();
      await addMember(t, org, target, 'member');
      const response = await t
        .http()
        .patch(`/api/organisations/${org.slug}/members/${targetHandle}`)
        .set(as(role))
        .send({ role: 'owner' });
      expect(response.status).toBe(status);
      expect(await roleIn(org, target)).toBe(status === 200 ? 'owner' : 'member');
    });

    it.each(
      matrix({
        anonymous: 401,
        other: 403,
        member: 403,
        editor: 403,
        admin: 403,
        owner: 200,
        siteAdmin: 200,
      }),
    )('owner to admin: $role: $status', async ({ role, status }) => {
      const org = await organisation();
      await addMember(t, org, coOwner, 'owner');
      const response = await t
        .http()
        .patch(`/api/organisations/${org.slug}/members/${coOwnerHandle}`)
        .set(as(role))
        .send({ role: 'admin' });
      expect(response.status).toBe(status);
      expect(await roleIn(org, coOwner)).toBe(status === 200 ? 'admin' : 'owner');
    });
  });

  describe('DELETE /api/organisations/:slug/members/:handle', () => {
    it.each(
      matrix({
        anonymous: 401,
        other: 403,
        member: 403,
        editor: 403,
        admin: 204,
        owner: 204,
        siteAdmin: 204,
      }),
    )('a member: $role: $status', async ({ role, status }) => {
      const org = await organisation();
      await addMember(t, org, target, 'member');
      const response = await t
        .http()
        .delete(`/api/organisations/${org.slug}/members/${targetHandle}`)
        .set(as(role));
      expect(response.status).toBe(status);
      expect(await roleIn(org, target)).toBe(status === 204 ? null : 'member');
    });

    it.each(
      matrix({
        anonymous: 401,
        other: 403,
        member: 403,
        editor: 403,
        admin: 403,
        owner: 204,
        siteAdmin: 204,
      }),
    )('an owner: $role: $status', async ({ role, status }) => {
      const org = await organisation();
      await addMember(t, org, coOwner, 'owner');
      const response = await t
        .http()
        .delete(`/api/organisations/${org.slug}/members/${coOwnerHandle}`)
        .set(as(role));
      expect(response.status).toBe(status);
      expect(await roleIn(org, coOwner)).toBe(status === 204 ? null : 'owner');
    });
  });

  describe('POST /api/organisations/:slug/leave', () => {
    it.each(
      matrix({
        anonymous: 401,
        other: 404,
        member: 204,
        editor: 204,
        admin: 204,
        owner: 409,
        siteAdmin: 404,
      }),
    )('$role: $status', async ({ role, status }) => {
      const org = await organisation();
      const response = await t.http().post(`/api/organisations/${org.slug}/leave`).set(as(role));
      expect(response.status).toBe(status);
      if (status === 409) expect(response.body.code).toBe('last_owner');
      if (status === 404) expect(response.body.code).toBe('member_not_found');
      if (role !== 'anonymous')
        expect(await roleIn(org, users[role])).toBe(status === 204 ? null : expectedRole(role));
    });
  });

  function expectedRole(role: Role): OrganisationRole | null {
    return role === 'owner' ? 'owner' : (ORGANISATION_ROLES[role] ?? null);
  }

  async function roleIn(org: TestOrganisation, user: { id: string }): Promise<string | null> {
    const [row] = await t.sql<{ role: string }>(
      'SELECT role FROM memberships WHERE organisation_id = $1 AND user_id = $2',
      [org.id, user.id],
    );
    return row?.role ?? null;
  }
});
