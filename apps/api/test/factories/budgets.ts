import type { Budget, CreateBudgetRequest, CreateProjectRequest, Project } from '@open-spaces/contracts';
import type { TestApp } from '../setup/test-app';
import { daysFromNow } from './processes';

export function newBudgetInput(overrides: Partial<CreateBudgetRequest> = {}): CreateBudgetRequest {
  return {
    title: 'Neighbourhood climate budget',
    description: 'Choose how we spend the fund.',
    amount: 100_000_00,
    currency: 'EUR',
    rule: { type: 'knapsack', minSpendPercent: 70 },
    votingOpensAt: daysFromNow(-1),
    votingClosesAt: daysFromNow(10),
    ...overrides,
  };
}

/** A budget created through the API by an organiser of the process. */
export async function createBudget(
  t: TestApp,
  auth: Record<string, string>,
  processId: string,
  overrides: Partial<CreateBudgetRequest> = {},
): Promise<Budget> {
  const response = await t
    .http()
    .post(`/api/processes/${processId}/budgets`)
    .set(auth)
    .send(newBudgetInput(overrides))
    .expect(201);
  return response.body;
}

/** Projects added through the API by an organiser, in the order given. */
export async function addProjects(
  t: TestApp,
  auth: Record<string, string>,
  budgetId: string,
  projects: (Partial<CreateProjectRequest> & { cost: number })[],
): Promise<Project[]> {
  const added: Project[] = [];
  for (const [index, project] of projects.entries()) {
    const response = await t
      .http()
      .post(`/api/budgets/${budgetId}/projects`)
      .set(auth)
      .send({ title: `Project number ${index + 1}`, ...project })
      .expect(201);
    added.push(response.body);
  }
  return added;
}

/** Puts a project on a person's ballot. */
export function choose(t: TestApp, auth: Record<string, string>, budgetId: string, projectId: string) {
  return t.http().post(`/api/budgets/${budgetId}/ballot/projects`).set(auth).send({ projectId });
}

export function checkOut(t: TestApp, auth: Record<string, string>, budgetId: string) {
  return t.http().post(`/api/budgets/${budgetId}/ballot/checkout`).set(auth);
}

/** A ballot chosen and checked out, for a person who may vote. */
export async function vote(
  t: TestApp,
  auth: Record<string, string>,
  budgetId: string,
  projectIds: string[],
): Promise<void> {
  for (const projectId of projectIds) await choose(t, auth, budgetId, projectId).expect(200);
  await checkOut(t, auth, budgetId).expect(200);
}

/** Closes voting as the organiser does: by moving its dates into the past. */
export async function closeVoting(t: TestApp, auth: Record<string, string>, budgetId: string): Promise<void> {
  await t
    .http()
    .patch(`/api/budgets/${budgetId}`)
    .set(auth)
    .send({ votingOpensAt: daysFromNow(-2), votingClosesAt: daysFromNow(-0.001) })
    .expect(200);
}
