import type { AddressInfo } from 'node:net';
import { addProjects, checkOut, choose, createBudget } from '../factories/budgets';
import { createOrganisation } from '../factories/organisations';
import { writer } from '../factories/posts';
import { openProcess } from '../factories/processes';
import { collect, connected, type LiveClient, liveClient, watch } from '../setup/live-client';
import { startTestApp, type TestApp } from '../setup/test-app';
import { waitFor } from '../setup/wait-for';

let t: TestApp;
let origin: string;
const clients: LiveClient[] = [];

beforeAll(async () => {
  t = await startTestApp({ LOGIN_LIMIT_PER_IP: '10000' });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  origin = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
});
afterEach(() => {
  for (const client of clients.splice(0)) client.disconnect();
});
afterAll(() => t.close());

function client(token: string): LiveClient {
  const made = liveClient(origin, token);
  clients.push(made);
  return made;
}

/** Lets events already sent arrive, before asserting that something did not. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('watching a budget', () => {
  it('sends the new count of ballots at each checkout, but not to people in a block with the voter', async () => {
    const organiser = await writer(t);
    const watcher = await writer(t);
    const blocking = await writer(t);
    const voter = await writer(t);
    const organisation = await createOrganisation(t, organiser.accessToken, { name: 'Live Budget Forum' });
    const processId = await openProcess(t, organiser.auth, organisation.slug);
    const budget = await createBudget(t, organiser.auth, processId, { amount: 100 });
    const [project] = await addProjects(t, organiser.auth, budget.id, [{ cost: 90 }]);
    await t.http().post('/api/blocks').set(blocking.auth).send({ handle: voter.handle }).expect(204);

    const watcherSocket = await connected(client(watcher.accessToken));
    const blockingSocket = await connected(client(blocking.accessToken));
    expect(await watch(watcherSocket, { type: 'budget', id: budget.id })).toEqual({ ok: true });
    expect(await watch(blockingSocket, { type: 'budget', id: budget.id })).toEqual({ ok: true });
    const seen = collect(watcherSocket, 'budget:ballots');
    const blockingSaw = collect(blockingSocket, 'budget:ballots');

    await choose(t, voter.auth, budget.id, project?.id ?? '').expect(200);
    await checkOut(t, voter.auth, budget.id).expect(200);
    await waitFor(() => seen.length === 1, 'the new count');
    await settle();
    expect(seen).toEqual([{ budgetId: budget.id, ballotCount: 1 }]);
    expect(blockingSaw).toEqual([]);
  });

  it('refuses to watch a budget whose process the viewer may not see', async () => {
    const organiser = await writer(t);
    const stranger = await writer(t);
    const organisation = await createOrganisation(t, organiser.accessToken, { name: 'Closed Circle' });
    await t.sql(`UPDATE organisations SET visibility = 'hidden' WHERE id = $1`, [organisation.id]);
    const processId = await openProcess(t, organiser.auth, organisation.slug);
    const budget = await createBudget(t, organiser.auth, processId);
    const socket = await connected(client(stranger.accessToken));
    expect(await watch(socket, { type: 'budget', id: budget.id })).toEqual({ ok: false, code: 'not_found' });
    const organiserSocket = await connected(client(organiser.accessToken));
    expect(await watch(organiserSocket, { type: 'budget', id: budget.id })).toEqual({ ok: true });
  });
});
