import type { Case } from '@open-spaces/contracts';
import { addProjects, checkOut, choose, createBudget } from '../factories/budgets';
import { addMember, createOrganisation, handleOf, type TestOrganisation } from '../factories/organisations';
import { startPetition } from '../factories/petitions';
import { daysFromNow, openProcess } from '../factories/processes';
import { MANY_SIGN_INS, type Person } from '../factories/profiles';
import { bearer, login, registerVerifiedUser } from '../factories/users';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';

let t: TestApp;
let owner: Person;
let admin: Person;
let editor: Person;
let member: Person;
let stranger: Person;
let organisation: TestOrganisation;

async function verifiedPerson(name: string): Promise<Person> {
  const user = await registerVerifiedUser(t, { displayName: name });
  const { accessToken } = await login(t, user);
  return { ...user, accessToken, auth: bearer(accessToken), handle: await handleOf(t, user) };
}

/** Moves a process, its phases and its budgets' voting `days` into the past, as if it had run then. */
async function endProcess(id: string, days = 30): Promise<void> {
  const shift = `${days} days`;
  await t.sql(
    `UPDATE processes SET starts_at = starts_at - $2::interval, ends_at = ends_at - $2::interval WHERE id = $1`,
    [id, shift],
  );
  await t.sql(
    `UPDATE process_phases SET starts_at = starts_at - $2::interval, ends_at = ends_at - $2::interval
      WHERE process_id = $1`,
    [id, shift],
  );
  await t.sql(
    `UPDATE budgets SET voting_opens_at = voting_opens_at - $2::interval,
            voting_closes_at = voting_closes_at - $2::interval WHERE process_id = $1`,
    [id, shift],
  );
}

async function caseOf(id: string, who: Person): Promise<Case> {
  const response = await t.http().get(`/api/cases/${id}`).set(who.auth).expect(200);
  return response.body as Case;
}

beforeAll(async () => {
  t = await startTestApp(MANY_SIGN_INS);
  owner = await verifiedPerson('Olga Owner');
  admin = await verifiedPerson('Ada Admin');
  editor = await verifiedPerson('Ed Editor');
  member = await verifiedPerson('Mia Member');
  stranger = await verifiedPerson('Sam Stranger');
  organisation = await createOrganisation(t, owner.accessToken, { name: 'Harbour Forum', country: 'PT' });
  await addMember(t, organisation, admin, 'admin');
  await addMember(t, organisation, editor, 'editor');
  await addMember(t, organisation, member, 'member');
});

afterAll(() => t.close());

