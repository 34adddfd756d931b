import type {
  CreatePartnerSearchRequest,
  Notification,
  NotificationPage,
  PartnerSearch,
} from '@open-spaces/contracts';
import { publishFundingCall } from '../factories/funding-calls';
import { addMember, createOrganisation, handleOf, type TestOrganisation } from '../factories/organisations';
import { MANY_SIGN_INS, type Person } from '../factories/profiles';
import { bearer, login, registerVerifiedUser } from '../factories/users';
import { jobsSettled } from '../setup/jobs';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';

let t: TestApp;
let funder: Person;
let leadEditor: Person;
let leadMember: Person;
let partnerEditor: Person;
let partnerMember: Person;
let thirdEditor: Person;
let stranger: Person;
let lead: TestOrganisation;
let germanCso: TestOrganisation;
let frenchNetwork: TestOrganisation;
let callId: string;
let soloCallId: string;

async function verifiedPerson(name: string): Promise<Person> {
  const user = await registerVerifiedUser(t, { displayName: name });
  const { accessToken } = await login(t, user);
  return { ...user, accessToken, auth: bearer(accessToken), handle: await handleOf(t, user) };
}

const searchInput = (overrides: Partial<CreatePartnerSearchRequest> = {}): CreatePartnerSearchRequest => ({
  organisation: lead.slug,
  roles: [
    { role: 'partner', competences: ['research-and-data'] },
    { role: 'associated_partner', competences: [] },
  ],
  countriesWanted: ['FR'],
  note: 'We look for a research partner in another EU country.',
  ...overrides,
});

async function startSearch(overrides: Partial<CreatePartnerSearchRequest> = {}): Promise<PartnerSearch> {
  const response = await t
    .http()
    .post(`/api/funding-calls/${callId}/partner-searches`)
    .set(leadEditor.auth)
    .send(searchInput(overrides))
    .expect(201);
  return response.body;
}

async function interest(
  searchId: string,
  person: Person,
  organisation: TestOrganisation,
  role = 'partner',
): Promise<string> {
  const response = await t
    .http()
    .post(`/api/partner-searches/${searchId}/interests`)
    .set(person.auth)
    .send({ organisation: organisation.slug, role, note: 'We would love to join.' })
    .expect(201);
  const mine = (response.body as PartnerSearch).interests.find(
    (i) => i.organisation.slug === organisation.slug,
  );
  if (!mine) throw new Error('the interest is not listed');
  return mine.id;
}

async function notificationsOf(person: Person): Promise<Notification[]> {
  await jobsSettled(t);
  const response = await t.http().get('/api/notifications').set(person.auth).expect(200);
  return (response.body as NotificationPage).items;
}

beforeAll(async () => {
  t = await startTestApp(MANY_SIGN_INS);
  funder = await verifiedPerson('Funder Owner');
  leadEditor = await verifiedPerson('Lead Editor');
  leadMember = await verifiedPerson('Lead Member');
  partnerEditor = await verifiedPerson('Partner Editor');
  partnerMember = await verifiedPerson('Partner Member');
  thirdEditor = await verifiedPerson('Third Editor');
  stranger = await verifiedPerson('Some Stranger');
  const foundation = await createOrganisation(t, funder.accessToken, { kind: 'foundation' });
  callId = await publishFundingCall(t, funder.auth, foundation.slug, {
    eligibleCountries: ['EU27'],
    eligibleKinds: ['cso', 'network'],
    minPartners: 3,
    minCountries: 2,
  });
  soloCallId = await publishFundingCall(t, funder.auth, foundation.slug, { title: 'Single applicant call' });
  lead = await createOrganisation(t, leadEditor.accessToken, {
    kind: 'cso',
    country: 'PT',
    name: 'Lisbon Lab',
  });
  await addMember(t, lead, leadMember, 'member');
  germanCso = await createOrganisation(t, partnerEditor.accessToken, {
    kind: 'cso',
    country: 'DE',
    name: 'Berlin Civic',
    offers: ['research-and-data'],
  });
  await addMember(t, germanCso, partnerMember, 'member');
  frenchNetwork = await createOrganisation(t, thirdEditor.accessToken, {
    kind: 'network',
    country: 'FR',
    name: 'Réseau Paris',
    offers: ['research-and-data'],
  });
});
afterAll(() => t.close());

