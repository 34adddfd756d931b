import { EventEmitter2 } from '@nestjs/event-emitter';
import type { ActivityRecorded } from '../../src/modules/activities/activities.events';
import { CalendarSources } from '../../src/modules/calendar/calendar-sources';
import { ModerationTargets } from '../../src/modules/moderation/moderation-targets';
import { newFundingCallInput, publishFundingCall } from '../factories/funding-calls';
import { addMember, createOrganisation, handleOf, type TestOrganisation } from '../factories/organisations';
import { MANY_SIGN_INS, type Person } from '../factories/profiles';
import { bearer, login, registerUser, registerVerifiedUser } from '../factories/users';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';

let t: TestApp;
let funderEditor: Person;
let funderOwner: Person;
let funderMember: Person;
let csoAdmin: Person;
let stranger: Person;
let foundation: TestOrganisation;
let portugueseCso: TestOrganisation;
const announced: ActivityRecorded[] = [];
const nextYear = new Date().getUTCFullYear() + 1;

async function verifiedPerson(name: string): Promise<Person> {
  const user = await registerVerifiedUser(t, { displayName: name });
  const { accessToken } = await login(t, user);
  return { ...user, accessToken, auth: bearer(accessToken), handle: await handleOf(t, user) };
}

beforeAll(async () => {
  t = await startTestApp(MANY_SIGN_INS);
  t.app.get(EventEmitter2).on('activity.recorded', (activity: ActivityRecorded) => announced.push(activity));
  funderOwner = await verifiedPerson('Funder Owner');
  funderEditor = await verifiedPerson('Funder Editor');
  funderMember = await verifiedPerson('Funder Member');
  csoAdmin = await verifiedPerson('Cso Admin');
  stranger = await verifiedPerson('Some Stranger');
  foundation = await createOrganisation(t, funderOwner.accessToken, {
    kind: 'foundation',
    name: 'Open Future Foundation',
  });
  await addMember(t, foundation, funderEditor, 'editor');
  await addMember(t, foundation, funderMember, 'member');
  const csoOwner = await verifiedPerson('Cso Owner');
  portugueseCso = await createOrganisation(t, csoOwner.accessToken, {
    kind: 'cso',
    country: 'PT',
    topics: ['climate-and-environment', 'housing'],
  });
  await addMember(t, portugueseCso, csoAdmin, 'admin');
});
afterAll(() => t.close());

