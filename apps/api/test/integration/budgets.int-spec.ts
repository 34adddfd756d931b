import type { Budget, BudgetPage, BudgetResults } from '@open-spaces/contracts';
import ICAL from 'ical.js';
import { BudgetAnnouncementsService } from '../../src/modules/budgets/budget-announcements.service';
import {
  addProjects,
  checkOut,
  choose,
  closeVoting,
  createBudget,
  newBudgetInput,
  vote,
} from '../factories/budgets';
import { addMember, createOrganisation, type TestOrganisation } from '../factories/organisations';
import { type Someone, someone } from '../factories/people';
import { daysFromNow, openProcess } from '../factories/processes';
import { bearer, login, registerUser } from '../factories/users';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';

let t: TestApp;
let owner: Someone;
let admin: Someone;
let editor: Someone;
let voter: Someone;
let stranger: Someone;
let organisation: TestOrganisation;
let processId: string;
let hiddenProcessId: string;

/** The bearer token a factory person signs in with. */
function tokenOf(person: Someone): string {
  return (person.auth.Authorization ?? '').replace(/^Bearer /, '');
}

let people = 0;
async function anotherVoter(): Promise<Someone> {
  people += 1;
  return someone(t, `Voter ${people}`);
}

beforeAll(async () => {
  t = await startTestApp({ LOGIN_LIMIT_PER_IP: '10000' });
  owner = await someone(t, 'Olga Owner');
  admin = await someone(t, 'Ada Admin');
  editor = await someone(t, 'Ed Editor');
  voter = await someone(t, 'Vera Voter');
  stranger = await someone(t, 'Sam Stranger');
  organisation = await createOrganisation(t, tokenOf(owner), { name: 'Green Town Forum' });
  await addMember(t, organisation, admin, 'admin');
  await addMember(t, organisation, editor, 'editor');
  processId = await openProcess(t, owner.auth, organisation.slug);
  const hidden = await createOrganisation(t, tokenOf(owner), { name: 'Quiet Circle' });
  await t.sql(`UPDATE organisations SET visibility = 'hidden' WHERE id = $1`, [hidden.id]);
  hiddenProcessId = await openProcess(t, owner.auth, hidden.slug);
});
afterAll(() => t.close());

describe('creating budgets and projects', () => {
  it('lets an admin of the organisation create a budget, shown with its rule and open voting', async () => {
    const budget = await createBudget(t, admin.auth, processId);
    expect(budget).toMatchObject({
      processId,
      amount: 100_000_00,
      currency: 'EUR',
      rule: { type: 'knapsack', minSpendPercent: 70 },
      votingState: 'open',
      ballotCount: 0,
      projects: [],
      ballot: null,
      canManage: true,
      canVote: true,
      locked: false,
    });
  });

  it('refuses editors and outsiders, and hides a process the viewer may not see', async () => {
    const body = newBudgetInput();
    expectProblem(
      await t.http().post(`/api/processes/${processId}/budgets`).set(editor.auth).send(body),
      403,
      'forbidden',
    );
    expectProblem(
      await t.http().post(`/api/processes/${processId}/budgets`).set(stranger.auth).send(body),
      403,
      'forbidden',
    );
    expectProblem(
      await t.http().post(`/api/processes/${hiddenProcessId}/budgets`).set(stranger.auth).send(body),
      404,
      'not_found',
    );
  });

  it.each([
    ['a currency that is not ISO 4217', { currency: 'EURO' }, 'currency'],
    ['a zero amount', { amount: 0 }, 'amount'],
    ['an amount with cents written as a fraction', { amount: 10.5 }, 'amount'],
    [
      'voting that closes before it opens',
      { votingOpensAt: daysFromNow(2), votingClosesAt: daysFromNow(1) },
      'votingClosesAt',
    ],
    [
      'an approval rule whose maximum is below its minimum',
      { rule: { type: 'approval', minProjects: 3, maxProjects: 2 } },
      'rule.maxProjects',
    ],
    [
      'a minimum share above 100%',
      { rule: { type: 'knapsack', minSpendPercent: 101 } },
      'rule.minSpendPercent',
    ],
  ] as const)('refuses %s, naming the field', async (_case, overrides, field) => {
    const response = await t
      .http()
      .post(`/api/processes/${processId}/budgets`)
      .set(owner.auth)
      .send(newBudgetInput(overrides as never));
    const problem = expectProblem(response, 400, 'validation_failed');
    expect(problem.errors?.map((error) => error.field)).toContain(field);
  });

  it('takes a project costing exactly the budget, and refuses zero-cost and over-budget projects', async () => {
    const budget = await createBudget(t, owner.auth, processId, { amount: 1000 });
    const [exact] = await addProjects(t, owner.auth, budget.id, [
      { cost: 1000, topics: ['climate-and-environment'] },
    ]);
    expect(exact).toMatchObject({ cost: 1000, topics: ['climate-and-environment'], location: null });
    const zero = await t
      .http()
      .post(`/api/budgets/${budget.id}/projects`)
      .set(owner.auth)
      .send({ title: 'Free', cost: 0 });
    expect(expectProblem(zero, 400, 'validation_failed').errors?.[0]?.field).toBe('cost');
    expectProblem(
      await t
        .http()
        .post(`/api/budgets/${budget.id}/projects`)
        .set(owner.auth)
        .send({ title: 'Too dear', cost: 1001 }),
      409,
      'project_over_budget',
    );
    expectProblem(
      await t
        .http()
        .post(`/api/budgets/${budget.id}/projects`)
        .set(editor.auth)
        .send({ title: 'Editor idea', cost: 10 }),
      403,
      'forbidden',
    );
  });

  it('lists a process’s budgets newest first, a page at a time', async () => {
    const listed = await t.http().get(`/api/processes/${processId}/budgets?limit=1`).expect(200);
    const first = listed.body as BudgetPage;
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).not.toBeNull();
    const next = await t
      .http()
      .get(`/api/processes/${processId}/budgets?limit=1&after=${first.nextCursor}`)
      .expect(200);
    expect(next.body.items[0].id).not.toBe(first.items[0]?.id);
    expect(Date.parse(next.body.items[0].createdAt)).toBeLessThanOrEqual(
      Date.parse(first.items[0]?.createdAt ?? ''),
    );
  });
});

