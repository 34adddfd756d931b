import { type APIRequestContext, expect, test } from '@playwright/test';
import { moderatorHeaders } from './moderator-session';
import { apiHeaders, seedMember, signIn } from './support';

const DAY = 24 * 60 * 60 * 1000;
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();

async function post(
  request: APIRequestContext,
  path: string,
  headers: Record<string, string>,
  data: unknown,
) {
  const response = await request.post(path, { data, headers });
  expect(response.ok(), `${path} answered ${response.status()}: ${await response.text()}`).toBe(true);
  return (await response.json()) as { id: string };
}

test('an organisation admin turns a finished consultation into a case, a moderator publishes it, and it is found by its method', async ({
  page,
  request,
  baseURL,
}) => {
  const run = Math.random().toString(36).slice(2, 7);
  const adminName = `Alma Admin ${run}`;
  const admin = await seedMember(request, baseURL, adminName, { visibility: 'public' });
  const adminHeaders = await apiHeaders(request, baseURL, admin.email);
  const slug = `riverside-${run}`;
  await post(request, '/api/organisations', adminHeaders, {
    slug,
    name: `Riverside Forum ${run}`,
    kind: 'cso',
    country: 'AT',
  });
  const processTitle = `The future of the riverside ${run}`;
  const process = await post(request, '/api/processes', adminHeaders, {
    organisation: slug,
    title: processTitle,
    description: 'We asked the neighbourhood what the riverside should become in the next ten years.',
    scope: 'regional',
    languages: ['en'],
    phases: [
      { kind: 'ideas', startsAt: at(-60), endsAt: at(-30), actions: ['propose', 'support', 'comment'] },
      { kind: 'evaluation', startsAt: at(-30), endsAt: at(-10), actions: [] },
    ],
  });

  // The admin adds the finished consultation to the repository from its page.
  await signIn(page, admin.email, adminName, `/processes/${process.id}`);
  await expect(page.getByRole('heading', { level: 1, name: processTitle })).toBeVisible();
  await expect(page.getByRole('link', { name: 'See the budgets of this consultation' })).toBeVisible();
  await page.getByRole('button', { name: 'Add to the case repository' }).click();

  // The case form opens with the consultation's figures filled in.
  await expect(page.getByRole('heading', { level: 1, name: 'Edit case' })).toBeVisible();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]+\/edit$/);
  await expect(page.getByLabel('Title')).toHaveValue(processTitle);
  await expect(page.getByLabel('Summary')).toHaveValue(
    'We asked the neighbourhood what the riverside should become in the next ten years.',
  );
  await expect(page.getByLabel('Country')).toHaveValue('AT');
  await expect(page.getByLabel('Scope')).toHaveValue('regional');
  await expect(page.getByLabel('Number of participants')).toHaveValue('0');
  await expect(page.getByLabel('Start', { exact: true })).toHaveValue(at(-60).slice(0, 10));

  // The admin completes it and sends it on.
  await page.getByLabel('Place').fill('Linz');
  await page.getByRole('button', { name: 'Save and send for review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: processTitle })).toBeVisible();
  await expect(page.getByText('This case waits for a moderator.')).toBeVisible();
  const caseId = new URL(page.url()).pathname.split('/').pop() ?? '';

  // A moderator publishes it.
  const moderator = await moderatorHeaders(request, baseURL);
  await post(request, `/api/cases/${caseId}/review`, moderator, { decision: 'publish' });

  // Anyone finds it among the consultations of the repository.
  await page.goto('/cases');
  await page.getByLabel('Method', { exact: true }).selectOption('consultation');
  await expect(page).toHaveURL(/method=consultation/);
  const results = page.getByRole('region', { name: 'Results' });
  await expect(results.getByRole('link', { name: processTitle })).toBeVisible();
});
