import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/api-client';
import { json, member, mockApi, problem, renderWithApp } from '../../../test/render';
import { BudgetPage } from './budget-page';

const id = '00000000-0000-4000-8000-0000000000a1';
const trees = '00000000-0000-4000-8000-0000000000b1';
const benches = '00000000-0000-4000-8000-0000000000b2';
const path = `/budgets/${id}`;
const route = '/budgets/:id';

const project = (projectId: string, title: string, cost: number) => ({
  id: projectId,
  budgetId: id,
  title,
  description: '',
  cost,
  topics: [],
  location: null,
  country: null,
  createdAt: '2027-01-01T10:00:00.000Z',
});

const budget = (overrides: Record<string, unknown> = {}) => ({
  id,
  processId: '00000000-0000-4000-8000-0000000000c1',
  title: 'Green streets',
  description: '',
  amount: 1000_00,
  currency: 'EUR',
  rule: { type: 'knapsack', minSpendPercent: 70 },
  votingOpensAt: '2027-01-01T10:00:00.000Z',
  votingClosesAt: '2027-02-01T10:00:00.000Z',
  votingState: 'open',
  ballotCount: 3,
  createdAt: '2027-01-01T09:00:00.000Z',
  projects: [project(benches, 'Benches', 200_00), project(trees, 'Trees', 900_00)],
  ballot: null,
  canVote: true,
  canManage: false,
  locked: true,
  ...overrides,
});

const ballot = (projectIds: string[], spent: number, problems: unknown[] = []) => ({
  status: 'draft',
  projectIds,
  spent,
  checkedOutAt: null,
  problems,
});

describe('BudgetPage', () => {
  beforeEach(() => startSession({ accessToken: 'token-1', expiresIn: 900, user: member }));

  it('states the rule and what the ballot spends, as words and as progress', async () => {
    mockApi({
      [`GET /api/budgets/${id}`]: () =>
        json(
          200,
          budget({
            ballot: ballot([benches], 200_00, [
              { code: 'under_minimum_spend', spent: 200_00, minimum: 700_00 },
            ]),
          }),
        ),
    });
    renderWithApp(<BudgetPage />, { path, route, user: member });

    const panel = await screen.findByRole('region', { name: 'Your ballot' });
    expect(within(panel).getByText(/at most €1,000 and at least €700 \(70% of the budget\)/)).toBeVisible();
    expect(within(panel).getByTestId('ballot-summary')).toHaveTextContent('€200 spent of €1,000; €800 left');
    expect(within(panel).getByRole('progressbar', { name: 'Share of the budget spent' })).toHaveAttribute(
      'aria-valuetext',
      '€200 spent of €1,000; €800 left',
    );
    expect(within(panel).getByText('Your ballot spends €200; spend at least €700 to cast it.')).toBeVisible();
    expect(screen.getByText('3 ballots cast')).toBeVisible();
  });

  it('says why a project that does not fit was refused', async () => {
    mockApi({
      [`GET /api/budgets/${id}`]: () => json(200, budget({ ballot: ballot([benches], 200_00) })),
      [`POST /api/budgets/${id}/ballot/projects`]: () =>
        problem(422, 'ballot_breaks_rule', {
          errors: [{ field: 'projectIds', code: 'over_budget', message: 'Over the budget.' }],
        }),
    });
    renderWithApp(<BudgetPage />, { path, route, user: member });

    await userEvent.click(await screen.findByRole('button', { name: 'Add Trees to my ballot' }));
    expect(await screen.findByTestId('ballot-refusal')).toHaveTextContent(
      'These projects cost €1,100, more than the budget of €1,000. Remove a project first.',
    );
  });

  it('casts the ballot only after the confirmation', async () => {
    const calls = mockApi({
      [`GET /api/budgets/${id}`]: () => json(200, budget({ ballot: ballot([trees], 900_00) })),
      [`POST /api/budgets/${id}/ballot/checkout`]: () =>
        json(
          200,
          budget({
            ballotCount: 4,
            ballot: {
              ...ballot([trees], 900_00),
              status: 'checked_out',
              checkedOutAt: '2027-01-10T10:00:00.000Z',
            },
          }),
        ),
    });
    renderWithApp(<BudgetPage />, { path, route, user: member });

    await userEvent.click(await screen.findByRole('button', { name: 'Cast my vote' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Cast your vote?' });
    expect(calls.some((call) => call.key.startsWith('POST'))).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cast my vote' }));
    expect(await screen.findByText(/Your vote was cast on/)).toBeVisible();
    expect(screen.getByText('4 ballots cast')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Remove Trees from my ballot' })).toBeNull();
  });

  it('tells a visitor to a budget of a process they may not see that it is not there', async () => {
    mockApi({ [`GET /api/budgets/${id}`]: () => problem(404, 'not_found') });
    renderWithApp(<BudgetPage />, { path, route, user: member });
    expect(await screen.findByRole('heading', { level: 1, name: 'Budget not found' })).toBeVisible();
  });
});