describe('publishing a call', () => {
  it('publishes as an editor of the funder, with the funder kind, the derived status and an activity', async () => {
    announced.length = 0;
    const response = await t
      .http()
      .post('/api/funding-calls')
      .set(funderEditor.auth)
      .send(newFundingCallInput(foundation.slug, { coFundingRate: 20, languages: ['en', 'pt'] }))
      .expect(201);
    expect(response.body).toEqual(
      expect.objectContaining({
        title: 'Civic Resilience Fund 2027',
        status: 'open',
        currency: 'EUR',
        maxGrant: 150_000,
        coFundingRate: 20,
        descriptionHtml: expect.stringContaining('<strong>short</strong>'),
        funder: expect.objectContaining({
          organisation: expect.objectContaining({ slug: foundation.slug, kind: 'foundation' }),
        }),
        deadlines: [
          {
            label: 'Deadline',
            local: `${nextYear}-03-01T00:00`,
            timeZone: 'Europe/Brussels',
            at: `${nextYear}-02-28T23:00:00.000Z`,
          },
        ],
        nextDeadline: expect.objectContaining({ at: `${nextYear}-02-28T23:00:00.000Z` }),
        saveCount: 0,
        canEdit: true,
      }),
    );
    expect(announced).toEqual([
      expect.objectContaining({ verb: 'published', objectType: 'funding_call', objectId: response.body.id }),
    ]);
  });

  it('defaults a deadline time zone to Europe/Brussels', async () => {
    const response = await t
      .http()
      .post('/api/funding-calls')
      .set(funderEditor.auth)
      .send(
        newFundingCallInput(foundation.slug, {
          deadlines: [{ label: 'Deadline', local: `${nextYear}-06-01T12:00` }],
        }),
      )
      .expect(201);
    expect(response.body.deadlines[0].timeZone).toBe('Europe/Brussels');
  });

  it.each([
    ['a member', () => funderMember, 403, 'forbidden'],
    ['a stranger', () => stranger, 403, 'forbidden'],
  ])('refuses %s of the funder', async (_who, person, status, code) => {
    const response = await t
      .http()
      .post('/api/funding-calls')
      .set(person().auth)
      .send(newFundingCallInput(foundation.slug));
    expectProblem(response, status, code);
  });

  it('refuses anonymous visitors', async () => {
    expectProblem(
      await t.http().post('/api/funding-calls').send(newFundingCallInput(foundation.slug)),
      401,
      'unauthenticated',
    );
  });

  it('refuses an unconfirmed account', async () => {
    const user = await registerUser(t);
    const { accessToken } = await login(t, user);
    await addMember(t, foundation, user, 'editor');
    const response = await t
      .http()
      .post('/api/funding-calls')
      .set(bearer(accessToken))
      .send(newFundingCallInput(foundation.slug));
    expectProblem(response, 403, 'email_not_verified');
  });

  it.each([
    [
      'a deadline in the past',
      { deadlines: [{ label: 'Deadline', local: '2020-03-01T00:00' }] },
      'deadlines',
    ],
    [
      'a time the clocks skip',
      { deadlines: [{ label: 'Deadline', local: `${nextYear}-03-28T02:30`, timeZone: 'Europe/Brussels' }] },
      'deadlines.0.local',
    ],
    [
      'an invalid time zone',
      { deadlines: [{ label: 'Deadline', local: `${nextYear}-03-01T00:00`, timeZone: 'Europe/Atlantis' }] },
      'deadlines.0.timeZone',
    ],
    ['a minimum above the maximum', { minGrant: 200_000, maxGrant: 100_000 }, 'minGrant'],
    ['a grant above the budget', { totalBudget: 50_000, maxGrant: 100_000, minGrant: 1_000 }, 'maxGrant'],
    ['a co-funding rate over 100', { coFundingRate: 120 }, 'coFundingRate'],
    ['an unknown currency', { currency: 'EUX' as 'EUR' }, 'currency'],
    ['a plain http link', { applyUrl: 'http://funder.example.org' }, 'applyUrl'],
    [
      'two deadlines for a single stage',
      {
        deadlines: [
          { label: 'a', local: `${nextYear}-03-01T00:00` },
          { label: 'b', local: `${nextYear}-04-01T00:00` },
        ],
      },
      'deadlines',
    ],
    ['a deadline on a rolling call', { deadlineModel: 'rolling' as const }, 'deadlines'],
    ['an unknown country group', { eligibleCountries: ['EU28'] }, 'eligibleCountries.0'],
    ['an opening after the deadline', { opening: { local: `${nextYear}-04-01T00:00` } }, 'opening'],
  ])('refuses %s with a 400 naming the field', async (_case, overrides, field) => {
    const response = await t
      .http()
      .post('/api/funding-calls')
      .set(funderEditor.auth)
      .send(newFundingCallInput(foundation.slug, overrides));
    const body = expectProblem(response, 400, 'validation_failed');
    expect(body.errors?.map((error) => error.field)).toContain(field);
  });

  it('refuses a topic outside the taxonomy, naming the field', async () => {
    const response = await t
      .http()
      .post('/api/funding-calls')
      .set(funderEditor.auth)
      .send(
        newFundingCallInput(foundation.slug, { topics: ['not-a-topic'], eligibleCountries: ['EU27', 'XX'] }),
      );
    const body = expectProblem(response, 400, 'unknown_taxonomy_value');
    expect(body.errors?.map((error) => error.field)).toEqual(
      expect.arrayContaining(['topics.0', 'eligibleCountries.1']),
    );
  });
});