describe('voting under a knapsack rule', () => {
  let budget: Budget;
  let projects: { id: string }[];

  beforeAll(async () => {
    budget = await createBudget(t, owner.auth, processId, { amount: 1000 });
    projects = await addProjects(t, owner.auth, budget.id, [{ cost: 600 }, { cost: 400 }, { cost: 100 }]);
  });

  it('refuses a project that takes the ballot over the budget, saying by how much', async () => {
    const person = await anotherVoter();
    await choose(t, person.auth, budget.id, projects[0]?.id ?? '').expect(200);
    await choose(t, person.auth, budget.id, projects[1]?.id ?? '').expect(200);
    const problem = expectProblem(
      await choose(t, person.auth, budget.id, projects[2]?.id ?? ''),
      422,
      'ballot_breaks_rule',
    );
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'projectIds', code: 'over_budget' })]);
    const own = await t.http().get(`/api/budgets/${budget.id}`).set(person.auth).expect(200);
    expect(own.body.ballot).toMatchObject({ status: 'draft', spent: 1000, problems: [] });
  });

  it('refuses a checkout under the minimum share, then takes it once the ballot keeps the rule', async () => {
    const person = await anotherVoter();
    await choose(t, person.auth, budget.id, projects[2]?.id ?? '').expect(200);
    const refused = expectProblem(await checkOut(t, person.auth, budget.id), 422, 'ballot_breaks_rule');
    expect(refused.errors?.[0]?.code).toBe('under_minimum_spend');
    await choose(t, person.auth, budget.id, projects[0]?.id ?? '').expect(200);
    const done = await checkOut(t, person.auth, budget.id).expect(200);
    expect(done.body.ballot).toMatchObject({ status: 'checked_out', spent: 700, problems: [] });
    expect(done.body.ballotCount).toBeGreaterThanOrEqual(1);
  });

  it('refuses any change to a checked-out ballot', async () => {
    const person = await anotherVoter();
    await vote(t, person.auth, budget.id, [projects[0]?.id ?? '', projects[2]?.id ?? '']);
    expectProblem(await choose(t, person.auth, budget.id, projects[1]?.id ?? ''), 409, 'ballot_checked_out');
    expectProblem(
      await t.http().delete(`/api/budgets/${budget.id}/ballot/projects/${projects[0]?.id}`).set(person.auth),
      409,
      'ballot_checked_out',
    );
    expectProblem(await checkOut(t, person.auth, budget.id), 409, 'ballot_checked_out');
  });

  it('locks the rule, the amount and the projects once a vote is cast, but not the dates', async () => {
    expectProblem(
      await t
        .http()
        .patch(`/api/budgets/${budget.id}`)
        .set(owner.auth)
        .send({ rule: { type: 'knapsack', minSpendPercent: 10 } }),
      409,
      'budget_locked',
    );
    expectProblem(
      await t.http().patch(`/api/budgets/${budget.id}`).set(owner.auth).send({ amount: 5000 }),
      409,
      'budget_locked',
    );
    expectProblem(
      await t.http().patch(`/api/budgets/${budget.id}`).set(owner.auth).send({ currency: 'CHF' }),
      409,
      'budget_locked',
    );
    expectProblem(
      await t
        .http()
        .post(`/api/budgets/${budget.id}/projects`)
        .set(owner.auth)
        .send({ title: 'Late one', cost: 10 }),
      409,
      'budget_locked',
    );
    expectProblem(
      await t.http().delete(`/api/budgets/${budget.id}/projects/${projects[0]?.id}`).set(owner.auth),
      409,
      'budget_locked',
    );
    const moved = await t
      .http()
      .patch(`/api/budgets/${budget.id}`)
      .set(owner.auth)
      .send({ votingClosesAt: daysFromNow(12), title: 'Renamed budget' })
      .expect(200);
    expect(moved.body).toMatchObject({ title: 'Renamed budget', locked: true });
  });

  it('lets the organiser change the rule before the first vote', async () => {
    const fresh = await createBudget(t, owner.auth, processId);
    const changed = await t
      .http()
      .patch(`/api/budgets/${fresh.id}`)
      .set(owner.auth)
      .send({ rule: { type: 'approval', minProjects: 1, maxProjects: 2 } })
      .expect(200);
    expect(changed.body.rule).toEqual({ type: 'approval', minProjects: 1, maxProjects: 2 });
  });

  it('refuses accounts that have not confirmed their email', async () => {
    const unconfirmed = await registerUser(t);
    const { accessToken } = await login(t, unconfirmed);
    expectProblem(
      await choose(t, bearer(accessToken), budget.id, projects[0]?.id ?? ''),
      403,
      'email_not_verified',
    );
  });

  it('refuses a suspended account, whose sessions no longer count', async () => {
    const person = await anotherVoter();
    await t.sql('UPDATE users SET suspended_at = now() WHERE id = $1', [person.id]);
    await t.sql('UPDATE sessions SET revoked_at = now() WHERE user_id = $1', [person.id]);
    expectProblem(await choose(t, person.auth, budget.id, projects[0]?.id ?? ''), 401, 'unauthenticated');
  });

  it('answers 404, never 500, for addresses that are not ids', async () => {
    expectProblem(await t.http().get('/api/budgets/not-an-id'), 404, 'not_found');
    expectProblem(
      await t
        .http()
        .patch(`/api/budgets/${budget.id}/projects/not-an-id`)
        .set(owner.auth)
        .send({ title: 'Renamed' }),
      404,
      'not_found',
    );
    expectProblem(
      await t.http().delete(`/api/budgets/${budget.id}/projects/not-an-id`).set(owner.auth),
      404,
      'not_found',
    );
    expectProblem(
      await t.http().delete(`/api/budgets/${budget.id}/ballot/projects/not-an-id`).set(voter.auth),
      404,
      'not_found',
    );
    expectProblem(await t.http().get('/api/processes/not-an-id/budgets'), 404, 'not_found');
  });

  it('answers 404 for a project of another budget', async () => {
    const other = await createBudget(t, owner.auth, processId);
    const [foreign] = await addProjects(t, owner.auth, other.id, [{ cost: 5 }]);
    expectProblem(await choose(t, voter.auth, budget.id, foreign?.id ?? ''), 404, 'not_found');
  });
});