describe('starting a partner search', () => {
  it('starts as an editor of the lead, with the lead alone in the coverage and the gaps named', async () => {
    const search = await startSearch();
    expect(search).toEqual(
      expect.objectContaining({
        call: expect.objectContaining({ id: callId }),
        lead: { slug: lead.slug, name: 'Lisbon Lab', kind: 'cso', country: 'PT' },
        status: 'open',
        canManage: true,
        interests: [],
      }),
    );
    expect(search.coverage).toEqual(
      expect.objectContaining({
        minPartners: 3,
        minCountries: 2,
        eligiblePartners: 1,
        countriesCovered: ['PT'],
        gaps: [
          { type: 'partners', missing: 2 },
          { type: 'countries', missing: 1 },
          { type: 'role', role: 'partner', competences: ['research-and-data'] },
          { type: 'role', role: 'associated_partner', competences: [] },
        ],
        complete: false,
      }),
    );
  });

  it('refuses a member of the lead who is not an editor', async () => {
    const response = await t
      .http()
      .post(`/api/funding-calls/${callId}/partner-searches`)
      .set(leadMember.auth)
      .send(searchInput());
    expectProblem(response, 403, 'forbidden');
  });

  it('refuses someone who is not a member of the lead organisation', async () => {
    const response = await t
      .http()
      .post(`/api/funding-calls/${callId}/partner-searches`)
      .set(stranger.auth)
      .send(searchInput());
    expectProblem(response, 403, 'forbidden');
  });

  it('refuses a call without partner requirements', async () => {
    const response = await t
      .http()
      .post(`/api/funding-calls/${soloCallId}/partner-searches`)
      .set(leadEditor.auth)
      .send(searchInput());
    expectProblem(response, 409, 'no_partner_requirements');
  });

  it('refuses a competence outside the offers vocabulary, naming the field', async () => {
    const response = await t
      .http()
      .post(`/api/funding-calls/${callId}/partner-searches`)
      .set(leadEditor.auth)
      .send(searchInput({ roles: [{ role: 'partner', competences: ['juggling'] }] }));
    expectProblem(response, 400, 'unknown_taxonomy_value');
    expect(response.body.errors[0].field).toBe('roles.0.competences.0');
  });

  it('refuses an unknown role as a validation error', async () => {
    const response = await t
      .http()
      .post(`/api/funding-calls/${callId}/partner-searches`)
      .set(leadEditor.auth)
      .send({ ...searchInput(), roles: [{ role: 'sponsor' }] });
    expectProblem(response, 400, 'validation_failed');
  });

  it('answers 404 for a call that does not exist', async () => {
    const response = await t
      .http()
      .post('/api/funding-calls/00000000-0000-4000-8000-000000000000/partner-searches')
      .set(leadEditor.auth)
      .send(searchInput());
    expectProblem(response, 404, 'not_found');
  });
});

