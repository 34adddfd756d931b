import { insertPeople, MANY_SIGN_INS, type Person, signedInPerson } from '../factories/profiles';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';

interface Page {
  items: { handle: string; displayName: string; city: string | null }[];
  nextCursor: string | null;
}

describe('people directory', () => {
  let t: TestApp;
  let viewer: Person;
  beforeAll(async () => {
    t = await startTestApp(MANY_SIGN_INS);
    viewer = await signedInPerson(t, { visibility: 'hidden' }, { displayName: 'Viewer Person' });
    await insertPeople(t, [
      {
        displayName: 'Amira Haddad',
        profile: {
          visibility: 'public',
          headline: 'Refugee rights lawyer',
          topics: ['migration-and-asylum', 'human-rights'],
          country: 'DE',
          languages: ['de', 'ar'],
          offers: ['legal-advice'],
          open_to_press: true,
          city: 'Berlin',
          city_visible: false,
        },
      },
      {
        displayName: 'Bogdan Ionescu',
        profile: {
          visibility: 'public',
          headline: 'Anti-corruption researcher',
          topics: ['anti-corruption'],
          country: 'RO',
          languages: ['ro', 'en'],
          needs: ['legal-advice'],
          city: 'Cluj',
        },
      },
      {
        displayName: 'Clara Weiss',
        profile: {
          visibility: 'members',
          headline: '100% volunteer, climate',
          topics: ['climate-and-environment', 'human-rights'],
          country: 'DE',
          languages: ['de'],
          offers: ['fundraising'],
        },
      },
      {
        displayName: 'Dmytro Hidden',
        profile: { visibility: 'hidden', topics: ['human-rights'], country: 'UA' },
      },
    ]);
  });
  afterAll(() => t.close());

  async function names(query: Record<string, string>, headers: Record<string, string> = {}) {
    const response = await t.http().get('/api/profiles').query(query).set(headers).expect(200);
    return (response.body as Page).items.map((item) => item.displayName);
  }

  it('lists public profiles to anonymous visitors and members-only ones to signed-in people, in name order', async () => {
    expect(await names({})).toEqual(['Amira Haddad', 'Bogdan Ionescu']);
    expect(await names({}, viewer.auth)).toEqual(['Amira Haddad', 'Bogdan Ionescu', 'Clara Weiss']);
  });

  it('never lists hidden profiles, not even to their owner', async () => {
    expect(await names({ q: 'Hidden' }, viewer.auth)).toEqual([]);
    expect(await names({ country: 'UA' }, viewer.auth)).toEqual([]);
    expect(await names({ q: 'Viewer' }, viewer.auth)).toEqual([]);
  });

  it('shows a directory row without the city its owner hides', async () => {
    const response = await t.http().get('/api/profiles').query({ q: 'Amira' }).expect(200);
    expect(response.body.items[0]).toEqual(
      expect.objectContaining({
        handle: expect.any(String),
        headline: 'Refugee rights lawyer',
        country: 'DE',
        city: null,
        avatar: null,
        openToPress: true,
      }),
    );
    expect((await t.http().get('/api/profiles').query({ q: 'Bogdan' })).body.items[0].city).toBe('Cluj');
  });

  it.each([
    [{ q: 'haddad' }, ['Amira Haddad']],
    [{ q: 'RESEARCH' }, ['Bogdan Ionescu']],
    [{ q: '100%' }, ['Clara Weiss']],
    [{ q: '0%' }, ['Clara Weiss']],
    [{ q: '%%' }, []],
    [{ topic: 'human-rights' }, ['Amira Haddad', 'Clara Weiss']],
    [{ country: 'de' }, ['Amira Haddad', 'Clara Weiss']],
    [{ language: 'en' }, ['Bogdan Ionescu']],
    [{ offers: 'legal-advice' }, ['Amira Haddad']],
    [{ needs: 'legal-advice' }, ['Bogdan Ionescu']],
    [{ openToPress: 'true' }, ['Amira Haddad']],
    [{ openToPress: 'false' }, ['Bogdan Ionescu', 'Clara Weiss']],
    [{ topic: 'human-rights', country: 'DE', language: 'de', offers: 'fundraising' }, ['Clara Weiss']],
    [{ topic: 'human-rights', country: 'RO' }, []],
  ])('filters by %p', async (query, expected) => {
    expect(await names(query, viewer.auth)).toEqual(expected);
  });

  it('names each filter that is not valid', async () => {
    const response = await t
      .http()
      .get('/api/profiles')
      .query({ q: 'x', country: 'Germany', openToPress: 'yes', limit: '500' });
    const problem = expectProblem(response, 400, 'validation_failed');
    expect(problem.errors?.map((error) => error.field).sort()).toEqual([
      'country',
      'limit',
      'openToPress',
      'q',
    ]);
  });

  it('refuses a cursor it did not make', async () => {
    for (const after of ['not-a-cursor', Buffer.from('["a","not-a-uuid"]').toString('base64url')]) {
      const problem = expectProblem(
        await t.http().get('/api/profiles').query({ after }),
        400,
        'validation_failed',
      );
      expect(problem.errors?.[0]?.field).toBe('after');
    }
  });

  it('hides a blocked pair from each other in the directory, in both directions', async () => {
    const blocker = await signedInPerson(t, { visibility: 'public' }, { displayName: 'Zofia Blocker' });
    const blocked = await signedInPerson(t, { visibility: 'public' }, { displayName: 'Zygmunt Blocked' });
    await t.sql('INSERT INTO blocks (blocker_id, blocked_id) VALUES ($1, $2)', [blocker.id, blocked.id]);
    expect(await names({ q: 'Zygmunt' }, blocker.auth)).toEqual([]);
    expect(await names({ q: 'Zofia' }, blocked.auth)).toEqual([]);
    expect(await names({ q: 'Zygmunt' }, viewer.auth)).toEqual(['Zygmunt Blocked']);
    expect(await names({ q: 'Zofia' })).toEqual(['Zofia Blocker']);
  });

  it('walks every page without duplicates or gaps, with names that tie and differ only in case', async () => {
    const people = await insertPeople(
      t,
      Array.from({ length: 23 }, (_, index) => ({
        displayName:
          index % 3 === 0
            ? 'Same Name'
            : index % 3 === 1
              ? 'same name'
              : `Paged ${String(index).padStart(2, '0')}`,
        profile: { visibility: 'public', topics: ['open-data'] },
      })),
    );
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const query: Record<string, string> = { topic: 'open-data', limit: '5' };
      if (after) query.after = after;
      const page = (await t.http().get('/api/profiles').query(query).expect(200)).body as Page;
      expect(page.items.length).toBeLessThanOrEqual(5);
      seen.push(...page.items.map((item) => item.handle));
      after = page.nextCursor ?? undefined;
      pages++;
    } while (after && pages < 20);
    expect(pages).toBe(5);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(people.map((person) => person.handle).sort());
  });

  it('shows a hidden profile in no listing route, to anonymous visitors or other members', async () => {
    const hidden = await signedInPerson(
      t,
      { visibility: 'hidden', headline: 'Hidden organiser', topics: ['human-rights'], country: 'BY' },
      { displayName: 'Hanna Hiddenova' },
    );
    const document = await t.http().get('/api/openapi.json').expect(200);
    const listings = Object.entries(document.body.paths as Record<string, { get?: unknown }>)
      // Own settings and the development mail outbox are not listings of people.
      .filter(
        ([path, operations]) => operations.get && !path.includes('{') && !/^\/api\/(me|dev)\b/.test(path),
      )
      .map(([path]) => path);
    expect(listings).toContain('/api/profiles');
    const queries = [{}, { q: 'Hidden' }, { topic: 'human-rights' }, { country: 'BY' }, { limit: '100' }];
    for (const path of listings) {
      for (const headers of [{}, viewer.auth]) {
        for (const query of queries) {
          const response = await t.http().get(path).query(query).set(headers);
          expect({ path, query, body: response.text }).toEqual({
            path,
            query,
            body: expect.not.stringContaining(hidden.handle),
          });
          expect(response.text).not.toContain('Hiddenova');
        }
      }
    }
  });
});
