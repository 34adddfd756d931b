import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem, renderWithApp } from '../../../test/render';
import { BudgetResultsPage } from './budget-results-page';

const id = '00000000-0000-4000-8000-0000000000a1';
const path = `/budgets/${id}/results`;
const route = '/budgets/:id/results';

const project = (n: number, title: string, cost: number) => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  budgetId: id,
  title,
  description: '',
  cost,
  topics: [],
  location: null,
  country: null,
  createdAt: '2027-01-01T10:00:00.000Z',
});

const results = {
  budget: {
    id,
    processId: '00000000-0000-4000-8000-0000000000c1',
    title: 'Green streets',
    description: '',
    amount: 1000_00,
    currency: 'EUR',
    rule: { type: 'knapsack', minSpendPercent: 70 },
    votingOpensAt: '2027-01-01T10:00:00.000Z',
    votingClosesAt: '2027-02-01T10:00:00.000Z',
    votingState: 'closed',
    ballotCount: 12,
    createdAt: '2027-01-01T09:00:00.000Z',
  },
  results: [
    { project: project(1, 'Benches', 200_00), votes: 9, rank: 1, selected: true },
    { project: project(2, 'Trees', 900_00), votes: 7, rank: 2, selected: false },
    { project: project(3, 'Fountain', 100_00), votes: 7, rank: 2, selected: true },
  ],
  allocated: 300_00,
};

describe('BudgetResultsPage', () => {
  it('shows a visitor the projects ranked, with the winning set marked, without signing in', async () => {
    const calls = mockApi({ [`GET /api/budgets/${id}/results`]: () => json(200, results) });
    renderWithApp(<BudgetResultsPage />, { path, route, user: null });

    expect(await screen.findByRole('heading', { level: 1, name: 'Results: Green streets' })).toBeVisible();
    expect(
      screen.getByText('12 ballots counted. The winning projects together cost €300 of €1,000.'),
    ).toBeVisible();
    const rows = within(screen.getByTestId('results')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      '1Benches€2009Funded',
      '2Trees€9007Not funded',
      '2Fountain€1007Funded',
    ]);
    expect(new Headers(calls[0]?.init.headers).get('Authorization')).toBeNull();
  });

  it('says that results come once voting has closed', async () => {
    mockApi({ [`GET /api/budgets/${id}/results`]: () => problem(409, 'results_not_ready') });
    renderWithApp(<BudgetResultsPage />, { path, route, user: null });
    expect(await screen.findByText('Results are published once voting has closed.')).toBeVisible();
  });
});
