import { bearer, login, registerVerifiedUser } from '../factories/users';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';

interface TaxonomyBody {
  topics: { slug: string; names: { en: string; de: string; fr: string }; retired: boolean }[];
  countries: { code: string; names: { en: string; de: string; fr: string }; europe: boolean }[];
  languages: { code: string; names: { en: string; de: string; fr: string } }[];
  support: { slug: string; names: { en: string; de: string; fr: string } }[];
}

const newTopic = {
  slug: 'water-justice',
  names: { en: 'Water justice', de: 'Wassergerechtigkeit', fr: "Justice de l'eau" },
};

describe('taxonomy', () => {
  let t: TestApp;
  let admin: string;
  let member: string;
  beforeAll(async () => {
    t = await startTestApp();
    const adminUser = await registerVerifiedUser(t, { displayName: 'Site Admin' });
    await t.sql("UPDATE users SET role = 'admin' WHERE id = $1", [adminUser.id]);
    admin = (await login(t, adminUser)).accessToken;
    member = (await login(t, await registerVerifiedUser(t))).accessToken;
  });
  afterAll(() => t.close());

  async function taxonomy(): Promise<TaxonomyBody> {
    return (await t.http().get('/api/taxonomy').expect(200)).body;
  }

  it('serves the curated topics, every country, every language and the support vocabulary to anyone', async () => {
    const body = await taxonomy();
    expect(body.topics.length).toBeGreaterThanOrEqual(30);
    expect(body.topics[0]).toEqual({
      slug: 'democracy-and-participation',
      names: {
        en: 'Democracy and participation',
        de: 'Demokratie und Beteiligung',
        fr: 'Démocratie et participation',
      },
      retired: false,
    });
    expect(body.topics.map((topic) => topic.slug)).toEqual(
      expect.arrayContaining(['human-rights', 'lgbtiq-rights', 'roma-inclusion', 'childrens-rights']),
    );
    expect(body.countries.length).toBeGreaterThanOrEqual(249);
    expect(body.languages.length).toBeGreaterThanOrEqual(180);
    expect(body.languages.find((language) => language.code === 'uk')?.names).toEqual({
      en: 'Ukrainian',
      de: 'Ukrainisch',
      fr: 'Ukrainien',
    });
    expect(body.support.map((kind) => kind.slug)).toEqual(
      expect.arrayContaining(['fundraising', 'legal-advice', 'digital-security', 'partnership-building']),
    );
    for (const entry of [...body.topics, ...body.countries, ...body.languages, ...body.support]) {
      expect(entry.names.en && entry.names.de && entry.names.fr).toBeTruthy();
    }
  });

  it('lists European countries first, then the rest, each sorted by English name', async () => {
    const { countries } = await taxonomy();
    const firstOther = countries.findIndex((country) => !country.europe);
    expect(countries.slice(firstOther).every((country) => !country.europe)).toBe(true);
    const european = countries.slice(0, firstOther);
    expect(european.map((country) => country.code)).toEqual(
      expect.arrayContaining([
        'DE',
        'FR',
        'GB',
        'CH',
        'NO',
        'UA',
        'MD',
        'GE',
        'AM',
        'AZ',
        'TR',
        'BY',
        'RS',
        'XK',
      ]),
    );
    const names = (list: typeof countries) => list.map((country) => country.names.en);
    expect(names(european)).toEqual([...names(european)].sort((a, b) => a.localeCompare(b, 'en')));
    const others = countries.slice(firstOther);
    expect(names(others)).toEqual([...names(others)].sort((a, b) => a.localeCompare(b, 'en')));
    expect(countries.find((country) => country.code === 'US')?.europe).toBe(false);
  });

  it('lets caches keep it for five minutes and answers 304 to a matching If-None-Match', async () => {
    const first = await t.http().get('/api/taxonomy').expect(200);
    expect(first.headers['cache-control']).toBe('public, max-age=300');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await t.http().get('/api/taxonomy').set('If-None-Match', etag).expect(304);
    expect(again.text).toBeFalsy();
    expect(again.headers.etag).toBe(etag);
    await t.http().get('/api/taxonomy').set('If-None-Match', `"stale", ${etag}`).expect(304);
    await t.http().get('/api/taxonomy').set('If-None-Match', '"stale"').expect(200);
  });

  it('refuses topic changes to anonymous visitors and members', async () => {
    expectProblem(await t.http().post('/api/taxonomy/topics').send(newTopic), 401, 'unauthenticated');
    expectProblem(
      await t.http().post('/api/taxonomy/topics').set(bearer(member)).send(newTopic),
      403,
      'forbidden',
    );
    expectProblem(
      await t.http().patch('/api/taxonomy/topics/youth').set(bearer(member)).send({ retired: true }),
      403,
      'forbidden',
    );
    expect((await taxonomy()).topics.find((topic) => topic.slug === 'youth')?.retired).toBe(false);
  });

  it('lets a site admin add a topic, which changes the ETag, and refuses the same slug again', async () => {
    const before = await t.http().get('/api/taxonomy').expect(200);
    const created = await t.http().post('/api/taxonomy/topics').set(bearer(admin)).send(newTopic).expect(201);
    expect(created.body).toEqual({ ...newTopic, retired: false });
    const after = await t
      .http()
      .get('/api/taxonomy')
      .set('If-None-Match', String(before.headers.etag))
      .expect(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.body.topics.at(-1)).toEqual({ ...newTopic, retired: false });
    expectProblem(
      await t.http().post('/api/taxonomy/topics').set(bearer(admin)).send(newTopic),
      409,
      'topic_exists',
    );
  });

  it('names each invalid field of a new topic', async () => {
    const response = await t
      .http()
      .post('/api/taxonomy/topics')
      .set(bearer(admin))
      .send({ slug: 'Not A Slug!', names: { en: 'Fine', de: '' } });
    const problem = expectProblem(response, 400, 'validation_failed');
    expect(problem.errors?.map((error) => error.field).sort()).toEqual(['names.de', 'names.fr', 'slug']);
  });

  it('lets a site admin rename a topic in one language and retire it, keeping it in the taxonomy', async () => {
    const renamed = await t
      .http()
      .patch('/api/taxonomy/topics/housing')
      .set(bearer(admin))
      .send({ names: { en: 'Housing and homelessness' }, retired: true })
      .expect(200);
    expect(renamed.body).toEqual({
      slug: 'housing',
      names: { en: 'Housing and homelessness', de: 'Wohnen', fr: 'Logement' },
      retired: true,
    });
    expect((await taxonomy()).topics.find((topic) => topic.slug === 'housing')).toEqual(renamed.body);
    const back = await t
      .http()
      .patch('/api/taxonomy/topics/housing')
      .set(bearer(admin))
      .send({ retired: false })
      .expect(200);
    expect(back.body.retired).toBe(false);
  });

  it('answers 404 for an unknown topic and 400 for an empty change', async () => {
    expectProblem(
      await t.http().patch('/api/taxonomy/topics/no-such-topic').set(bearer(admin)).send({ retired: true }),
      404,
      'not_found',
    );
    expectProblem(
      await t.http().patch('/api/taxonomy/topics/youth').set(bearer(admin)).send({}),
      400,
      'validation_failed',
    );
  });
});
