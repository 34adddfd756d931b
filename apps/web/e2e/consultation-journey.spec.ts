import { type APIRequestContext, expect, test } from '@playwright/test';
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
  return (await response.json()) as { id: string; slug?: string };
}

test('an organisation opens a consultation, two members propose and support ideas live, the organiser accepts one and its author sees the answer', async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  const run = Math.random().toString(36).slice(2, 7);
  const organiserName = `Olga Organiser ${run}`;
  const anaName = `Ana Proposer ${run}`;
  const benName = `Ben Supporter ${run}`;
  const organiser = await seedMember(request, baseURL, organiserName, { visibility: 'public' });
  const ana = await seedMember(request, baseURL, anaName, { visibility: 'public' });
  const ben = await seedMember(request, baseURL, benName, { visibility: 'public' });
  const slug = `square-${run}`;
  await post(request, '/api/organisations', await apiHeaders(request, baseURL, organiser.email), {
    slug,
    name: `Square Forum ${run}`,
    kind: 'cso',
    country: 'BE',
  });
  const processTitle = `The future of our square ${run}`;
  const process = await post(request, '/api/processes', await apiHeaders(request, baseURL, organiser.email), {
    organisation: slug,
    title: processTitle,
    description: 'Tell us what the square needs.',
    scope: 'local',
    phases: [
      { kind: 'ideas', startsAt: at(-1), endsAt: at(14), actions: ['propose', 'support', 'comment'] },
      { kind: 'evaluation', startsAt: at(14), endsAt: at(30), actions: [] },
    ],
  });

  // Ana proposes an idea from the consultation page.
  await signIn(page, ana.email, anaName, `/processes/${process.id}`);
  await expect(page.getByRole('heading', { level: 1, name: processTitle })).toBeVisible();
  await page.getByLabel('Title').fill('Shade trees on the south side');
  await page.getByLabel('Your idea').fill('Plant **native** trees for shade in summer.');
  await page.getByRole('button', { name: 'Propose', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Shade trees on the south side' })).toBeVisible();
  const ideaUrl = page.url();
  await expect(page.getByTestId('idea-supports')).toHaveText('0 supports');

  // Until someone supports it, Ana may still change it.
  await page.getByRole('button', { name: 'Edit my idea' }).click();
  await page
    .getByLabel('Your idea', { exact: true })
    .fill('Plant **native** trees for shade in summer, along the playground.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('along the playground')).toBeVisible();

  // Ben proposes his own idea through the API and supports Ana's from the page;
  // Ana's open page counts the support without a reload.
  const benContext = await browser.newContext();
  const benPage = await benContext.newPage();
  await signIn(benPage, ben.email, benName, new URL(ideaUrl).pathname);
  await post(request, `/api/processes/${process.id}/ideas`, await apiHeaders(request, baseURL, ben.email), {
    title: 'A drinking fountain',
    body: 'Water for everyone.',
  });
  await benPage.getByRole('button', { name: 'Support this idea' }).click();
  await expect(benPage.getByRole('button', { name: 'Withdraw my support' })).toBeVisible();
  await expect(page.getByTestId('idea-supports')).toHaveText('1 support');
  await expect(page.getByRole('button', { name: 'Edit my idea' })).toHaveCount(0);

  // Ana supports Ben's idea from the list; Ben's list shows the count live.
  await benPage.goto(`/processes/${process.id}?sort=most_supported`);
  const fountain = benPage.locator('article.idea-card').filter({ hasText: 'A drinking fountain' });
  await expect(fountain.getByTestId('idea-supports')).toHaveText('0 supports');
  await page.goto(`/processes/${process.id}`);
  await page.getByRole('link', { name: 'A drinking fountain' }).click();
  await page.getByRole('button', { name: 'Support this idea' }).click();
  await expect(page.getByTestId('idea-supports')).toHaveText('1 support');
  await expect(fountain.getByTestId('idea-supports')).toHaveText('1 support');
  await benContext.close();

  // The organiser accepts Ana's idea: a draft first, then published.
  const organiserContext = await browser.newContext();
  const organiserPage = await organiserContext.newPage();
  await signIn(organiserPage, organiser.email, organiserName, new URL(ideaUrl).pathname);
  await organiserPage.getByLabel('State').selectOption('accepted');
  await organiserPage.getByLabel('Answer', { exact: true }).fill('We will plant them this autumn.');
  await organiserPage.getByRole('button', { name: 'Save draft' }).click();
  await expect(organiserPage.getByText('Your draft is saved.')).toBeVisible();
  await page.goto(ideaUrl);
  await expect(page.getByRole('heading', { name: 'The organisers’ answer' })).toHaveCount(0);
  await organiserPage.getByRole('button', { name: 'Publish answer' }).click();
  await expect(organiserPage.getByText('Your answer is published')).toBeVisible();
  await organiserContext.close();

  // Ana sees the answer on her idea and is told about it.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'The organisers’ answer' })).toBeVisible();
  await expect(page.getByTestId('idea-answer')).toHaveText('We will plant them this autumn.');
  await page.goto('/notifications');
  await expect(
    page.getByText(`Square Forum ${run} answered your idea “Shade trees on the south side”`),
  ).toBeVisible();
});
