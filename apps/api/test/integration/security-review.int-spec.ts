import { randomBytes } from 'node:crypto';
import { bearer, login, mailsTo, registerUser, registerVerifiedUser } from '../factories/users';
import { jobsSettled } from '../setup/jobs';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';

interface Person {
  id: string;
  email: string;
  handle: string;
  headers: Record<string, string>;
}

type Visibility = 'public' | 'members' | 'hidden';

async function person(t: TestApp, visibility: Visibility = 'public', verified = false): Promise<Person> {
  const user = verified ? await registerVerifiedUser(t) : await registerUser(t);
  const handle = `p-${randomBytes(4).toString('hex')}`;
  await t.sql('UPDATE profiles SET handle = $2, visibility = $3 WHERE user_id = $1', [
    user.id,
    handle,
    visibility,
  ]);
  const { accessToken } = await login(t, user);
  return { id: user.id, email: user.email, handle, headers: bearer(accessToken) };
}

async function organisation(
  t: TestApp,
  visibility: Visibility = 'public',
): Promise<{ id: string; slug: string }> {
  const slug = `org-${randomBytes(4).toString('hex')}`;
  const [row] = await t.sql<{ id: string }>(
    `INSERT INTO organisations (slug, name, kind, country, visibility)
     VALUES ($1, $2, 'cso', 'DE', $3) RETURNING id`,
    [slug, `Organisation ${slug}`, visibility],
  );
  return { id: row?.id as string, slug };
}

async function addMember(t: TestApp, organisationId: string, userId: string, role: string) {
  await t.sql('INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, $3)', [
    organisationId,
    userId,
    role,
  ]);
}

function follow(t: TestApp, who: Person, type: string, target: string) {
  return t.http().post('/api/follows').set(who.headers).send({ type, target }).expect(200);
}

describe('security review', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_LIMIT_PER_IP: '10000' });
  });

  afterAll(async () => {
    await t.close();
  });

  describe('profile page counts', () => {
    it('counts followers and followings on a profile page the way the lists show them', async () => {
      const star = await person(t);
      const publicFan = await person(t);
      const membersFan = await person(t, 'members');
      const hiddenFan = await person(t, 'hidden');
      const blockedFan = await person(t);
      const viewer = await person(t);
      for (const fan of [publicFan, membersFan, hiddenFan, blockedFan])
        await follow(t, fan, 'profile', star.handle);
      await t.http().post('/api/blocks').set(viewer.headers).send({ handle: blockedFan.handle }).expect(204);
      // The star follows a hidden person and a hidden organisation as well as a public person.
      const ghost = await person(t, 'hidden');
      const hiddenOrg = await organisation(t, 'hidden');
      await addMember(t, hiddenOrg.id, star.id, 'member');
      await t.sql(
        `INSERT INTO follows (follower_id, target_type, target_id) VALUES
           ($1, 'profile', $2), ($1, 'organisation', $3), ($1, 'profile', $4)`,
        [star.id, ghost.id, hiddenOrg.id, publicFan.id],
      );

      const anonymous = await t.http().get(`/api/profiles/${star.handle}`).expect(200);
      const anonymousFollowers = await t.http().get(`/api/profiles/${star.handle}/followers`).expect(200);
      const anonymousPeople = await t.http().get(`/api/profiles/${star.handle}/following/people`).expect(200);
      const anonymousOrganisations = await t
        .http()
        .get(`/api/profiles/${star.handle}/following/organisations`)
        .expect(200);
      expect(anonymous.body.followerCount).toBe(anonymousFollowers.body.items.length);
      expect(anonymous.body.followingCount).toBe(
        anonymousPeople.body.items.length + anonymousOrganisations.body.items.length,
      );
      expect(anonymous.body).toEqual(expect.objectContaining({ followerCount: 2, followingCount: 1 }));

      const signedIn = await t.http().get(`/api/profiles/${star.handle}`).set(viewer.headers).expect(200);
      const followers = await t
        .http()
        .get(`/api/profiles/${star.handle}/followers`)
        .set(viewer.headers)
        .expect(200);
      expect(signedIn.body.followerCount).toBe(followers.body.items.length);
      expect(signedIn.body.followerCount).toBe(2);
    });
  });

  describe('invitations', () => {
    it('does not reveal a hidden inviter, or their membership, to the person invited', async () => {
      const hiddenAdmin = await person(t, 'hidden', true);
      const invitee = await person(t);
      const org = await organisation(t);
      await addMember(t, org.id, hiddenAdmin.id, 'admin');
      await t.sql(`UPDATE users SET display_name = 'Ilse Verborgen' WHERE id = $1`, [hiddenAdmin.id]);
      const created = await t
        .http()
        .post(`/api/organisations/${org.slug}/invitations`)
        .set(hiddenAdmin.headers)
        .send({ handle: invitee.handle, role: 'member' })
        .expect(201);
      // The inviter sees their own invitation as sent by themself.
      expect(created.body.invitedBy).toEqual(expect.objectContaining({ handle: hiddenAdmin.handle }));

      const mine = await t.http().get('/api/me/invitations').set(invitee.headers).expect(200);
      expect(mine.body.items).toHaveLength(1);
      expect(mine.body.items[0].invitedBy).toBeNull();
      expect(JSON.stringify(mine.body)).not.toContain(hiddenAdmin.handle);
      await jobsSettled(t);
      const [mail] = await mailsTo(t, invitee.email);
      expect(mail?.text).toContain('Someone invited you');
      expect(mail?.text).not.toContain('Ilse Verborgen');
      expectProblem(
        await t.http().get(`/api/profiles/${hiddenAdmin.handle}`).set(invitee.headers),
        404,
        'not_found',
      );
    });

    it('does not show a co-manager the hidden profile an invitation went to', async () => {
      const owner = await person(t, 'public', true);
      const coAdmin = await person(t);
      const invitee = await person(t);
      const org = await organisation(t);
      await addMember(t, org.id, owner.id, 'owner');
      await addMember(t, org.id, coAdmin.id, 'admin');
      await t
        .http()
        .post(`/api/organisations/${org.slug}/invitations`)
        .set(owner.headers)
        .send({ handle: invitee.handle, role: 'member' })
        .expect(201);
      await t.sql(`UPDATE profiles SET visibility = 'hidden' WHERE user_id = $1`, [invitee.id]);

      const pending = await t
        .http()
        .get(`/api/organisations/${org.slug}/invitations`)
        .set(coAdmin.headers)
        .expect(200);
      expect(pending.body.items).toHaveLength(1);
      expect(pending.body.items[0].handle).toBeNull();
      expect(JSON.stringify(pending.body)).not.toContain(invitee.handle);
    });
  });

  describe('organisation edits', () => {
    it('refuses a PATCH with countries, topics and offers or needs that are not in the taxonomy', async () => {
      const owner = await person(t);
      const org = await organisation(t);
      await addMember(t, org.id, owner.id, 'owner');
      const response = await t
        .http()
        .patch(`/api/organisations/${org.slug}`)
        .set(owner.headers)
        .send({ country: 'XX', countriesActive: ['QQ'], topics: ['astrology'], offers: ['time-travel'] });
      const problem = expectProblem(response, 400, 'unknown_taxonomy_value');
      expect(problem.errors?.map((error) => error.field).sort()).toEqual([
        'countriesActive.0',
        'country',
        'offers.0',
        'topics.0',
      ]);
      const [row] = await t.sql<{ country: string; topics: string[] }>(
        'SELECT country, topics FROM organisations WHERE id = $1',
        [org.id],
      );
      expect(row).toEqual({ country: 'DE', topics: [] });
    });
  });
});
