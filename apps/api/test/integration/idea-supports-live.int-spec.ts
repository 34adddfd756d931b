import type { AddressInfo } from 'node:net';
import { addMember, createOrganisation, handleOf } from '../factories/organisations';
import { openProcess } from '../factories/processes';
import { MANY_SIGN_INS, type Person } from '../factories/profiles';
import { bearer, login, registerVerifiedUser } from '../factories/users';
import { collect, connected, type LiveClient, liveClient, watch } from '../setup/live-client';
import { startTestApp, type TestApp } from '../setup/test-app';
import { waitFor } from '../setup/wait-for';

let t: TestApp;
let origin: string;
const clients: LiveClient[] = [];

async function verifiedPerson(name: string): Promise<Person> {
  const user = await registerVerifiedUser(t, { displayName: name });
  const { accessToken } = await login(t, user);
  return { ...user, accessToken, auth: bearer(accessToken), handle: await handleOf(t, user) };
}

function client(token: string): LiveClient {
  const made = liveClient(origin, token);
  clients.push(made);
  return made;
}

beforeAll(async () => {
  t = await startTestApp(MANY_SIGN_INS);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  origin = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const made of clients) made.disconnect();
  await t.close();
});

describe('supports, live', () => {
  it('pushes each change of an idea’s count to the pages watching its process', async () => {
    const organiser = await verifiedPerson('Oda Organiser');
    const author = await verifiedPerson('Aino Author');
    const supporter = await verifiedPerson('Sven Supporter');
    const organisation = await createOrganisation(t, organiser.accessToken);
    const processId = await openProcess(t, organiser.auth, organisation.slug);
    const idea = await t
      .http()
      .post(`/api/processes/${processId}/ideas`)
      .set(author.auth)
      .send({ title: 'Live idea', body: 'Body' })
      .expect(201);
    const socket = await connected(client(author.accessToken));
    expect(await watch(socket, { type: 'process', id: processId })).toEqual({ ok: true });
    const seen = collect(socket, 'idea:supports');

    await t.http().put(`/api/ideas/${idea.body.id}/support`).set(supporter.auth).expect(200);
    await waitFor(() => seen.length === 1, 'the support');
    await t.http().delete(`/api/ideas/${idea.body.id}/support`).set(supporter.auth).expect(200);
    await waitFor(() => seen.length === 2, 'the withdrawal');
    expect(seen).toEqual([
      { processId, ideaId: idea.body.id, supportsCount: 1 },
      { processId, ideaId: idea.body.id, supportsCount: 0 },
    ]);
  });

  it('tells the pages watching a process of a new idea, but not people the author blocked', async () => {
    const organiser = await verifiedPerson('Olli Organiser');
    const author = await verifiedPerson('Ana Author');
    const blocked = await verifiedPerson('Bo Blocked');
    const organisation = await createOrganisation(t, organiser.accessToken);
    const processId = await openProcess(t, organiser.auth, organisation.slug);
    await t.http().post('/api/blocks').set(author.auth).send({ handle: blocked.handle }).expect(204);
    const watching = await connected(client(organiser.accessToken));
    const shut = await connected(client(blocked.accessToken));
    for (const socket of [watching, shut])
      expect(await watch(socket, { type: 'process', id: processId })).toEqual({ ok: true });
    const seen = collect(watching, 'idea:new');
    const unseen = collect(shut, 'idea:new');
    const idea = await t
      .http()
      .post(`/api/processes/${processId}/ideas`)
      .set(author.auth)
      .send({ title: 'A new idea, live', body: 'Body' })
      .expect(201);
    await waitFor(() => seen.length === 1, 'the new idea');
    expect(seen).toEqual([{ processId, ideaId: idea.body.id }]);
    expect(unseen).toEqual([]);
  });

  it('refuses to watch a process the viewer may not see', async () => {
    const owner = await verifiedPerson('Hedda Hidden');
    const outsider = await verifiedPerson('Otto Outsider');
    const member = await verifiedPerson('Mona Member');
    const organisation = await createOrganisation(t, owner.accessToken);
    await addMember(t, organisation, member, 'member');
    await t.sql(`UPDATE organisations SET visibility = 'hidden' WHERE id = $1`, [organisation.id]);
    const processId = await openProcess(t, owner.auth, organisation.slug);
    const outside = await connected(client(outsider.accessToken));
    expect(await watch(outside, { type: 'process', id: processId })).toEqual({
      ok: false,
      code: 'not_found',
    });
    const inside = await connected(client(member.accessToken));
    expect(await watch(inside, { type: 'process', id: processId })).toEqual({ ok: true });
  });
});