describe('interest and the consortium', () => {
  let search: PartnerSearch;
  beforeAll(async () => {
    search = await startSearch();
  });

  it('lets an editor of another organisation express interest, seen by the lead and by them', async () => {
    const interestId = await interest(search.id, partnerEditor, germanCso);
    const forLead = await t.http().get(`/api/partner-searches/${search.id}`).set(leadEditor.auth).expect(200);
    expect(forLead.body.interests).toEqual([
      expect.objectContaining({ id: interestId, status: 'pending', role: 'partner', canWithdraw: false }),
    ]);
    const forOthers = await t.http().get(`/api/partner-searches/${search.id}`).set(stranger.auth).expect(200);
    expect(forOthers.body.interests).toEqual([]);
    expect(forOthers.body.canManage).toBe(false);
    expect(forOthers.body.suggestions).toEqual([]);
  });

  it('refuses an editor of the lead expressing interest in their own search', async () => {
    const response = await t
      .http()
      .post(`/api/partner-searches/${search.id}/interests`)
      .set(leadEditor.auth)
      .send({ organisation: lead.slug, role: 'partner' });
    expectProblem(response, 409, 'own_partner_search');
  });

  it('refuses a member who is not an editor of the interested organisation', async () => {
    const response = await t
      .http()
      .post(`/api/partner-searches/${search.id}/interests`)
      .set(partnerMember.auth)
      .send({ organisation: germanCso.slug, role: 'partner' });
    expectProblem(response, 403, 'forbidden');
  });

  it('refuses a second interest from the same organisation', async () => {
    const response = await t
      .http()
      .post(`/api/partner-searches/${search.id}/interests`)
      .set(partnerEditor.auth)
      .send({ organisation: germanCso.slug, role: 'coordinator' });
    expectProblem(response, 409, 'already_interested');
  });

  it("tells the lead's editors of the interest, and the interested organisation's editors of the answer", async () => {
    const [told] = await notificationsOf(leadEditor);
    expect(told).toEqual(
      expect.objectContaining({
        kind: 'partner_interest',
        organisation: expect.objectContaining({ slug: germanCso.slug }),
        subject: {
          type: 'partner_search',
          title: 'Civic Resilience Fund 2027',
          path: `/funding/partner-searches/${search.id}`,
        },
      }),
    );
    expect(await notificationsOf(leadMember)).toEqual([]);
    expect(await notificationsOf(partnerEditor)).toEqual([]);
  });

  it('lets only the lead accept, once, and the coverage then counts the partner', async () => {
    const detail = await t.http().get(`/api/partner-searches/${search.id}`).set(leadEditor.auth).expect(200);
    const interestId = (detail.body as PartnerSearch).interests[0]?.id;
    const byPartner = await t
      .http()
      .post(`/api/partner-searches/${search.id}/interests/${interestId}/accept`)
      .set(partnerEditor.auth);
    expectProblem(byPartner, 403, 'forbidden');

    const accepted = await t
      .http()
      .post(`/api/partner-searches/${search.id}/interests/${interestId}/accept`)
      .set(leadEditor.auth)
      .expect(200);
    expect(accepted.body.coverage).toEqual(
      expect.objectContaining({
        eligiblePartners: 2,
        countriesCovered: ['DE', 'PT'],
        gaps: [
          { type: 'partners', missing: 1 },
          { type: 'role', role: 'associated_partner', competences: [] },
        ],
      }),
    );
    expect(accepted.body.coverage.members[1]).toEqual(
      expect.objectContaining({
        organisation: expect.objectContaining({ slug: germanCso.slug }),
        role: 'partner',
        eligible: true,
        reasons: [
          { rule: 'country', country: 'DE', group: 'EU27' },
          { rule: 'kind', kind: 'cso' },
        ],
      }),
    );

    const [answered] = await notificationsOf(partnerEditor);
    expect(answered).toEqual(
      expect.objectContaining({
        kind: 'partner_interest_answered',
        details: expect.objectContaining({ answer: 'accepted' }),
        organisation: expect.objectContaining({ slug: lead.slug }),
      }),
    );

    const again = await t
      .http()
      .post(`/api/partner-searches/${search.id}/interests/${interestId}/accept`)
      .set(leadEditor.auth);
    expectProblem(again, 409, 'interest_already_answered');

    const forOthers = await t.http().get(`/api/partner-searches/${search.id}`).set(stranger.auth).expect(200);
    expect(forOthers.body.partnerCount).toBe(1);
    expect(forOthers.body.interests).toEqual([expect.objectContaining({ status: 'accepted' })]);
  });

  it('lets the interested organisation withdraw, and not the lead', async () => {
    const detail = await t
      .http()
      .get(`/api/partner-searches/${search.id}`)
      .set(partnerEditor.auth)
      .expect(200);
    const mine = (detail.body as PartnerSearch).interests[0];
    expect(mine?.canWithdraw).toBe(true);
    const byLead = await t
      .http()
      .post(`/api/partner-searches/${search.id}/interests/${mine?.id}/withdraw`)
      .set(leadEditor.auth);
    expectProblem(byLead, 403, 'forbidden');
    const withdrawn = await t
      .http()
      .post(`/api/partner-searches/${search.id}/interests/${mine?.id}/withdraw`)
      .set(partnerEditor.auth)
      .expect(200);
    expect(withdrawn.body.interests).toEqual([
      expect.objectContaining({ status: 'withdrawn', canWithdraw: false }),
    ]);
    expect(withdrawn.body.coverage.eligiblePartners).toBe(1);
  });

  it('declines an interest, after which it cannot be accepted', async () => {
    const interestId = await interest(search.id, thirdEditor, frenchNetwork);
    const declined = await t
      .http()
      .post(`/api/partner-searches/${search.id}/interests/${interestId}/decline`)
      .set(leadEditor.auth)
      .expect(200);
    expect(declined.body.interests).toContainEqual(
      expect.objectContaining({ id: interestId, status: 'declined' }),
    );
    const accept = await t
      .http()
      .post(`/api/partner-searches/${search.id}/interests/${interestId}/accept`)
      .set(leadEditor.auth);
    expectProblem(accept, 409, 'interest_already_answered');
  });

  it('closes the search for its lead only, and a closed search takes no interest', async () => {
    const byStranger = await t
      .http()
      .patch(`/api/partner-searches/${search.id}`)
      .set(stranger.auth)
      .send({ status: 'closed' });
    expectProblem(byStranger, 403, 'forbidden');
    await t
      .http()
      .patch(`/api/partner-searches/${search.id}`)
      .set(leadEditor.auth)
      .send({ status: 'closed' })
      .expect(200);
    const other = await createOrganisation(t, stranger.accessToken, { country: 'AT' });
    const late = await t
      .http()
      .post(`/api/partner-searches/${search.id}/interests`)
      .set(stranger.auth)
      .send({ organisation: other.slug, role: 'partner' });
    expectProblem(late, 409, 'partner_search_closed');
  });
});