describe('one ballot per person', () => {
  it('makes one ballot of 20 concurrent first choices by the same person', async () => {
    const budget = await createBudget(t, owner.auth, processId, { amount: 1000 });
    const projects = await addProjects(t, owner.auth, budget.id, [{ cost: 100 }, { cost: 200 }]);
    const person = await anotherVoter();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        choose(t, person.auth, budget.id, projects[index % 2]?.id ?? '').then((response) => response.status),
      ),
    );
    expect(answers).toEqual(Array.from({ length: 20 }, () => 200));
    const rows = await t.sql<{ n: number }>(
      'SELECT count(*)::int AS n FROM ballots WHERE budget_id = $1 AND user_id = $2',
      [budget.id, person.id],
    );
    expect(rows[0]?.n).toBe(1);
    const chosen = await t.sql<{ n: number }>(
      'SELECT count(*)::int AS n FROM ballot_projects bp JOIN ballots b ON b.id = bp.ballot_id WHERE b.budget_id = $1',
      [budget.id],
    );
    expect(chosen[0]?.n).toBe(2);
  });

  it('checks out once when 20 checkouts race, and counts one ballot', async () => {
    const budget = await createBudget(t, owner.auth, processId, { amount: 1000 });
    const [project] = await addProjects(t, owner.auth, budget.id, [{ cost: 800 }]);
    const person = await anotherVoter();
    await choose(t, person.auth, budget.id, project?.id ?? '').expect(200);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        checkOut(t, person.auth, budget.id).then((response) => response.status),
      ),
    );
    expect(answers.filter((status) => status === 200)).toHaveLength(1);
    expect(answers.filter((status) => status === 409)).toHaveLength(19);
    const page = await t.http().get(`/api/budgets/${budget.id}`).set(person.auth).expect(200);
    expect(page.body.ballotCount).toBe(1);
  });

  it('never lets racing additions take a ballot over the budget', async () => {
    const budget = await createBudget(t, owner.auth, processId, { amount: 1000 });
    const projects = await addProjects(
      t,
      owner.auth,
      budget.id,
      Array.from({ length: 10 }, () => ({ cost: 300 })),
    );
    const person = await anotherVoter();
    await Promise.all(projects.map((project) => choose(t, person.auth, budget.id, project.id)));
    const own = await t.http().get(`/api/budgets/${budget.id}`).set(person.auth).expect(200);
    expect(own.body.ballot.projectIds).toHaveLength(3);
    expect(own.body.ballot.spent).toBe(900);
  });
});

