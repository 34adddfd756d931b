import type { FeedItem, FeedPage, FeedQuery } from '@open-spaces/contracts';
import { createEvent } from '../factories/events';
import { publishFundingCall } from '../factories/funding-calls';
import { addMember, createOrganisation, type TestOrganisation } from '../factories/organisations';
import { createPost, type Writer, writer } from '../factories/posts';
import { proposeTool } from '../factories/tools';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function feed(viewer: Writer, query: FeedQuery = {}): Promise<FeedPage> {
  const response = await t.http().get('/api/feed').set(viewer.auth).query(query);
  expect(response.status).toBe(200);
  return response.body as FeedPage;
}

function follow(viewer: Writer, type: 'profile' | 'organisation' | 'topic', target: string) {
  return t.http().post('/api/follows').set(viewer.auth).send({ type, target }).expect(200);
}

/** What an item is about, short enough to compare whole feeds. */
function titleOf(item: FeedItem): string {
  const object = item.object;
  return object.type === 'tool' ? object.name : object.title;
}

const titles = (page: FeedPage) => page.items.map(titleOf);

async function organisationOf(owner: Writer, name: string): Promise<TestOrganisation> {
  return createOrganisation(t, owner.accessToken, { name });
}

describe('GET /api/feed', () => {
  it('brings what followed people, organisations and topics and the viewer’s organisations published, newest first, with why', async () => {
    const viewer = await writer(t, 'public', 'Vera Viewer');
    const person = await writer(t, 'public', 'Pia Person');
    const organiser = await writer(t, 'public', 'Otto Organiser');
    const network = await organisationOf(organiser, 'Climate Action Network');
    const funder = await writer(t, 'public', 'Fenna Funder');
    const fund = await organisationOf(funder, 'Open Society Fund');
    const colleague = await writer(t, 'public', 'Cleo Colleague');
    const own = await organisationOf(colleague, 'Tenants Union');
    await addMember(t, own, viewer, 'editor');
    const moderator = await writer(t, 'public', 'Mo Moderator', 'moderator');
    const stranger = await writer(t, 'public', 'Sid Stranger');

    await follow(viewer, 'profile', person.handle);
    await follow(viewer, 'organisation', network.slug);
    await follow(viewer, 'topic', 'digital-rights');

    await createPost(t, person, { title: 'Person post', topics: ['ageing'] });
    await createEvent(t, organiser.auth, {
      title: 'Network event',
      organisation: network.slug,
      topics: ['ageing'],
    });
    await publishFundingCall(t, funder.auth, fund.slug, {
      title: 'Digital call',
      topics: ['digital-rights'],
    });
    await createPost(t, colleague, { title: 'Union post', organisation: own.slug, topics: ['ageing'] });
    await createPost(t, viewer, { title: 'My own post', organisation: own.slug, topics: ['digital-rights'] });
    await createPost(t, stranger, { title: 'Stranger post', topics: ['ageing'] });
    await proposeTool(t, person.accessToken, { name: 'Person tool' }, moderator.accessToken);

    const page = await feed(viewer);
    expect(titles(page)).toEqual([
      'Person tool',
      'Union post',
      'Digital call',
      'Network event',
      'Person post',
    ]);
    expect(page.items.map((item) => [item.object.type, item.verb, item.reasons])).toEqual([
      ['tool', 'published', [{ kind: 'person', label: 'Pia Person', handle: person.handle }]],
      ['post', 'published', [{ kind: 'member_of', label: 'Tenants Union', slug: own.slug }]],
      ['funding_call', 'published', [{ kind: 'topic', label: 'Digital rights', topic: 'digital-rights' }]],
      ['event', 'published', [{ kind: 'organisation', label: 'Climate Action Network', slug: network.slug }]],
      ['post', 'published', [{ kind: 'person', label: 'Pia Person', handle: person.handle }]],
    ]);
    const [, unionPost, , networkEvent] = page.items;
    expect(unionPost?.actor).toEqual(
      expect.objectContaining({ handle: colleague.handle, displayName: 'Cleo Colleague' }),
    );
    expect(unionPost?.organisation).toEqual(
      expect.objectContaining({ slug: own.slug, name: 'Tenants Union' }),
    );
    expect(networkEvent?.object).toEqual(
      expect.objectContaining({ type: 'event', title: 'Network event', status: 'scheduled' }),
    );
    expect(page.nextCursor).toBeNull();
    expect(page.catchUpCursor).toEqual(expect.any(String));
  });

  it('names every source of an item, the topics in the viewer’s language', async () => {
    const viewer = await writer(t, 'public', 'Gerda Viewer');
    await t.sql(`UPDATE users SET locale = 'de' WHERE id = $1`, [viewer.id]);
    const person = await writer(t, 'public', 'Paul Person');
    await follow(viewer, 'profile', person.handle);
    await follow(viewer, 'topic', 'housing');
    await follow(viewer, 'topic', 'poverty');
    await createPost(t, person, { title: 'Many reasons', topics: ['housing', 'poverty', 'youth'] });

    const [item] = (await feed(viewer)).items;
    expect(item?.reasons).toEqual([
      { kind: 'person', label: 'Paul Person', handle: person.handle },
      { kind: 'topic', label: 'Armut', topic: 'poverty' },
      { kind: 'topic', label: 'Wohnen', topic: 'housing' },
    ]);
  });

  it('pages back without repeats or gaps, and catches up on exactly what came after, page by page', async () => {
    const viewer = await writer(t);
    const person = await writer(t);
    await follow(viewer, 'profile', person.handle);
    for (const n of [1, 2, 3, 4, 5]) await createPost(t, person, { title: `Old ${n}`, topics: ['ageing'] });

    const first = await feed(viewer, { limit: 2 });
    expect(titles(first)).toEqual(['Old 5', 'Old 4']);
    const second = await feed(viewer, { limit: 2, before: first.nextCursor ?? '' });
    expect(titles(second)).toEqual(['Old 3', 'Old 2']);
    expect(second.catchUpCursor).toBeNull();
    const third = await feed(viewer, { limit: 2, before: second.nextCursor ?? '' });
    expect(titles(third)).toEqual(['Old 1']);
    expect(third.nextCursor).toBeNull();

    for (const n of [6, 7, 8]) await createPost(t, person, { title: `New ${n}`, topics: ['ageing'] });
    const catchUp = await feed(viewer, { limit: 2, after: first.catchUpCursor ?? '' });
    expect(titles(catchUp)).toEqual(['New 6', 'New 7']);
    expect(catchUp.nextCursor).not.toBeNull();
    expect(catchUp.catchUpCursor).toBe(catchUp.nextCursor);
    const rest = await feed(viewer, { limit: 2, after: catchUp.nextCursor ?? '' });
    expect(titles(rest)).toEqual(['New 8']);
    expect(rest.nextCursor).toBeNull();

    const nothing = await feed(viewer, { after: rest.catchUpCursor ?? '' });
    expect(nothing.items).toEqual([]);
    await createPost(t, person, { title: 'New 9', topics: ['ageing'] });
    expect(titles(await feed(viewer, { after: nothing.catchUpCursor ?? '' }))).toEqual(['New 9']);
    expect(titles(await feed(viewer, { limit: 3 }))).toEqual(['New 9', 'New 8', 'New 7']);
  });

  it('shows an object once, at its latest news: a cancelled event replaces its announcement', async () => {
    const viewer = await writer(t);
    const organiser = await writer(t);
    const network = await organisationOf(organiser, 'Assembly Network');
    await follow(viewer, 'organisation', network.slug);
    const event = await createEvent(t, organiser.auth, {
      title: 'Soon cancelled',
      organisation: network.slug,
      topics: ['ageing'],
    });
    const before = await feed(viewer);
    expect(before.items.map((item) => item.verb)).toEqual(['published']);

    await t
      .http()
      .patch(`/api/events/${event.id}`)
      .set(organiser.auth)
      .send({ status: 'cancelled' })
      .expect(200);
    const caughtUp = await feed(viewer, { after: before.catchUpCursor ?? '' });
    expect(
      caughtUp.items.map((item) => [item.verb, item.object.type === 'event' && item.object.status]),
    ).toEqual([['cancelled', 'cancelled']]);
    expect((await feed(viewer)).items.map((item) => item.verb)).toEqual(['cancelled']);
  });

  describe('never shows what the viewer may not see', () => {
    it('leaves out people blocked in either direction', async () => {
      const viewer = await writer(t);
      await follow(viewer, 'topic', 'media-freedom');
      const blocked = await writer(t);
      const blocking = await writer(t);
      const other = await writer(t);
      await t.http().post('/api/blocks').set(viewer.auth).send({ handle: blocked.handle }).expect(204);
      await t.http().post('/api/blocks').set(blocking.auth).send({ handle: viewer.handle }).expect(204);
      for (const [who, title] of [
        [blocked, 'By the blocked'],
        [blocking, 'By the blocker'],
        [other, 'By someone else'],
      ] as const) {
        await createPost(t, who, { title, topics: ['media-freedom'] });
      }
      expect(titles(await feed(viewer))).toEqual(['By someone else']);
    });

    it('leaves out hidden profiles, profiles a moderator hid and suspended accounts', async () => {
      const viewer = await writer(t);
      await follow(viewer, 'topic', 'anti-corruption');
      const hidden = await writer(t, 'hidden');
      const moderated = await writer(t);
      const suspended = await writer(t);
      await follow(viewer, 'profile', suspended.handle);
      const network = await organisationOf(suspended, 'Suspended Network');
      await follow(viewer, 'organisation', network.slug);
      const other = await writer(t);
      await createPost(t, hidden, { title: 'Hidden profile', topics: ['anti-corruption'] });
      await createPost(t, moderated, { title: 'Moderated profile', topics: ['anti-corruption'] });
      await createPost(t, suspended, { title: 'Suspended person', topics: ['anti-corruption'] });
      await createPost(t, suspended, { title: 'Suspended as organisation', organisation: network.slug });
      await createPost(t, other, { title: 'Still here', topics: ['anti-corruption'] });
      await t.sql(`UPDATE profiles SET hidden_at = now(), hidden_reason = 'Spam' WHERE user_id = $1`, [
        moderated.id,
      ]);
      await t.sql('UPDATE users SET suspended_at = now() WHERE id = $1', [suspended.id]);
      expect(titles(await feed(viewer))).toEqual(['Still here']);
    });

    it('leaves out hidden, draft and archived objects', async () => {
      const viewer = await writer(t);
      const author = await writer(t);
      const network = await organisationOf(author, 'Rule of Law Watch');
      await follow(viewer, 'profile', author.handle);
      await createPost(t, author, { title: 'Draft', status: 'draft' });
      const archived = await createPost(t, author, { title: 'Archived' });
      await t
        .http()
        .patch(`/api/posts/${archived.slug}`)
        .set(author.auth)
        .send({ status: 'archived' })
        .expect(200);
      const hiddenPost = await createPost(t, author, { title: 'Hidden post' });
      const hiddenEvent = await createEvent(t, author.auth, { title: 'Hidden event' });
      const hiddenCall = await publishFundingCall(t, author.auth, network.slug, { title: 'Hidden call' });
      await createPost(t, author, { title: 'Visible post' });
      await t.sql(`UPDATE posts SET hidden_at = now(), hidden_reason = 'Spam' WHERE id = $1`, [
        hiddenPost.id,
      ]);
      await t.sql(`UPDATE events SET hidden_at = now(), hidden_reason = 'Spam' WHERE id = $1`, [
        hiddenEvent.id,
      ]);
      await t.sql(`UPDATE funding_calls SET hidden_at = now(), hidden_reason = 'Spam' WHERE id = $1`, [
        hiddenCall,
      ]);
      expect(titles(await feed(viewer))).toEqual(['Visible post']);
    });

    it('shows content for an organisation’s members to its members only', async () => {
      const follower = await writer(t);
      const member = await writer(t);
      const editor = await writer(t);
      const network = await organisationOf(editor, 'Members Network');
      await addMember(t, network, member, 'member');
      await follow(follower, 'organisation', network.slug);
      await createPost(t, editor, {
        title: 'For members',
        organisation: network.slug,
        audience: 'organisation',
      });
      await createEvent(t, editor.auth, {
        title: 'Members meeting',
        organisation: network.slug,
        audience: 'organisation',
      });
      await createPost(t, editor, { title: 'For everyone', organisation: network.slug });
      expect(titles(await feed(follower))).toEqual(['For everyone']);
      expect(titles(await feed(member))).toEqual(['For everyone', 'Members meeting', 'For members']);
    });

    it('reads on past long stretches the viewer may not see, back and forward', async () => {
      const follower = await writer(t);
      const editor = await writer(t);
      const network = await organisationOf(editor, 'Closed Circle');
      await follow(follower, 'organisation', network.slug);
      const forMembers = async (count: number) => {
        for (let n = 0; n < count; n++)
          await createPost(t, editor, {
            title: `Members only ${n}`,
            organisation: network.slug,
            audience: 'organisation',
          });
      };
      for (const n of [1, 2])
        await createPost(t, editor, { title: `Public ${n}`, organisation: network.slug });
      const first = await feed(follower);
      expect(titles(first)).toEqual(['Public 2', 'Public 1']);

      // More activities the follower may not see than one round of candidates holds.
      await forMembers(50);
      await createPost(t, editor, { title: 'Public 3', organisation: network.slug });
      await forMembers(50);
      const caughtUp = await feed(follower, { after: first.catchUpCursor ?? '' });
      expect(titles(caughtUp)).toEqual(['Public 3']);
      expect(caughtUp.nextCursor).toBeNull();

      const newest = await feed(follower, { limit: 2 });
      expect(titles(newest)).toEqual(['Public 3', 'Public 2']);
      const older = await feed(follower, { limit: 2, before: newest.nextCursor ?? '' });
      expect(titles(older)).toEqual(['Public 1']);
      expect(older.nextCursor).toBeNull();
      expect((await feed(follower, { after: caughtUp.catchUpCursor ?? '' })).items).toEqual([]);
    });

    it('leaves out organisations that are hidden, to everyone but their members', async () => {
      const follower = await writer(t);
      const member = await writer(t);
      const editor = await writer(t);
      const network = await organisationOf(editor, 'Hidden Network');
      await addMember(t, network, member, 'member');
      await follow(follower, 'organisation', network.slug);
      await follow(follower, 'topic', 'transparency');
      await createPost(t, editor, {
        title: 'Hidden organisation',
        organisation: network.slug,
        topics: ['transparency'],
      });
      await t.sql(`UPDATE organisations SET hidden_at = now(), hidden_reason = 'Fake' WHERE id = $1`, [
        network.id,
      ]);
      expect(titles(await feed(follower))).toEqual([]);
      expect(titles(await feed(member))).toEqual(['Hidden organisation']);
    });
  });

  it('refuses anonymous visitors', async () => {
    expectProblem(await t.http().get('/api/feed'), 401, 'unauthenticated');
  });

  it('refuses a cursor it did not write, naming the field', async () => {
    const viewer = await writer(t);
    const forged = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
    for (const [field, value] of [
      ['before', 'not-a-cursor'],
      ['after', forged(['12; DROP TABLE activities'])],
      ['after', forged(['99999999999999999999'])],
      ['after', forged(['9223372036854775808'])],
      ['before', forged([12])],
    ] as const) {
      const response = await t
        .http()
        .get('/api/feed')
        .set(viewer.auth)
        .query({ [field]: value });
      const problem = expectProblem(response, 400, 'validation_failed');
      expect(problem.errors?.map((error) => error.field)).toEqual([field]);
    }
    const both = await t
      .http()
      .get('/api/feed')
      .set(viewer.auth)
      .query({ before: forged(['1']), after: forged(['1']) });
    expect(expectProblem(both, 400, 'validation_failed').errors?.map((error) => error.field)).toEqual([
      'after',
    ]);
  });
});