describe('suggestions', () => {
  it('suggests visible organisations that close a gap, with reasons, leaving out the hidden, the blocked and the lead', async () => {
    const hiddenEditor = await verifiedPerson('Hidden Editor');
    const hidden = await createOrganisation(t, hiddenEditor.accessToken, {
      country: 'FR',
      visibility: 'hidden',
      offers: ['research-and-data'],
    });
    const blockerEditor = await verifiedPerson('Blocking Editor');
    const blocking = await createOrganisation(t, blockerEditor.accessToken, {
      country: 'IT',
      offers: ['research-and-data'],
    });
    await t.sql('INSERT INTO blocks (blocker_id, blocked_id) VALUES ($1, $2)', [
      blockerEditor.id,
      leadEditor.id,
    ]);
    const swissEditor = await verifiedPerson('Swiss Editor');
    const swiss = await createOrganisation(t, swissEditor.accessToken, {
      country: 'CH',
      offers: ['research-and-data'],
    });

    const search = await startSearch();
    const slugs = search.suggestions.map((suggestion) => suggestion.organisation.slug);
    for (const left of [lead, hidden, blocking, swiss]) expect(slugs).not.toContain(left.slug);
    // The French network closes three gaps (a new country, a wanted one, the competence),
    // the German CSO two (a new country, the competence).
    expect(slugs.slice(0, 2)).toEqual([frenchNetwork.slug, germanCso.slug]);
    const french = search.suggestions.find((s) => s.organisation.slug === frenchNetwork.slug);
    expect(french?.reasons).toEqual([
      { type: 'new_country', country: 'FR' },
      { type: 'wanted_country', country: 'FR' },
      { type: 'competences', competences: ['research-and-data'] },
      { type: 'eligible', country: 'FR', kind: 'network' },
    ]);

    await interest(search.id, thirdEditor, frenchNetwork);
    const after = await t.http().get(`/api/partner-searches/${search.id}`).set(leadEditor.auth).expect(200);
    expect((after.body as PartnerSearch).suggestions.map((s) => s.organisation.slug)).not.toContain(
      frenchNetwork.slug,
    );
  });
});

