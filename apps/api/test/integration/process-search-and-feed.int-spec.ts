import type { FeedPage, SearchPage } from '@open-spaces/contracts';
import { addMember, createOrganisation, handleOf, type TestOrganisation } from '../factories/organisations';
import { openProcess } from '../factories/processes';
import { MANY_SIGN_INS, type Person } from '../factories/profiles';
import { bearer, login, registerVerifiedUser } from '../factories/users';
import { startTestApp, type TestApp } from '../setup/test-app';

let t: TestApp;
let organiser: Person;
let member: Person;
let follower: Person;
let stranger: Person;
let open: TestOrganisation;
let hidden: TestOrganisation;

async function verifiedPerson(name: string): Promise<Person> {
  const user = await registerVerifiedUser(t, { displayName: name });
  const { accessToken } = await login(t, user);
  await t.sql(`UPDATE profiles SET visibility = 'public' WHERE user_id = $1`, [user.id]);
  return { ...user, accessToken, auth: bearer(accessToken), handle: await handleOf(t, user) };
}

async function search(q: string, auth: Record<string, string> = {}): Promise<SearchPage> {
  return (await t.http().get('/api/search').query({ q }).set(auth).expect(200)).body;
}

const idsOf = (page: SearchPage) => page.items.map((item) => `${item.type}:${item.id}`);

beforeAll(async () => {
  t = await startTestApp(MANY_SIGN_INS);
  organiser = await verifiedPerson('Orla Organiser');
  member = await verifiedPerson('Milo Member');
  follower = await verifiedPerson('Fay Follower');
  stranger = await verifiedPerson('Stan Stranger');
  open = await createOrganisation(t, organiser.accessToken, { name: 'Open Square Forum' });
  hidden = await createOrganisation(t, organiser.accessToken, { name: 'Closed Circle' });
  await addMember(t, hidden, member, 'member');
  await t.sql(`UPDATE organisations SET visibility = 'hidden' WHERE id = $1`, [hidden.id]);
});

afterAll(async () => {
  await t.close();
});

describe('searching consultations and ideas', () => {
  it('finds a consultation and its ideas for anyone who may see the organisation', async () => {
    const processId = await openProcess(t, organiser.auth, open.slug, {
      title: 'Zebracrossing consultation',
    });
    const idea = await t
      .http()
      .post(`/api/processes/${processId}/ideas`)
      .set(member.auth)
      .send({ title: 'Zebracrossing near the school', body: 'Children cross here.' })
      .expect(201);
    const found = idsOf(await search('Zebracrossing'));
    expect(found).toEqual(expect.arrayContaining([`process:${processId}`, `idea:${idea.body.id}`]));
  });

  it('keeps a hidden organisation’s consultation to its members', async () => {
    const processId = await openProcess(t, organiser.auth, hidden.slug, {
      title: 'Quagmirequiet consultation',
    });
    expect(idsOf(await search('Quagmirequiet', stranger.auth))).not.toContain(`process:${processId}`);
    expect(idsOf(await search('Quagmirequiet'))).not.toContain(`process:${processId}`);
    expect(idsOf(await search('Quagmirequiet', member.auth))).toContain(`process:${processId}`);
  });

  it('leaves out an idea a moderator hid, and the ideas of someone in a block with the viewer', async () => {
    const processId = await openProcess(t, organiser.auth, open.slug, { title: 'Marmalade market' });
    const hiddenIdea = await t
      .http()
      .post(`/api/processes/${processId}/ideas`)
      .set(member.auth)
      .send({ title: 'Marmaladehidden stall', body: 'Body' })
      .expect(201);
    const blockedIdea = await t
      .http()
      .post(`/api/processes/${processId}/ideas`)
      .set(member.auth)
      .send({ title: 'Marmaladeblocked stall', body: 'Body' })
      .expect(201);
    expect(idsOf(await search('Marmaladehidden'))).toContain(`idea:${hiddenIdea.body.id}`);
    await t.sql(`UPDATE ideas SET hidden_at = now(), hidden_reason = 'spam' WHERE id = $1`, [
      hiddenIdea.body.id,
    ]);
    expect(idsOf(await search('Marmaladehidden'))).not.toContain(`idea:${hiddenIdea.body.id}`);
    await t.sql('INSERT INTO blocks (blocker_id, blocked_id) VALUES ($1, $2)', [stranger.id, member.id]);
    expect(idsOf(await search('Marmaladeblocked', stranger.auth))).not.toContain(
      `idea:${blockedIdea.body.id}`,
    );
    expect(idsOf(await search('Marmaladeblocked', follower.auth))).toContain(`idea:${blockedIdea.body.id}`);
    await t.sql('DELETE FROM blocks WHERE blocker_id = $1', [stranger.id]);
  });
});

describe('consultations in the feed', () => {
  it('shows a followed organisation’s new consultation and its new ideas', async () => {
    await t
      .http()
      .post('/api/follows')
      .set(follower.auth)
      .send({ type: 'organisation', target: open.slug })
      .expect(200);
    const processId = await openProcess(t, organiser.auth, open.slug, { title: 'Feed consultation' });
    const idea = await t
      .http()
      .post(`/api/processes/${processId}/ideas`)
      .set(member.auth)
      .send({ title: 'Feed idea', body: 'Body' })
      .expect(201);
    const feed = (await t.http().get('/api/feed').set(follower.auth).expect(200)).body as FeedPage;
    const objects = feed.items.map((item) => `${item.object.type}:${item.object.id}`);
    expect(objects).toEqual(expect.arrayContaining([`process:${processId}`, `idea:${idea.body.id}`]));
  });

  it('keeps a hidden organisation’s consultation out of the feed of those outside it', async () => {
    await t
      .http()
      .post('/api/follows')
      .set(stranger.auth)
      .send({ type: 'topic', target: 'climate-and-environment' });
    const processId = await openProcess(t, organiser.auth, hidden.slug, {
      title: 'Hidden feed consultation',
    });
    const feed = (await t.http().get('/api/feed').set(stranger.auth).expect(200)).body as FeedPage;
    expect(feed.items.map((item) => item.object.id)).not.toContain(processId);
  });
});
