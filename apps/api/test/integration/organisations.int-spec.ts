import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { addMember, createOrganisation, newOrganisationInput } from '../factories/organisations';
import { bearer, login, registerUser, registerVerifiedUser, type TestUser } from '../factories/users';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';

interface Summary {
  slug: string;
  name: string;
  memberCount: number;
}

describe('organisations: pages, directory and logo', () => {
  let t: TestApp;
  let dataDir: string;
  let owner: TestUser;
  let ownerToken: string;
  let stranger: TestUser;
  let strangerToken: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'open-spaces-organisations-'));
    t = await startTestApp({ LOGIN_LIMIT_PER_IP: '1000', DATA_DIR: dataDir });
    owner = await registerVerifiedUser(t, { displayName: 'Ana Popescu' });
    ownerToken = (await login(t, owner)).accessToken;
    stranger = await registerVerifiedUser(t, { displayName: 'Jonas Berg' });
    strangerToken = (await login(t, stranger)).accessToken;
  });
  afterAll(() => t.close());

  describe('creating', () => {
    it('makes the creator its owner and renders the description safely', async () => {
      const response = await t
        .http()
        .post('/api/organisations')
        .set(bearer(ownerToken))
        .send({
          slug: 'Clean-Air-Coalition',
          name: 'Clean Air Coalition',
          kind: 'network',
          country: 'pl',
          countriesActive: ['PL', 'CZ'],
          description: 'We **campaign**. <script>alert(1)</script>',
          website: 'https://cleanair.example.org',
          foundedYear: 2011,
          size: '6-20',
          transparencyRegisterId: '123456789012-34',
        })
        .expect(201);
      expect(response.body).toEqual(
        expect.objectContaining({
          slug: 'clean-air-coalition',
          country: 'PL',
          countriesActive: ['PL', 'CZ'],
          myRole: 'owner',
          memberCount: 1,
          followerCount: 0,
          followedByMe: false,
          visibility: 'public',
          showMembers: true,
          logo: null,
          transparencyRegisterId: '123456789012-34',
        }),
      );
      expect(response.body.descriptionHtml).toContain('<strong>campaign</strong>');
      expect(response.body.descriptionHtml).not.toContain('<script');
      const members = await t.sql(
        'SELECT role FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE o.slug = $1 AND m.user_id = $2',
        ['clean-air-coalition', owner.id],
      );
      expect(members).toEqual([{ role: 'owner' }]);
    });

    it('refuses a slug that is taken, naming the field', async () => {
      const first = await createOrganisation(t, ownerToken);
      const response = await t
        .http()
        .post('/api/organisations')
        .set(bearer(strangerToken))
        .send(newOrganisationInput({ slug: first.slug }));
      const problem = expectProblem(response, 409, 'slug_taken');
      expect(problem.errors?.map((error) => error.field)).toEqual(['slug']);
    });

    it('requires a confirmed email address', async () => {
      const unverified = await registerUser(t);
      const { accessToken } = await login(t, unverified);
      expectProblem(
        await t.http().post('/api/organisations').set(bearer(accessToken)).send(newOrganisationInput()),
        403,
        'email_not_verified',
      );
    });

    it.each([
      ['slug', { slug: 'Not a slug!' }],
      ['slug', { slug: '-edge-' }],
      ['transparencyRegisterId', { transparencyRegisterId: '12345-6' }],
      ['foundedYear', { foundedYear: 1700 }],
      ['foundedYear', { foundedYear: 2011.5 }],
      ['website', { website: 'javascript:alert(1)' }],
      ['kind', { kind: 'company' }],
      ['country', { country: 'Germany' }],
    ])('names the field %s when it is not valid', async (field, overrides) => {
      const response = await t
        .http()
        .post('/api/organisations')
        .set(bearer(ownerToken))
        .send({ ...newOrganisationInput(), ...overrides });
      const problem = expectProblem(response, 400, 'validation_failed');
      expect(problem.errors?.map((error) => error.field)).toEqual([field]);
    });

    it('refuses countries, topics and offers or needs that are not in the taxonomy, naming each', async () => {
      const response = await t
        .http()
        .post('/api/organisations')
        .set(bearer(ownerToken))
        .send({
          ...newOrganisationInput({ country: 'XX' }),
          countriesActive: ['DE', 'QQ'],
          topics: ['human-rights', 'astrology'],
          offers: ['time-travel'],
          needs: ['fundraising'],
        });
      const problem = expectProblem(response, 400, 'unknown_taxonomy_value');
      expect(problem.errors?.map((error) => error.field).sort()).toEqual([
        'countriesActive.1',
        'country',
        'offers.0',
        'topics.1',
      ]);
    });

    it('keeps a retired topic an organisation already has, but refuses it to others', async () => {
      const org = await createOrganisation(t, ownerToken, { topics: ['youth'] });
      const curator = await registerVerifiedUser(t);
      await t.sql(`UPDATE users SET role = 'admin' WHERE id = $1`, [curator.id]);
      const curatorToken = (await login(t, curator)).accessToken;
      const retire = (retired: boolean) =>
        t.http().patch('/api/taxonomy/topics/youth').set(bearer(curatorToken)).send({ retired }).expect(200);
      await retire(true);
      try {
        await t
          .http()
          .patch(`/api/organisations/${org.slug}`)
          .set(bearer(ownerToken))
          .send({ topics: ['youth', 'education'] })
          .expect(200);
        const problem = expectProblem(
          await t
            .http()
            .post('/api/organisations')
            .set(bearer(ownerToken))
            .send(newOrganisationInput({ topics: ['youth'] })),
          400,
          'unknown_taxonomy_value',
        );
        expect(problem.errors?.map((error) => error.field)).toEqual(['topics.0']);
      } finally {
        await retire(false);
      }
    });

    it('names every missing required field', async () => {
      const response = await t.http().post('/api/organisations').set(bearer(ownerToken)).send({});
      const problem = expectProblem(response, 400, 'validation_failed');
      expect(problem.errors?.map((error) => error.field).sort()).toEqual(['country', 'kind', 'name', 'slug']);
    });
  });

  describe('reading and editing', () => {
    it('answers 404 for an organisation that does not exist, exactly like one the viewer may not see', async () => {
      const hidden = await createOrganisation(t, ownerToken, { visibility: 'hidden' });
      const missing = expectProblem(
        await t.http().get('/api/organisations/no-such-organisation'),
        404,
        'not_found',
      );
      const invisible = expectProblem(
        await t.http().get(`/api/organisations/${hidden.slug}`).set(bearer(strangerToken)),
        404,
        'not_found',
      );
      expect(invisible.detail).toBe(missing.detail);
    });

    it('counts members, and followers as the viewer would see them listed, and tells the viewer whether they follow it', async () => {
      const org = await createOrganisation(t, ownerToken);
      await addMember(t, org, stranger, 'member');
      await t.sql(
        `INSERT INTO follows (follower_id, target_type, target_id) VALUES ($1, 'organisation', $2)`,
        [stranger.id, org.id],
      );
      const seen = await t
        .http()
        .get(`/api/organisations/${org.slug}`)
        .set(bearer(strangerToken))
        .expect(200);
      expect(seen.body).toEqual(
        expect.objectContaining({ memberCount: 2, followerCount: 1, followedByMe: true, myRole: 'member' }),
      );
      const anonymous = await t.http().get(`/api/organisations/${org.slug}`).expect(200);
      // The follower's profile is for members only, so an anonymous visitor does not count them.
      expect(anonymous.body).toEqual(
        expect.objectContaining({ followedByMe: false, myRole: null, followerCount: 0, memberCount: 2 }),
      );
    });

    it('changes only the fields sent, including the slug, which must stay unique', async () => {
      const org = await createOrganisation(t, ownerToken, { description: 'Before', foundedYear: 1999 });
      const other = await createOrganisation(t, ownerToken);
      const renamed = `${org.slug}-new`;
      const response = await t
        .http()
        .patch(`/api/organisations/${org.slug}`)
        .set(bearer(ownerToken))
        .send({ slug: renamed, topics: ['climate-and-environment'], website: null })
        .expect(200);
      expect(response.body).toEqual(
        expect.objectContaining({ slug: renamed, description: 'Before', foundedYear: 1999, website: null }),
      );
      expect(response.body.topics).toEqual(['climate-and-environment']);
      expectProblem(
        await t
          .http()
          .patch(`/api/organisations/${renamed}`)
          .set(bearer(ownerToken))
          .send({ slug: other.slug }),
        409,
        'slug_taken',
      );
      expectProblem(
        await t
          .http()
          .patch(`/api/organisations/${renamed}`)
          .set(bearer(ownerToken))
          .send({ foundedYear: 3000 }),
        400,
        'validation_failed',
      );
    });
    it('keeps a description nested deeper than Markdown shows, and shows it as bounded, safe HTML', async () => {
      const description = '>'.repeat(10_000);
      const org = await createOrganisation(t, ownerToken, { description });
      const saved = await t
        .http()
        .patch(`/api/organisations/${org.slug}`)
        .set(bearer(ownerToken))
        .send({ description })
        .expect(200);
      expect(saved.body.description).toBe(description);
      expect(saved.body.descriptionHtml).toMatch(/^<blockquote>/);
      expect(saved.body.descriptionHtml).toContain('&gt;&gt;&gt;');
      const nestedList = Array.from({ length: 90 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
      await t
        .http()
        .patch(`/api/organisations/${org.slug}`)
        .set(bearer(ownerToken))
        .send({ description: nestedList })
        .expect(200);
      const read = await t.http().get(`/api/organisations/${org.slug}`).expect(200);
      expect(read.body.description).toBe(nestedList);
      expect(read.body.descriptionHtml).toContain('<li>level 0');
      expect(read.body.descriptionHtml).toContain('level 89');
    });
  });

  describe('GET /api/organisations', () => {
    let directoryOwner: TestUser;
    let directoryToken: string;
    beforeAll(async () => {
      directoryOwner = await registerVerifiedUser(t, { displayName: 'Directory Owner' });
      directoryToken = (await login(t, directoryOwner)).accessToken;
      const make = (name: string, overrides: Parameters<typeof createOrganisation>[2]) =>
        createOrganisation(t, directoryToken, { name: `Zeta ${name}`, ...overrides });
      await make('Alpha Rights', {
        kind: 'cso',
        country: 'DE',
        topics: ['human-rights'],
        offers: ['legal-advice'],
      });
      await make('Beta Climate', {
        kind: 'network',
        country: 'FR',
        topics: ['climate-and-environment'],
        needs: ['fundraising'],
      });
      await make('Gamma Media', { kind: 'media', country: 'DE', offers: ['translation'] });
      await make('Delta Members Only', { kind: 'cso', country: 'DE', visibility: 'members' });
      await make('Epsilon Hidden', { kind: 'cso', country: 'DE', visibility: 'hidden' });
      await make('100% under_score', { kind: 'research', country: 'AT' });
    });

    async function names(query: Record<string, string | number>, token?: string): Promise<string[]> {
      const request = t
        .http()
        .get('/api/organisations')
        .query({ q: 'Zeta', limit: 100, ...query });
      if (token) request.set(bearer(token));
      const response = await request.expect(200);
      return response.body.items.map((item: Summary) => item.name);
    }

    it('lists public organisations by name for anonymous visitors, with their member counts', async () => {
      const response = await t.http().get('/api/organisations').query({ q: 'Zeta' }).expect(200);
      expect(response.body.items.map((item: Summary) => item.name)).toEqual([
        'Zeta 100% under_score',
        'Zeta Alpha Rights',
        'Zeta Beta Climate',
        'Zeta Gamma Media',
      ]);
      expect(response.body.items.every((item: Summary) => item.memberCount === 1)).toBe(true);
    });

    it('adds members-only organisations for signed-in people, and hidden ones only for their members', async () => {
      expect(await names({}, strangerToken)).toEqual([
        'Zeta 100% under_score',
        'Zeta Alpha Rights',
        'Zeta Beta Climate',
        'Zeta Delta Members Only',
        'Zeta Gamma Media',
      ]);
      expect(await names({}, directoryToken)).toContain('Zeta Epsilon Hidden');
    });

    it('filters by kind, country, topic, offers and needs, and combines them', async () => {
      expect(await names({ kind: 'media' })).toEqual(['Zeta Gamma Media']);
      expect(await names({ country: 'de' })).toEqual(['Zeta Alpha Rights', 'Zeta Gamma Media']);
      expect(await names({ topic: 'climate-and-environment' })).toEqual(['Zeta Beta Climate']);
      expect(await names({ offers: 'legal-advice' })).toEqual(['Zeta Alpha Rights']);
      expect(await names({ needs: 'fundraising' })).toEqual(['Zeta Beta Climate']);
      expect(await names({ country: 'DE', kind: 'cso' })).toEqual(['Zeta Alpha Rights']);
      expect(await names({ country: 'DE', kind: 'cso' }, directoryToken)).toEqual([
        'Zeta Alpha Rights',
        'Zeta Delta Members Only',
        'Zeta Epsilon Hidden',
      ]);
    });

    it('matches the name anywhere and case-insensitively, treating % and _ as plain characters', async () => {
      expect(await names({ q: 'zeta beta' })).toEqual(['Zeta Beta Climate']);
      expect(await names({ q: 'CLIMATE' })).toEqual(['Zeta Beta Climate']);
      expect(await names({ q: '0% u' })).toEqual(['Zeta 100% under_score']);
      expect(await names({ q: 'a_C' })).toEqual([]);
    });

    it('pages through every visible organisation once, in order, with a keyset cursor', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const query: Record<string, string | number> = { q: 'Zeta', limit: 2 };
        if (after) query.after = after;
        const response = await t
          .http()
          .get('/api/organisations')
          .set(bearer(strangerToken))
          .query(query)
          .expect(200);
        expect(response.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...response.body.items.map((item: Summary) => item.name));
        after = response.body.nextCursor;
      } while (after);
      expect(seen).toEqual(await names({}, strangerToken));
      expect(seen).toHaveLength(5);
    });

    it('refuses a forged cursor and bad filters, naming the field', async () => {
      const cursor = expectProblem(
        await t.http().get('/api/organisations').query({ after: 'bm9wZQ' }),
        400,
        'validation_failed',
      );
      expect(cursor.errors?.map((error) => error.field)).toEqual(['after']);
      const kind = expectProblem(
        await t.http().get('/api/organisations').query({ kind: 'company' }),
        400,
        'validation_failed',
      );
      expect(kind.errors?.map((error) => error.field)).toEqual(['kind']);
      const limit = expectProblem(
        await t.http().get('/api/organisations').query({ limit: 1000 }),
        400,
        'validation_failed',
      );
      expect(limit.errors?.map((error) => error.field)).toEqual(['limit']);
    });
  });

  describe('logo', () => {
    function mediaFiles(): string[] {
      try {
        return readdirSync(join(dataDir, 'media', 'organisations'), { recursive: true }).map(String);
      } catch {
        return [];
      }
    }

    it('re-encodes an uploaded image, serves it with long cache headers and removes the old one when replaced', async () => {
      const org = await createOrganisation(t, ownerToken);
      const png = await sharp({ create: { width: 800, height: 500, channels: 4, background: '#c33' } })
        .png()
        .toBuffer();
      const first = await t
        .http()
        .post(`/api/organisations/${org.slug}/logo`)
        .set(bearer(ownerToken))
        .attach('file', png, 'logo.png')
        .expect(200);
      const served = await t.http().get(first.body.logo.large).expect(200);
      expect(served.headers['cache-control']).toContain('immutable');
      expect(await sharp(served.body).metadata()).toEqual(
        expect.objectContaining({ format: 'webp', width: 400, height: 400 }),
      );

      const jpeg = await sharp({ create: { width: 120, height: 120, channels: 3, background: '#33c' } })
        .jpeg()
        .toBuffer();
      const second = await t
        .http()
        .post(`/api/organisations/${org.slug}/logo`)
        .set(bearer(ownerToken))
        .attach('file', jpeg, 'logo.jpg')
        .expect(200);
      expect(second.body.logo.small).not.toBe(first.body.logo.small);
      await t.http().get(first.body.logo.large).expect(404);
      const removed = await t
        .http()
        .delete(`/api/organisations/${org.slug}/logo`)
        .set(bearer(ownerToken))
        .expect(200);
      expect(removed.body.logo).toBeNull();
      await t.http().get(second.body.logo.small).expect(404);
    });

    it('refuses a file that is not an image, whatever its name, and stores nothing', async () => {
      const org = await createOrganisation(t, ownerToken);
      const before = mediaFiles();
      const response = await t
        .http()
        .post(`/api/organisations/${org.slug}/logo`)
        .set(bearer(ownerToken))
        .attach('file', Buffer.from('%PDF-1.7 not an image'), {
          filename: 'logo.png',
          contentType: 'image/png',
        });
      const problem = expectProblem(response, 400, 'image_invalid');
      expect(problem.errors?.map((error) => error.field)).toEqual(['file']);
      expect(mediaFiles()).toEqual(before);
      const [row] = await t.sql<{ logo_key: string | null }>(
        'SELECT logo_key FROM organisations WHERE id = $1',
        [org.id],
      );
      expect(row?.logo_key).toBeNull();
    });

    it('refuses a file over 5 MB with 413 and stores nothing', async () => {
      const org = await createOrganisation(t, ownerToken);
      const before = mediaFiles();
      const png = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#000' } })
        .png()
        .toBuffer();
      const oversized = Buffer.concat([png, Buffer.alloc(5 * 1024 * 1024)]);
      const response = await t
        .http()
        .post(`/api/organisations/${org.slug}/logo`)
        .set(bearer(ownerToken))
        .attach('file', oversized, 'logo.png');
      expectProblem(response, 413, 'image_too_large');
      expect(mediaFiles()).toEqual(before);
    });

    it('refuses a request without a file field', async () => {
      const org = await createOrganisation(t, ownerToken);
      expectProblem(
        await t
          .http()
          .post(`/api/organisations/${org.slug}/logo`)
          .set(bearer(ownerToken))
          .send({ file: 'x' }),
        400,
        'image_invalid',
      );
      expectProblem(
        await t
          .http()
          .post(`/api/organisations/${org.slug}/logo`)
          .set(bearer(ownerToken))
          .field('other', 'x'),
        400,
        'image_invalid',
      );
    });
  });
});