describe('visibility and lists', () => {
  it('hides a search led by a hidden organisation from everyone but its members', async () => {
    const hiddenLead = await createOrganisation(t, leadEditor.accessToken, {
      country: 'ES',
      visibility: 'hidden',
    });
    const created = await t
      .http()
      .post(`/api/funding-calls/${callId}/partner-searches`)
      .set(leadEditor.auth)
      .send(searchInput({ organisation: hiddenLead.slug }))
      .expect(201);
    const response = await t.http().get(`/api/partner-searches/${created.body.id}`).set(stranger.auth);
    expectProblem(response, 404, 'not_found');
    const list = await t
      .http()
      .get(`/api/funding-calls/${callId}/partner-searches`)
      .set(stranger.auth)
      .expect(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).not.toContain(created.body.id);
    const ownList = await t
      .http()
      .get(`/api/funding-calls/${callId}/partner-searches`)
      .set(leadEditor.auth)
      .expect(200);
    expect(ownList.body.items.map((item: { id: string }) => item.id)).toContain(created.body.id);
  });

  it('hides a search from a person the lead’s author blocked', async () => {
    const search = await startSearch();
    const blocked = await verifiedPerson('Blocked Person');
    await t.sql('INSERT INTO blocks (blocker_id, blocked_id) VALUES ($1, $2)', [leadEditor.id, blocked.id]);
    const response = await t.http().get(`/api/partner-searches/${search.id}`).set(blocked.auth);
    expectProblem(response, 404, 'not_found');
  });

  it('filters the directory by country wanted, role, competence and topic, a page at a time', async () => {
    const wanted = await startSearch({
      countriesWanted: ['SE'],
      roles: [{ role: 'coordinator', competences: ['legal-advice'] }],
    });
    const query = async (params: Record<string, string>) => {
      const response = await t
        .http()
        .get('/api/partner-searches')
        .query(params)
        .set(stranger.auth)
        .expect(200);
      return response.body.items.map((item: { id: string }) => item.id) as string[];
    };
    expect(await query({ country: 'SE' })).toEqual([wanted.id]);
    expect(await query({ competence: 'legal-advice' })).toEqual([wanted.id]);
    expect(await query({ role: 'coordinator' })).toEqual([wanted.id]);
    expect(await query({ topic: 'climate-and-environment' })).toContain(wanted.id);
    expect(await query({ topic: 'housing' })).toEqual([]);

    const first = await t
      .http()
      .get('/api/partner-searches')
      .query({ limit: 1 })
      .set(stranger.auth)
      .expect(200);
    expect(first.body.items).toHaveLength(1);
    const second = await t
      .http()
      .get('/api/partner-searches')
      .query({ limit: 1, after: first.body.nextCursor })
      .set(stranger.auth)
      .expect(200);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
  });

  it('asks anonymous visitors to sign in', async () => {
    const response = await t.http().get('/api/partner-searches');
    expectProblem(response, 401, 'unauthenticated');
  });

  it('refuses an unknown filter value as a validation error', async () => {
    const response = await t
      .http()
      .get('/api/partner-searches')
      .query({ role: 'sponsor' })
      .set(stranger.auth);
    expectProblem(response, 400, 'validation_failed');
  });
});