describe('POST /api/processes/:id/case', () => {
  let finished: string;

  beforeAll(async () => {
    finished = await openProcess(t, admin.auth, organisation.slug, {
      title: 'What should the harbour become?',
      description: 'We asked the neighbourhood what the old harbour should become.\n\nMore detail.',
      scope: 'regional',
      topics: ['climate-and-environment'],
      languages: ['en'],
    });
    const ideas = [];
    for (const [author, title] of [
      [member, 'A harbour park'],
      [stranger, 'A swimming pier'],
    ] as const) {
      const response = await t
        .http()
        .post(`/api/processes/${finished}/ideas`)
        .set(author.auth)
        .send({ title, body: 'Let us do this.' })
        .expect(201);
      ideas.push(response.body.id as string);
    }
    await t.http().put(`/api/ideas/${ideas[0]}/support`).set(editor.auth).expect(200);
    await t.http().put(`/api/ideas/${ideas[0]}/support`).set(stranger.auth).expect(200);
    await t
      .http()
      .post(`/api/ideas/${ideas[1]}/comments`)
      .set(owner.auth)
      .send({ body: 'Good.' })
      .expect(201);
    await t
      .http()
      .put(`/api/ideas/${ideas[0]}/answer`)
      .set(admin.auth)
      .send({ state: 'accepted', text: 'We will plan it.', publish: true })
      .expect(200);
    const budget = await createBudget(t, admin.auth, finished);
    const [project] = await addProjects(t, admin.auth, budget.id, [{ cost: 80_000_00 }]);
    if (!project) throw new Error('the project was not added');
    const voter = await verifiedPerson('Vera Voter');
    await choose(t, voter.auth, budget.id, project.id).expect(200);
    await checkOut(t, voter.auth, budget.id).expect(200);
    await endProcess(finished);
  });

  it('lets an organiser of a past process turn it into a submitted case with its figures', async () => {
    const response = await t.http().post(`/api/processes/${finished}/case`).set(admin.auth).expect(201);
    const draft = await caseOf(response.body.id, admin);
    expect(draft).toMatchObject({
      title: 'What should the harbour become?',
      summary: 'We asked the neighbourhood what the old harbour should become.',
      status: 'submitted',
      source: { type: 'process', id: finished },
      country: 'PT',
      scope: 'regional',
      iap2Level: 'consult',
      methods: ['consultation', 'participatory_budgeting'],
      // Two proposers, two supporters (one also proposed), a commenter and a voter.
      participantCount: 5,
      format: 'online',
      organisers: [{ organisation: { slug: organisation.slug }, name: 'Harbour Forum' }],
      outcomes: '2 ideas were proposed; the organisers accepted 1.',
      topics: ['climate-and-environment'],
      language: 'en',
      ongoing: false,
      canEdit: true,
    });
    expect(draft.endDate).not.toBeNull();
    expect(draft.startDate <= (draft.endDate ?? '')).toBe(true);
  });

  it('refuses a second case from the same process', async () => {
    const response = await t.http().post(`/api/processes/${finished}/case`).set(owner.auth);
    expectProblem(response, 409, 'case_source_taken');
  });

  it('refuses a process that is not over yet', async () => {
    const running = await openProcess(t, admin.auth, organisation.slug);
    expectProblem(
      await t.http().post(`/api/processes/${running}/case`).set(admin.auth),
      409,
      'process_not_finished',
    );
    const upcoming = await openProcess(t, admin.auth, organisation.slug, {
      phases: [{ kind: 'ideas', startsAt: daysFromNow(2), endsAt: daysFromNow(9), actions: ['propose'] }],
    });
    expectProblem(
      await t.http().post(`/api/processes/${upcoming}/case`).set(admin.auth),
      409,
      'process_not_finished',
    );
  });

  it('refuses people who do not run the process, and strangers to a process they may not see', async () => {
    const past = await openProcess(t, admin.auth, organisation.slug);
    await endProcess(past);
    for (const person of [editor, member, stranger]) {
      expectProblem(await t.http().post(`/api/processes/${past}/case`).set(person.auth), 403, 'forbidden');
    }
    const hidden = await createOrganisation(t, owner.accessToken, { name: 'Quiet Circle' });
    await t.sql(`UPDATE organisations SET visibility = 'hidden' WHERE id = $1`, [hidden.id]);
    const secret = await openProcess(t, owner.auth, hidden.slug);
    await endProcess(secret);
    expectProblem(await t.http().post(`/api/processes/${secret}/case`).set(stranger.auth), 404, 'not_found');
    expectProblem(await t.http().post('/api/processes/not-a-uuid/case').set(admin.auth), 404, 'not_found');
    const [count] = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM cases WHERE source_id = ANY($1::uuid[])`,
      [[past, secret]],
    );
    expect(count?.n).toBe(0);
  });

  it('asks anonymous visitors to sign in', async () => {
    expectProblem(await t.http().post(`/api/processes/${finished}/case`), 401, 'unauthenticated');
  });
});

describe('POST /api/petitions/:id/case', () => {
  async function closedPetition(author: Person, overrides = {}): Promise<string> {
    const { id } = await startPetition(t, author.auth, { goal: 2, ...overrides });
    await t.http().put(`/api/petitions/${id}/signature`).set(member.auth).send({}).expect(200);
    await t.http().post(`/api/petitions/${id}/close`).set(author.auth).expect(200);
    return id;
  }

  it('lets the author of a closed petition turn it into a submitted case with its figures', async () => {
    const id = await closedPetition(stranger);
    const response = await t.http().post(`/api/petitions/${id}/case`).set(stranger.auth).expect(201);
    const draft = await caseOf(response.body.id, stranger);
    expect(draft).toMatchObject({
      title: 'Keep the Lisbon community centres open',
      summary: 'The city plans to close three community centres.',
      status: 'submitted',
      source: { type: 'petition', id },
      country: 'PT',
      scope: 'online',
      methods: ['petition'],
      participantCount: 1,
      format: 'online',
      organisers: [{ organisation: null, name: 'Sam Stranger' }],
      outcomes: 'The petition did not reach its goal of 2 signatures: it gathered 1 signature.',
      language: 'en',
    });
    expectProblem(
      await t.http().post(`/api/petitions/${id}/case`).set(stranger.auth),
      409,
      'case_source_taken',
    );
  });

  it('lets an editor of the organisation that started a delivered petition add it, with the response', async () => {
    // No country of its own: the case takes the organisation's.
    const id = await closedPetition(owner, { organisation: organisation.slug, goal: 1, countries: [] });
    await t
      .http()
      .post(`/api/petitions/${id}/response`)
      .set(owner.auth)
      .send({ response: 'We keep them open.' })
      .expect(200);
    const response = await t.http().post(`/api/petitions/${id}/case`).set(editor.auth).expect(201);
    const draft = await caseOf(response.body.id, editor);
    expect(draft.country).toBe('PT');
    expect(draft.organisers).toEqual([
      expect.objectContaining({ organisation: expect.objectContaining({ slug: organisation.slug }) }),
    ]);
    expect(draft.outcomes).toBe(
      'The petition reached its goal of 1 signature with 1 signature.\n\nThe response of Lisbon City Council:\n\nWe keep them open.',
    );
  });

  it('refuses a petition that is still a draft or open', async () => {
    const draft = await startPetition(t, stranger.auth, {}, true);
    expectProblem(
      await t.http().post(`/api/petitions/${draft.id}/case`).set(stranger.auth),
      409,
      'petition_not_finished',
    );
    const open = await startPetition(t, stranger.auth);
    expectProblem(
      await t.http().post(`/api/petitions/${open.id}/case`).set(stranger.auth),
      409,
      'petition_not_finished',
    );
  });

  it('refuses people other than its authors, and anonymous visitors', async () => {
    const id = await closedPetition(stranger);
    expectProblem(await t.http().post(`/api/petitions/${id}/case`).set(member.auth), 403, 'forbidden');
    expectProblem(await t.http().post(`/api/petitions/${id}/case`), 401, 'unauthenticated');
    const draft = await startPetition(t, stranger.auth, {}, true);
    expectProblem(await t.http().post(`/api/petitions/${draft.id}/case`).set(member.auth), 404, 'not_found');
  });
});