describe('voting under an approval rule', () => {
  it('takes between the minimum and the maximum number of projects', async () => {
    const budget = await createBudget(t, owner.auth, processId, {
      rule: { type: 'approval', minProjects: 2, maxProjects: 3 },
    });
    const projects = await addProjects(t, owner.auth, budget.id, [
      { cost: 1 },
      { cost: 2 },
      { cost: 3 },
      { cost: 4 },
    ]);
    const person = await anotherVoter();
    await choose(t, person.auth, budget.id, projects[0]?.id ?? '').expect(200);
    expect(
      expectProblem(await checkOut(t, person.auth, budget.id), 422, 'ballot_breaks_rule').errors?.[0]?.code,
    ).toBe('too_few_projects');
    for (const project of projects.slice(1, 3))
      await choose(t, person.auth, budget.id, project.id).expect(200);
    expect(
      expectProblem(await choose(t, person.auth, budget.id, projects[3]?.id ?? ''), 422, 'ballot_breaks_rule')
        .errors?.[0]?.code,
    ).toBe('too_many_projects');
    await checkOut(t, person.auth, budget.id).expect(200);
  });
});

describe('voting dates', () => {
  it('refuses ballots before voting opens and after it closes', async () => {
    const upcoming = await createBudget(t, owner.auth, processId, {
      votingOpensAt: daysFromNow(1),
      votingClosesAt: daysFromNow(2),
    });
    const [project] = await addProjects(t, owner.auth, upcoming.id, [{ cost: 10 }]);
    expectProblem(await choose(t, voter.auth, upcoming.id, project?.id ?? ''), 409, 'voting_not_open');
    await closeVoting(t, owner.auth, upcoming.id);
    expectProblem(await choose(t, voter.auth, upcoming.id, project?.id ?? ''), 409, 'voting_not_open');
  });

  it('gives the voting dates as iCalendar that an independent parser reads', async () => {
    const budget = await createBudget(t, owner.auth, processId, {
      votingOpensAt: '2027-03-01T09:00:00.000Z',
      votingClosesAt: '2027-03-15T18:00:00.000Z',
    });
    const response = await t.http().get(`/api/budgets/${budget.id}.ics`).expect(200);
    expect(response.headers['content-type']).toContain('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(response.text));
    const [entry] = calendar.getAllSubcomponents('vevent');
    const event = new ICAL.Event(entry);
    expect(event.summary).toBe('Neighbourhood climate budget');
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-03-01T09:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2027-03-15T18:00:00.000Z');
    expect(event.uid).toContain(`budget-voting-${budget.id}`);
  });

  it('hides the calendar of a budget in a process the viewer may not see', async () => {
    const budget = await createBudget(t, owner.auth, hiddenProcessId);
    expectProblem(await t.http().get(`/api/budgets/${budget.id}.ics`).set(stranger.auth), 404, 'not_found');
    await t.http().get(`/api/budgets/${budget.id}.ics`).set(owner.auth).expect(200);
  });
});

describe('results', () => {
  let budget: Budget;
  let projects: { id: string }[];

  beforeAll(async () => {
    budget = await createBudget(t, owner.auth, processId, { amount: 1000 });
    projects = await addProjects(t, owner.auth, budget.id, [
      { title: 'Bike lanes', cost: 600 },
      { title: 'Tree planting', cost: 500 },
      { title: 'Benches', cost: 300 },
      { title: 'Water fountain', cost: 100 },
    ]);
    const [bikes, trees, benches, fountain] = projects.map((project) => project.id);
    const ballots = [
      [bikes, benches],
      [bikes, fountain, benches],
      [trees, benches],
      [bikes, benches],
    ];
    for (const ballot of ballots) {
      await vote(
        t,
        (await anotherVoter()).auth,
        budget.id,
        ballot.map((id) => id ?? ''),
      );
    }
    const undecided = await anotherVoter();
    await choose(t, undecided.auth, budget.id, trees ?? '').expect(200);
  });

  it('refuses results while voting is open', async () => {
    expectProblem(await t.http().get(`/api/budgets/${budget.id}/results`), 409, 'results_not_ready');
  });

  it('ranks by checked-out votes and fills the budget greedily once voting has closed, for anyone', async () => {
    await closeVoting(t, owner.auth, budget.id);
    const response = await t.http().get(`/api/budgets/${budget.id}/results`).expect(200);
    const results = response.body as BudgetResults;
    expect(results.results.map((row) => [row.project.title, row.votes, row.rank, row.selected])).toEqual([
      ['Benches', 4, 1, true],
      ['Bike lanes', 3, 2, true],
      ['Water fountain', 1, 3, true],
      ['Tree planting', 1, 3, false],
    ]);
    expect(results.allocated).toBe(1000);
    expect(results.budget.ballotCount).toBe(4);
  });

  it('hides results of a process the viewer may not see', async () => {
    const hidden = await createBudget(t, owner.auth, hiddenProcessId);
    await closeVoting(t, owner.auth, hidden.id);
    expectProblem(
      await t.http().get(`/api/budgets/${hidden.id}/results`).set(stranger.auth),
      404,
      'not_found',
    );
    expectProblem(await t.http().get(`/api/budgets/${hidden.id}/results`), 404, 'not_found');
    await t.http().get(`/api/budgets/${hidden.id}/results`).set(owner.auth).expect(200);
  });
});

describe('announcements', () => {
  const announce = (at = new Date()) => t.app.get(BudgetAnnouncementsService).announce(at);

  it('publishes a budget to its followers’ feeds when voting opens, once', async () => {
    await announce();
    const follower = await anotherVoter();
    await t
      .http()
      .post('/api/follows')
      .set(follower.auth)
      .send({ type: 'organisation', target: organisation.slug })
      .expect(200);
    const budget = await createBudget(t, owner.auth, processId, { title: 'Budget opening soon' });
    expect(await announce()).toMatchObject({ opened: 1 });
    expect(await announce()).toEqual({ opened: 0, published: 0 });
    const feed = await t.http().get('/api/feed').set(follower.auth).expect(200);
    expect(feed.body.items[0]).toMatchObject({
      verb: 'published',
      object: { type: 'budget', id: budget.id, title: 'Budget opening soon', votingState: 'open' },
    });
  });

  it('publishes the results when voting closes and tells each voter in their language', async () => {
    await announce();
    const budget = await createBudget(t, owner.auth, processId, { title: 'Budget closing now', amount: 100 });
    const [project] = await addProjects(t, owner.auth, budget.id, [{ cost: 80 }]);
    const english = await anotherVoter();
    const german = await someone(t, 'Greta Wählerin', 'de');
    const undecided = await anotherVoter();
    for (const person of [english, german]) await vote(t, person.auth, budget.id, [project?.id ?? '']);
    await choose(t, undecided.auth, budget.id, project?.id ?? '').expect(200);
    await closeVoting(t, owner.auth, budget.id);
    expect(await announce()).toMatchObject({ published: 1 });
    const told = await t.sql<{ user_id: string }>(
      `SELECT user_id FROM notifications WHERE kind = 'budget_results' AND subject_id = $1`,
      [budget.id],
    );
    expect(told.map((row) => row.user_id).sort()).toEqual([english.id, german.id].sort());
    const list = await t.http().get('/api/notifications').set(german.auth).expect(200);
    expect(list.body.items[0]).toMatchObject({
      kind: 'budget_results',
      subject: { type: 'budget', title: 'Budget closing now', path: `/budgets/${budget.id}/results` },
    });
    const activities = await t.sql<{ object_type: string }>(
      `SELECT object_type FROM activities WHERE object_id = $1 ORDER BY id`,
      [budget.id],
    );
    expect(activities.map((row) => row.object_type)).toEqual(['budget', 'budget_results']);
  });
});
