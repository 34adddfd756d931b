import type { SearchPage, SearchResult, SearchType } from '@open-spaces/contracts';
import { NAME_WINDOW, TEXT_WINDOW } from '../../src/modules/search/search.sql';
import { createEvent } from '../factories/events';
import { publishFundingCall } from '../factories/funding-calls';
import { addMember, createOrganisation } from '../factories/organisations';
import { createPost, type Writer, writer } from '../factories/posts';
import { proposeTool } from '../factories/tools';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';

const ALL_TYPES: SearchType[] = ['event', 'funding_call', 'organisation', 'person', 'post', 'tool'];

describe('search', () => {
  let t: TestApp;
  let moderator: Writer;
  let reader: Writer;

  async function search(
    query: Record<string, string>,
    auth: Record<string, string> = {},
  ): Promise<SearchPage> {
    const response = await t.http().get('/api/search').query(query).set(auth).expect(200);
    return response.body;
  }

  const typesOf = (page: SearchPage) => [...new Set(page.items.map((item) => item.type))].sort();
  const plain = (item: SearchResult) => item.title.map((piece) => piece.text).join('');

  /** A person with one object of every type, each carrying `word`; returns the person. */
  async function world(
    word: string,
  ): Promise<{ author: Writer; organisation: { id: string; slug: string } }> {
    const author = await writer(t, 'public', `${word} Person`);
    const organisation = await createOrganisation(t, author.accessToken, {
      name: `${word} Collective`,
      country: 'AT',
    });
    await createPost(t, author, { title: `Notes on ${word}`, language: 'en' });
    await createEvent(t, author.auth, { title: `${word} evening`, language: 'en' });
    await publishFundingCall(t, author.auth, organisation.slug, { title: `${word} fund` });
    await proposeTool(t, author.accessToken, { name: `${word} Pad` }, moderator.accessToken);
    return { author, organisation };
  }

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_LIMIT_PER_IP: '10000' });
    moderator = await writer(t, 'public', 'Mila Moderator', 'moderator');
    reader = await writer(t, 'public', 'Rea Reader');

    const agnieszka = await writer(t, 'public', 'Agnieszka Kowalska');
    await t.sql(
      `UPDATE profiles SET headline = 'Community organiser', city = 'Wrocław', country = 'PL',
              topics = '{human-rights}', languages = '{pl,en}' WHERE user_id = $1`,
      [agnieszka.id],
    );
    const amnesty = await createOrganisation(t, agnieszka.accessToken, {
      name: 'Amnesty International Polska',
      country: 'PL',
      topics: ['human-rights'],
    });
    await createPost(t, agnieszka, {
      title: 'Klimaschutz in der Nachbarschaft',
      summary: 'Wie wir Bäume pflanzen.',
      body: 'Ein Bericht.',
      language: 'de',
      countries: ['DE'],
      topics: ['climate-and-environment'],
    });
    await createPost(t, agnieszka, {
      title: 'Tree planting weekend',
      summary: 'Volunteers planted four hundred trees.',
      body: 'A report.',
      language: 'en',
      countries: ['IE'],
      topics: ['climate-and-environment'],
    });
    await createEvent(t, agnieszka.auth, {
      title: 'Surveillance self-defence clinic',
      description: 'Phones, passwords and protest.',
      venue: { name: 'Hala', address: 'Ulica 1', city: 'Wrocław', country: 'PL' },
      topics: ['digital-rights'],
      language: 'en',
    });
    await publishFundingCall(t, agnieszka.auth, amnesty.slug, {
      title: 'Watchdog journalism grants',
      topics: ['media-freedom'],
    });
    await proposeTool(
      t,
      agnieszka.accessToken,
      { name: 'Etherpad Lite', languages: ['en'] },
      moderator.accessToken,
    );
  });
  afterAll(() => t.close());

  describe('GET /api/search', () => {
    it('finds every type of object by a word of its name', async () => {
      const cases: [string, SearchType, string][] = [
        ['Kowalska', 'person', 'Agnieszka Kowalska'],
        ['Amnesty', 'organisation', 'Amnesty International Polska'],
        ['Nachbarschaft', 'post', 'Klimaschutz in der Nachbarschaft'],
        ['Surveillance', 'event', 'Surveillance self-defence clinic'],
        ['Watchdog', 'funding_call', 'Watchdog journalism grants'],
        ['Etherpad', 'tool', 'Etherpad Lite'],
      ];
      for (const [q, type, title] of cases) {
        const page = await search({ q });
        const found = page.items.find((item) => item.type === type);
        expect(found && plain(found)).toBe(title);
        expect(found?.title.some((piece) => piece.match)).toBe(true);
      }
    });

    it('forgives a typo in a name', async () => {
      const page = await search({ q: 'Amnesty Internatonal' });
      expect(page.items[0]).toMatchObject({ type: 'organisation' });
      expect(plain(page.items[0] as SearchResult)).toBe('Amnesty International Polska');
    });

    it('finds words written with accents when typed without, and marks them in the snippet', async () => {
      const page = await search({ q: 'Wroclaw' });
      expect(typesOf(page)).toEqual(['event', 'person']);
      const person = page.items.find((item) => item.type === 'person');
      expect(person?.snippet).toContainEqual({ text: 'Wrocław', match: true });
    });

    it('stems words in the language of the content', async () => {
      const page = await search({ q: 'volunteer' });
      expect(page.items.map(plain)).toContain('Tree planting weekend');
    });

    it('matches a topic named in another language and says why', async () => {
      for (const q of ['Klimaschutz', 'climate', 'Klima und Umwelt']) {
        const page = await search({ q });
        expect(page.matchedTopics).toEqual(['climate-and-environment']);
        const tree = page.items.find((item) => plain(item) === 'Tree planting weekend');
        expect(tree?.matchedTopics).toEqual(['climate-and-environment']);
      }
      const rights = await search({ q: 'droits humains' });
      expect(rights.matchedTopics).toEqual(['human-rights']);
      expect(rights.items.map(plain)).toEqual(
        expect.arrayContaining(['Agnieszka Kowalska', 'Amnesty International Polska']),
      );
      const digital = await search({ q: 'digital rights' });
      expect(digital.items.map(plain)).toContain('Surveillance self-defence clinic');
    });

    it('filters by type, topic, country and language, and counts facets of the query', async () => {
      const all = await search({ q: 'Klimaschutz' });
      expect(all.facets.types).toEqual([{ value: 'post', count: 2, capped: false }]);
      expect(all.facets.countries).toEqual(
        expect.arrayContaining([
          { value: 'DE', count: 1, capped: false },
          { value: 'IE', count: 1, capped: false },
        ]),
      );
      expect((await search({ q: 'Klimaschutz', country: 'IE' })).items.map(plain)).toEqual([
        'Tree planting weekend',
      ]);
      expect((await search({ q: 'Klimaschutz', language: 'de' })).items.map(plain)).toEqual([
        'Klimaschutz in der Nachbarschaft',
      ]);
      const rights = await search({ q: 'Wroclaw', type: 'event' });
      expect(typesOf(rights)).toEqual(['event']);
      expect(rights.facets.types.map((facet) => facet.value).sort()).toEqual(['event', 'person']);
      expect(typesOf(await search({ q: 'Wroclaw', topic: 'digital-rights' }))).toEqual(['event']);
    });

    it('counts a very common word only up to a cap, and pages through the bounded window', async () => {
      await t.sql(
        `INSERT INTO organisations (slug, name, kind, country)
         SELECT 'common-' || n, 'Commonword Group ' || n, 'cso', 'BE' FROM generate_series(1, $1) AS n`,
        [TEXT_WINDOW + NAME_WINDOW + 30],
      );
      const first = await search({ q: 'commonword', limit: '50' });
      const facet = first.facets.types.find((type) => type.value === 'organisation');
      expect(facet).toMatchObject({ capped: true });
      // Each type reads at most a window of text matches and one of name matches.
      expect(facet?.count).toBeGreaterThanOrEqual(TEXT_WINDOW);
      expect(facet?.count).toBeLessThanOrEqual(TEXT_WINDOW + NAME_WINDOW);
      const seen = new Set(first.items.map((item) => item.id));
      let cursor = first.nextCursor;
      while (cursor) {
        const page = await search({ q: 'commonword', limit: '50', after: cursor });
        for (const item of page.items) {
          expect(seen.has(item.id)).toBe(false);
          seen.add(item.id);
        }
        cursor = page.nextCursor;
      }
      expect(seen.size).toBe(facet?.count);
    });

    it('refuses a missing query and a forged cursor with problems naming the field', async () => {
      expectProblem(await t.http().get('/api/search'), 400, 'validation_failed');
      const forged = await t.http().get('/api/search').query({ q: 'x', after: 'bm90LWEtY3Vyc29y' });
      expect(expectProblem(forged, 400, 'validation_failed').errors?.[0]).toMatchObject({ field: 'after' });
      expectProblem(
        await t.http().get('/api/search').query({ q: 'x', type: 'secret' }),
        400,
        'validation_failed',
      );
    });

    it('answers an empty page for a query of punctuation or search syntax alone', async () => {
      for (const q of ['!!', '"', '-', '& | :*']) {
        const page = await search({ q });
        expect(page.items).toEqual([]);
        expect(page.nextCursor).toBeNull();
      }
    });
  });

  describe('visibility, for every type', () => {
    it('shows everything public to anonymous visitors', async () => {
      await world('Quokkafirst');
      expect(typesOf(await search({ q: 'Quokkafirst' }))).toEqual(ALL_TYPES);
    });

    it('hides a person and what they published from whom they blocked, and from whom blocked them', async () => {
      const { author } = await world('Quokkablock');
      const other = await writer(t, 'public', 'Bea Blocked');
      expect(typesOf(await search({ q: 'Quokkablock' }, reader.auth))).toEqual(ALL_TYPES);
      await t.sql('INSERT INTO blocks (blocker_id, blocked_id) VALUES ($1, $2), ($3, $1)', [
        author.id,
        reader.id,
        other.id,
      ]);
      // Organisations and tools are not someone's own content; calls are (their author is named).
      for (const viewer of [reader, other]) {
        expect(typesOf(await search({ q: 'Quokkablock' }, viewer.auth))).toEqual(['organisation', 'tool']);
      }
      expect(typesOf(await search({ q: 'Quokkablock' }))).toEqual(ALL_TYPES);
    });

    it('hides a suspended account and what it published', async () => {
      const { author } = await world('Quokkasuspended');
      await t.sql('UPDATE users SET suspended_at = now() WHERE id = $1', [author.id]);
      expect(typesOf(await search({ q: 'Quokkasuspended' }, reader.auth))).toEqual(['organisation', 'tool']);
    });

    it('hides what a moderator hid, from everyone', async () => {
      const { author, organisation } = await world('Quokkahidden');
      for (const table of ['posts', 'events', 'funding_calls']) {
        await t.sql(`UPDATE ${table} SET hidden_at = now(), hidden_reason = 'spam' WHERE author_id = $1`, [
          author.id,
        ]);
      }
      await t.sql(`UPDATE tools SET hidden_at = now() WHERE proposed_by = $1`, [author.id]);
      await t.sql('UPDATE profiles SET hidden_at = now() WHERE user_id = $1', [author.id]);
      await t.sql('UPDATE organisations SET hidden_at = now() WHERE id = $1', [organisation.id]);
      expect(typesOf(await search({ q: 'Quokkahidden' }))).toEqual([]);
      expect(typesOf(await search({ q: 'Quokkahidden' }, author.auth))).toEqual([]);
      expect(typesOf(await search({ q: 'Quokkahidden' }, moderator.auth))).toEqual([]);
    });

    it('shows members-only profiles and organisations, and their content, to signed-in people only', async () => {
      const { author, organisation } = await world('Quokkamembers');
      await t.sql(`UPDATE profiles SET visibility = 'members' WHERE user_id = $1`, [author.id]);
      await t.sql(`UPDATE organisations SET visibility = 'members' WHERE id = $1`, [organisation.id]);
      expect(typesOf(await search({ q: 'Quokkamembers' }))).toEqual(['tool']);
      expect(typesOf(await search({ q: 'Quokkamembers' }, reader.auth))).toEqual(ALL_TYPES);
    });

    it('never lists a hidden profile, nor a hidden organisation to non-members', async () => {
      const { author, organisation } = await world('Quokkaprivate');
      await t.sql(`UPDATE profiles SET visibility = 'hidden' WHERE user_id = $1`, [author.id]);
      await t.sql(`UPDATE organisations SET visibility = 'hidden' WHERE id = $1`, [organisation.id]);
      expect(typesOf(await search({ q: 'Quokkaprivate' }, reader.auth))).toEqual(['tool']);
    });

    it('shows a post for an organisation’s members to its members only', async () => {
      const author = await writer(t, 'public', 'Olga Owner');
      const organisation = await createOrganisation(t, author.accessToken, { name: 'Inner Circle' });
      await createPost(t, author, {
        title: 'Quokkainternal minutes',
        organisation: organisation.slug,
        audience: 'organisation',
      });
      expect(typesOf(await search({ q: 'Quokkainternal' }, reader.auth))).toEqual([]);
      await addMember(t, organisation, reader, 'member');
      expect(typesOf(await search({ q: 'Quokkainternal' }, reader.auth))).toEqual(['post']);
    });
  });

  describe('GET /api/search/suggestions', () => {
    it('suggests names that start with what was typed, of every type the viewer may see', async () => {
      const response = await t.http().get('/api/search/suggestions').query({ q: 'amnes' }).expect(200);
      expect(response.body.items).toEqual([
        expect.objectContaining({ type: 'organisation', title: 'Amnesty International Polska' }),
      ]);
      const people = await t.http().get('/api/search/suggestions').query({ q: 'agnieszka kow' }).expect(200);
      expect(people.body.items).toEqual([
        expect.objectContaining({ type: 'person', title: 'Agnieszka Kowalska', slug: expect.any(String) }),
      ]);
    });

    it('leaves out people the viewer may not see', async () => {
      const hidden = await writer(t, 'members', 'Zephyrine Quill');
      expect((await t.http().get('/api/search/suggestions').query({ q: 'zephyr' })).body.items).toEqual([]);
      const seen = await t.http().get('/api/search/suggestions').query({ q: 'zephyr' }).set(reader.auth);
      expect(seen.body.items).toEqual([expect.objectContaining({ id: hidden.id, type: 'person' })]);
    });

    it('answers nothing for punctuation alone, and refuses an empty query', async () => {
      expect(
        (await t.http().get('/api/search/suggestions').query({ q: '!!' }).expect(200)).body.items,
      ).toEqual([]);
      expectProblem(
        await t.http().get('/api/search/suggestions').query({ q: ' ' }),
        400,
        'validation_failed',
      );
    });
  });
});