describe('reading calls', () => {
  let open: string;
  let forthcoming: string;
  let closed: string;

  beforeAll(async () => {
    open = await publishFundingCall(t, funderEditor.auth, foundation.slug, {
      title: 'Reading open call',
      topics: ['youth'],
    });
    forthcoming = await publishFundingCall(t, funderEditor.auth, foundation.slug, {
      title: 'Reading forthcoming call',
      topics: ['youth'],
      opening: { local: `${nextYear}-01-15T09:00` },
    });
    closed = await publishFundingCall(t, funderEditor.auth, foundation.slug, {
      title: 'Reading closed call',
      topics: ['youth'],
    });
    await t.sql(
      `UPDATE funding_calls SET deadlines_at = ARRAY['2020-03-01T00:00Z'::timestamptz], closes_at = '2020-03-01T00:00Z',
              deadlines = '[{"label":"Deadline","local":"2020-03-01T01:00","timeZone":"Europe/Brussels","at":"2020-03-01T00:00:00.000Z"}]'
        WHERE id = $1`,
      [closed],
    );
  });

  it('shows a call to anonymous visitors, without the save count', async () => {
    const response = await t.http().get(`/api/funding-calls/${open}`).expect(200);
    expect(response.body).toEqual(
      expect.objectContaining({ id: open, saveCount: null, canEdit: false, savedByMe: false }),
    );
  });

  it('answers 404 for an unknown or malformed id', async () => {
    expectProblem(await t.http().get(`/api/funding-calls/${crypto.randomUUID()}`), 404, 'not_found');
    expectProblem(await t.http().get('/api/funding-calls/not-a-uuid'), 404, 'not_found');
  });

  it('lists open and forthcoming calls by default, by next deadline, and closed ones on request', async () => {
    const list = await t
      .http()
      .get('/api/funding-calls')
      .query({ topic: 'youth', funder: foundation.slug })
      .expect(200);
    expect(list.body.items.map((item: { id: string; status: string }) => [item.id, item.status])).toEqual(
      expect.arrayContaining([
        [open, 'open'],
        [forthcoming, 'forthcoming'],
      ]),
    );
    expect(list.body.items.map((item: { id: string }) => item.id)).not.toContain(closed);
    const closedList = await t
      .http()
      .get('/api/funding-calls')
      .query({ topic: 'youth', status: 'closed' })
      .expect(200);
    expect(closedList.body.items.map((item: { id: string }) => item.id)).toEqual([closed]);
  });

  it('pages through the directory with a cursor, without repeating a call', async () => {
    const first = await t
      .http()
      .get('/api/funding-calls')
      .query({ funder: foundation.slug, limit: 2 })
      .expect(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await t
      .http()
      .get('/api/funding-calls')
      .query({ funder: foundation.slug, limit: 2, after: first.body.nextCursor })
      .expect(200);
    const ids = [...first.body.items, ...second.body.items].map((item: { id: string }) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('finds calls by words in the title', async () => {
    const list = await t.http().get('/api/funding-calls').query({ q: 'reading FORTH' }).expect(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).toEqual([forthcoming]);
  });

  it('pages newest first when ordered by publication', async () => {
    const list = await t
      .http()
      .get('/api/funding-calls')
      .query({ topic: 'youth', order: 'published', status: 'open,forthcoming,closed' })
      .expect(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).toEqual([closed, forthcoming, open]);
  });

  it('filters by eligible country through groups, and by organisation kind', async () => {
    const eea = await publishFundingCall(t, funderEditor.auth, foundation.slug, {
      title: 'EEA only',
      topics: ['open-data'],
      eligibleCountries: ['EEA'],
      eligibleKinds: ['network'],
    });
    const query = (q: Record<string, string>) =>
      t
        .http()
        .get('/api/funding-calls')
        .query({ topic: 'open-data', ...q })
        .expect(200);
    const ids = (response: { body: { items: { id: string }[] } }) =>
      response.body.items.map((item) => item.id);
    expect(ids(await query({ eligibleCountry: 'NO' }))).toEqual([eea]);
    expect(ids(await query({ eligibleCountry: 'CH' }))).toEqual([]);
    expect(ids(await query({ eligibleKind: 'network' }))).toEqual([eea]);
    expect(ids(await query({ eligibleKind: 'cso' }))).toEqual([]);
  });

  it.each([
    [{ status: 'ended' }, 'status'],
    [{ eligibleCountry: 'Portugal' }, 'eligibleCountry'],
    [{ eligibleKind: 'company' }, 'eligibleKind'],
    [{ limit: '500' }, 'limit'],
    [{ after: 'not-a-cursor' }, 'after'],
  ])('refuses the filter %j with a 400 naming the field', async (query, field) => {
    const body = expectProblem(
      await t.http().get('/api/funding-calls').query(query),
      400,
      'validation_failed',
    );
    expect(body.errors?.map((error) => error.field.split('.')[0])).toContain(field);
  });
});

describe('changing a call', () => {
  let id: string;
  beforeAll(async () => {
    id = await publishFundingCall(t, funderEditor.auth, foundation.slug, { title: 'To be changed' });
  });

  it('lets an editor of the funder change it and records an update', async () => {
    announced.length = 0;
    const response = await t
      .http()
      .patch(`/api/funding-calls/${id}`)
      .set(funderOwner.auth)
      .send({
        title: 'Changed title',
        deadlineModel: 'two_stage',
        deadlines: [
          { label: 'Stage 1', local: `${nextYear}-02-01T17:00` },
          { label: 'Stage 2', local: `${nextYear}-05-01T17:00`, timeZone: 'Europe/Lisbon' },
        ],
      })
      .expect(200);
    expect(response.body.title).toBe('Changed title');
    expect(response.body.deadlines.map((d: { label: string }) => d.label)).toEqual(['Stage 1', 'Stage 2']);
    expect(announced).toEqual([expect.objectContaining({ verb: 'updated', objectId: id })]);
    const [row] = await t.sql<{ sequence: number }>('SELECT sequence FROM funding_calls WHERE id = $1', [id]);
    expect(row?.sequence).toBe(1);
  });

  it.each([
    ['a member of the funder', () => funderMember],
    ['a stranger', () => stranger],
  ])('refuses %s', async (_who, person) => {
    expectProblem(
      await t.http().patch(`/api/funding-calls/${id}`).set(person().auth).send({ title: 'Nope nope' }),
      403,
      'forbidden',
    );
  });

  it('refuses a deadline model without deadlines, naming the field', async () => {
    const body = expectProblem(
      await t
        .http()
        .patch(`/api/funding-calls/${id}`)
        .set(funderEditor.auth)
        .send({ deadlineModel: 'rolling' }),
      400,
      'validation_failed',
    );
    expect(body.errors?.map((error) => error.field)).toEqual(['deadlines']);
  });

  it('refuses a minimum grant above the maximum it keeps', async () => {
    const body = expectProblem(
      await t.http().patch(`/api/funding-calls/${id}`).set(funderEditor.auth).send({ minGrant: 900_000 }),
      400,
      'validation_failed',
    );
    expect(body.errors?.map((error) => error.field)).toContain('minGrant');
  });
});

describe('calls my organisation can apply for', () => {
  let fits: string;
  let wrongKind: string;
  let wrongCountry: string;
  let otherTopic: string;

  beforeAll(async () => {
    const network = await createOrganisation(t, funderOwner.accessToken, {
      kind: 'network',
      name: 'Eligibility Network',
    });
    const slug = network.slug;
    fits = await publishFundingCall(t, funderOwner.auth, slug, { title: 'Fits by group' });
    wrongKind = await publishFundingCall(t, funderOwner.auth, slug, {
      title: 'Foundations only',
      eligibleKinds: ['foundation'],
    });
    wrongCountry = await publishFundingCall(t, funderOwner.auth, slug, {
      title: 'Candidates only',
      eligibleCountries: ['EU_CANDIDATES'],
      eligibleKinds: ['foundation'],
    });
    otherTopic = await publishFundingCall(t, funderOwner.auth, slug, {
      title: 'Other topic',
      topics: ['roma-inclusion'],
    });
  });

  const eligible = (auth: Record<string, string>, query: Record<string, string> = {}) =>
    t
      .http()
      .get(`/api/funding-calls/for/${portugueseCso.slug}`)
      .set(auth)
      .query({ limit: 100, ...query });

  it('lists fitting calls first with their reasons, then near misses with the rule they fail', async () => {
    const response = await eligible(csoAdmin.auth).expect(200);
    const byId = new Map(response.body.items.map((item: { call: { id: string } }) => [item.call.id, item]));
    expect(byId.get(fits)).toEqual(
      expect.objectContaining({
        eligible: true,
        reasons: [
          { rule: 'country', country: 'PT', group: 'EU27' },
          { rule: 'kind', kind: 'cso' },
          { rule: 'topics', topics: ['climate-and-environment'] },
        ],
        failures: [],
      }),
    );
    expect(byId.get(wrongKind)).toEqual(
      expect.objectContaining({ eligible: false, failures: ['kind_not_eligible'] }),
    );
    expect(byId.has(wrongCountry)).toBe(false);
    expect(byId.has(otherTopic)).toBe(false);
    const firstMiss = response.body.items.findIndex((item: { eligible: boolean }) => !item.eligible);
    expect(response.body.items.slice(firstMiss).every((item: { eligible: boolean }) => !item.eligible)).toBe(
      true,
    );
  });

  it('lists every call with its failing rules with all=true', async () => {
    const response = await eligible(csoAdmin.auth, { all: 'true' }).expect(200);
    const byId = new Map(response.body.items.map((item: { call: { id: string } }) => [item.call.id, item]));
    expect(byId.get(wrongCountry)).toEqual(
      expect.objectContaining({ failures: ['country_not_eligible', 'kind_not_eligible'] }),
    );
    expect(byId.has(otherTopic)).toBe(true);
  });

  it('pages with a cursor', async () => {
    const first = await eligible(csoAdmin.auth, { all: 'true', limit: '1' }).expect(200);
    const second = await eligible(csoAdmin.auth, {
      all: 'true',
      limit: '1',
      after: first.body.nextCursor,
    }).expect(200);
    expect(second.body.items[0].call.id).not.toBe(first.body.items[0].call.id);
  });

  it.each([
    ['a member of another organisation', () => stranger],
    ['a member of the funder', () => funderMember],
  ])('refuses %s', async (_who, person) => {
    expectProblem(await eligible(person().auth), 403, 'forbidden');
  });

  it('refuses anonymous visitors', async () => {
    expectProblem(await eligible({}), 401, 'unauthenticated');
  });

  it('answers 404 for an organisation that does not exist', async () => {
    expectProblem(
      await t.http().get('/api/funding-calls/for/no-such-org').set(csoAdmin.auth),
      404,
      'not_found',
    );
  });
});

describe('saving calls', () => {
  let id: string;
  beforeAll(async () => {
    id = await publishFundingCall(t, funderEditor.auth, foundation.slug, {
      title: 'To be saved',
      deadlineModel: 'two_stage',
      deadlines: [
        { label: 'Stage 1', local: `${nextYear}-02-01T17:00` },
        { label: 'Stage 2', local: `${nextYear}-05-01T17:00` },
      ],
    });
  });

  it('saves for me and for my organisation, lists them, and shows the funder only the count', async () => {
    expect(
      (await t.http().post(`/api/funding-calls/${id}/saves`).set(stranger.auth).send({}).expect(200)).body,
    ).toEqual({
      savedByMe: true,
      savedForOrganisations: [],
    });
    const forOrg = await t
      .http()
      .post(`/api/funding-calls/${id}/saves`)
      .set(csoAdmin.auth)
      .send({ organisation: portugueseCso.slug })
      .expect(200);
    expect(forOrg.body).toEqual({ savedByMe: false, savedForOrganisations: [portugueseCso.slug] });
    await t.http().post(`/api/funding-calls/${id}/saves`).set(stranger.auth).send({}).expect(200);

    const mine = await t.http().get('/api/me/saved-funding-calls').set(stranger.auth).expect(200);
    expect(mine.body.items.map((item: { id: string }) => item.id)).toEqual([id]);
    const orgSaved = await t
      .http()
      .get(`/api/organisations/${portugueseCso.slug}/saved-funding-calls`)
      .set(csoAdmin.auth)
      .expect(200);
    expect(orgSaved.body.items.map((item: { id: string }) => item.id)).toEqual([id]);

    const funderView = await t.http().get(`/api/funding-calls/${id}`).set(funderEditor.auth).expect(200);
    expect(funderView.body.saveCount).toBe(2);
    expect(JSON.stringify(funderView.body)).not.toContain(stranger.handle);
    const memberView = await t.http().get(`/api/funding-calls/${id}`).set(funderMember.auth).expect(200);
    expect(memberView.body.saveCount).toBeNull();
  });

  it('gives the saved deadlines to the personal calendar of the saver and of the organisation members', async () => {
    const calendar = t.app.get(CalendarSources);
    const uids = async (userId: string) => (await calendar.entriesFor(userId)).map((entry) => entry.uid);
    expect(await uids(stranger.id)).toEqual(
      expect.arrayContaining([`funding-call-${id}-1`, `funding-call-${id}-2`]),
    );
    expect(await uids(csoAdmin.id)).toEqual(
      expect.arrayContaining([`funding-call-${id}-1`, `funding-call-${id}-2`]),
    );
    expect(await uids(funderMember.id)).not.toContain(`funding-call-${id}-1`);
    const [entry] = (await calendar.entriesFor(stranger.id)).filter((e) => e.uid === `funding-call-${id}-1`);
    expect(entry).toEqual(
      expect.objectContaining({ summary: 'To be saved: Stage 1', timeZone: 'Europe/Brussels', end: null }),
    );
  });

  it('pages my saved calls newest first', async () => {
    const other = await publishFundingCall(t, funderEditor.auth, foundation.slug, { title: 'Saved second' });
    await t.http().post(`/api/funding-calls/${other}/saves`).set(stranger.auth).send({}).expect(200);
    const first = await t
      .http()
      .get('/api/me/saved-funding-calls')
      .set(stranger.auth)
      .query({ limit: 1 })
      .expect(200);
    expect(first.body.items.map((item: { id: string }) => item.id)).toEqual([other]);
    const second = await t
      .http()
      .get('/api/me/saved-funding-calls')
      .set(stranger.auth)
      .query({ limit: 1, after: first.body.nextCursor })
      .expect(200);
    expect(second.body.items.map((item: { id: string }) => item.id)).toEqual([id]);
  });

  it('unsaves', async () => {
    await t.http().post(`/api/funding-calls/${id}/saves`).set(funderOwner.auth).send({}).expect(200);
    const response = await t
      .http()
      .delete(`/api/funding-calls/${id}/saves`)
      .set(funderOwner.auth)
      .expect(200);
    expect(response.body.savedByMe).toBe(false);
    const org = await t
      .http()
      .delete(`/api/funding-calls/${id}/saves`)
      .query({ organisation: portugueseCso.slug })
      .set(csoAdmin.auth)
      .expect(200);
    expect(org.body.savedForOrganisations).toEqual([]);
  });

  it('refuses to save for an organisation one is not an editor of', async () => {
    expectProblem(
      await t
        .http()
        .post(`/api/funding-calls/${id}/saves`)
        .set(stranger.auth)
        .send({ organisation: portugueseCso.slug }),
      403,
      'forbidden',
    );
    expectProblem(
      await t
        .http()
        .post(`/api/funding-calls/${id}/saves`)
        .set(funderMember.auth)
        .send({ organisation: foundation.slug }),
      403,
      'forbidden',
    );
  });

  it('refuses an organisation’s saved list to non-members', async () => {
    expectProblem(
      await t.http().get(`/api/organisations/${portugueseCso.slug}/saved-funding-calls`).set(stranger.auth),
      403,
      'forbidden',
    );
  });

  it('refuses anonymous saves and lists', async () => {
    expectProblem(await t.http().post(`/api/funding-calls/${id}/saves`).send({}), 401, 'unauthenticated');
    expectProblem(await t.http().delete(`/api/funding-calls/${id}/saves`), 401, 'unauthenticated');
    expectProblem(await t.http().get('/api/me/saved-funding-calls'), 401, 'unauthenticated');
  });

  it('refuses an invalid organisation slug with a 400 naming the field', async () => {
    const body = expectProblem(
      await t
        .http()
        .post(`/api/funding-calls/${id}/saves`)
        .set(stranger.auth)
        .send({ organisation: 'Not A Slug!' }),
      400,
      'validation_failed',
    );
    expect(body.errors?.map((error) => error.field)).toEqual(['organisation']);
  });
});

describe('organisations I publish and save for', () => {
  it('lists the organisations where I am an owner, admin or editor, not a member', async () => {
    const editor = await t.http().get('/api/me/funding-organisations').set(funderEditor.auth).expect(200);
    expect(editor.body.items).toEqual([
      { slug: foundation.slug, name: 'Open Future Foundation', kind: 'foundation', country: 'DE' },
    ]);
    const member = await t.http().get('/api/me/funding-organisations').set(funderMember.auth).expect(200);
    expect(member.body.items).toEqual([]);
  });

  it('pages by name', async () => {
    const first = await t
      .http()
      .get('/api/me/funding-organisations')
      .set(funderOwner.auth)
      .query({ limit: 1 })
      .expect(200);
    const second = await t
      .http()
      .get('/api/me/funding-organisations')
      .set(funderOwner.auth)
      .query({ limit: 1, after: first.body.nextCursor })
      .expect(200);
    expect(second.body.items[0].slug).not.toBe(first.body.items[0].slug);
  });

  it('refuses anonymous visitors', async () => {
    expectProblem(await t.http().get('/api/me/funding-organisations'), 401, 'unauthenticated');
  });
});

describe('hidden and blocked', () => {
  let id: string;
  beforeAll(async () => {
    id = await publishFundingCall(t, funderEditor.auth, foundation.slug, {
      title: 'Hidden by a moderator',
      topics: ['poverty'],
    });
    await t.app.get(ModerationTargets).get('funding_call')?.setHidden(id, { reason: 'Misleading amounts' });
  });

  it('describes a call to moderators', async () => {
    expect(await t.app.get(ModerationTargets).get('funding_call')?.describe(id)).toEqual({
      title: 'Hidden by a moderator',
      authorId: funderEditor.id,
      path: `/funding/${id}`,
    });
  });

  it('shows a hidden call only to its author, with the reason', async () => {
    const own = await t.http().get(`/api/funding-calls/${id}`).set(funderEditor.auth).expect(200);
    expect(own.body.moderation).toEqual({ hidden: true, reason: 'Misleading amounts' });
    expectProblem(await t.http().get(`/api/funding-calls/${id}`).set(funderOwner.auth), 404, 'not_found');
    expectProblem(await t.http().get(`/api/funding-calls/${id}`), 404, 'not_found');
    const list = await t.http().get('/api/funding-calls').query({ topic: 'poverty' }).expect(200);
    expect(list.body.items).toEqual([]);
    expectProblem(
      await t.http().post(`/api/funding-calls/${id}/saves`).set(stranger.auth).send({}),
      404,
      'not_found',
    );
  });

  it('hides the calls of a blocked author from the blocker, in the directory and the page', async () => {
    const blocker = await verifiedPerson('Blocking Person');
    const visible = await publishFundingCall(t, funderEditor.auth, foundation.slug, {
      title: 'By a blocked author',
      topics: ['transparency'],
    });
    await t.http().post('/api/blocks').set(blocker.auth).send({ handle: funderEditor.handle }).expect(204);
    expectProblem(await t.http().get(`/api/funding-calls/${visible}`).set(blocker.auth), 404, 'not_found');
    const list = await t
      .http()
      .get('/api/funding-calls')
      .set(blocker.auth)
      .query({ topic: 'transparency' })
      .expect(200);
    expect(list.body.items).toEqual([]);
    const other = await t
      .http()
      .get('/api/funding-calls')
      .set(stranger.auth)
      .query({ topic: 'transparency' })
      .expect(200);
    expect(other.body.items.map((item: { id: string }) => item.id)).toEqual([visible]);
  });

  it('hides the calls of a hidden organisation from non-members', async () => {
    const secret = await createOrganisation(t, funderOwner.accessToken, {
      visibility: 'hidden',
      name: 'Quiet Fund',
    });
    const callId = await publishFundingCall(t, funderOwner.auth, secret.slug, { title: 'Quiet call' });
    expectProblem(await t.http().get(`/api/funding-calls/${callId}`).set(stranger.auth), 404, 'not_found');
    await t.http().get(`/api/funding-calls/${callId}`).set(funderOwner.auth).expect(200);
  });

  it('does not show the author to viewers who may not list their hidden profile', async () => {
    const shy = await verifiedPerson('Shy Editor');
    await t.http().patch('/api/me/profile').set(shy.auth).send({ visibility: 'hidden' }).expect(200);
    await addMember(t, foundation, shy, 'editor');
    const callId = await publishFundingCall(t, shy.auth, foundation.slug, {
      title: 'Posted by a hidden profile',
    });
    const response = await t.http().get(`/api/funding-calls/${callId}`).set(stranger.auth).expect(200);
    expect(response.body.funder.person).toBeNull();
    expect(response.body.funder.organisation.slug).toBe(foundation.slug);
  });
});
