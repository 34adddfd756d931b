import { expect, test } from '@playwright/test';
import { apiHeaders, seedMember, signIn } from './support';

function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString();
}

test('a member votes a budget within its rule and sees the results once the organiser closes voting', async ({
  page,
  request,
  baseURL,
}) => {
  const run = Math.random().toString(36).slice(2, 7);
  const organiser = await seedMember(request, baseURL, `Olga Organiser ${run}`, { visibility: 'public' });
  const voterName = `Vera Voter ${run}`;
  const voter = await seedMember(request, baseURL, voterName, { visibility: 'public' });
  const headers = await apiHeaders(request, baseURL, organiser.email);
  const post = async <T>(path: string, data: unknown): Promise<T> => {
    const response = await request.post(path, { data, headers });
    expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  };
  await post('/api/organisations', {
    slug: `forum-${run}`,
    name: `Town Forum ${run}`,
    kind: 'cso',
    country: 'BE',
  });
  const process = await post<{ id: string }>('/api/processes', {
    organisation: `forum-${run}`,
    title: `Our town budget ${run}`,
    description: 'Residents decide.',
    topics: ['democracy-and-participation'],
    scope: 'local',
    languages: ['en'],
    phases: [{ kind: 'ideas', startsAt: daysFromNow(-5), endsAt: daysFromNow(30), actions: ['propose'] }],
  });
  const budget = await post<{ id: string }>(`/api/processes/${process.id}/budgets`, {
    title: `Green streets ${run}`,
    amount: 1000_00,
    currency: 'EUR',
    rule: { type: 'knapsack', minSpendPercent: 70 },
    votingOpensAt: daysFromNow(-1),
    votingClosesAt: daysFromNow(10),
  });
  for (const [title, cost] of [
    ['Trees on the main street', 600_00],
    ['Rain gardens', 500_00],
    ['Benches', 200_00],
  ] as const) {
    await post(`/api/budgets/${budget.id}/projects`, { title, cost });
  }

  await signIn(page, voter.email, voterName, `/budgets/${budget.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `Green streets ${run}` })).toBeVisible();
  const ballot = page.getByRole('region', { name: 'Your ballot' });
  await expect(ballot).toContainText('at most €1,000 and at least €700');

  await page.getByRole('button', { name: 'Add Trees on the main street to my ballot' }).click();
  await expect(page.getByTestId('ballot-summary')).toHaveText('€600 spent of €1,000; €400 left');
  await page.getByRole('button', { name: 'Add Rain gardens to my ballot' }).click();
  await expect(page.getByTestId('ballot-refusal')).toHaveText(
    'These projects cost €1,100, more than the budget of €1,000. Remove a project first.',
  );
  await expect(page.getByTestId('ballot-summary')).toHaveText('€600 spent of €1,000; €400 left');

  await page.getByRole('button', { name: 'Add Benches to my ballot' }).click();
  await expect(page.getByTestId('ballot-summary')).toHaveText('€800 spent of €1,000; €200 left');
  await ballot.getByRole('button', { name: 'Cast my vote' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Cast your vote?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cast my vote' }).click();
  await expect(ballot).toContainText('Your vote was cast on');
  await expect(page.getByTestId('ballot-count')).toHaveText('1 ballot cast');
  await expect(page.getByRole('button', { name: 'Add Rain gardens to my ballot' })).toHaveCount(0);

  const closed = await request.patch(`/api/budgets/${budget.id}`, {
    data: { votingOpensAt: daysFromNow(-2), votingClosesAt: daysFromNow(-0.001) },
    headers,
  });
  expect(closed.ok()).toBe(true);
  await page.reload();
  await page.getByRole('link', { name: 'See the results' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Results: Green streets ${run}` })).toBeVisible();
  const rows = page.getByTestId('results').getByRole('row');
  await expect(rows.nth(1)).toContainText('Benches');
  await expect(rows.nth(1)).toContainText('Funded');
  await expect(rows.nth(2)).toContainText('Trees on the main street');
  await expect(rows.nth(2)).toContainText('Funded');
  await expect(rows.nth(3)).toContainText('Rain gardens');
  await expect(rows.nth(3)).toContainText('Not funded');
});
