import { Case } from '@open-spaces/contracts';
import { expect, type Page, test } from '@playwright/test';
import { MODERATOR_EMAIL } from './moderator';
import { moderatorHeaders } from './moderator-session';
import { apiHeaders, seedMember, signIn } from './support';

async function signOut(page: Page, name: string): Promise<void> {
  await page
    .getByRole('banner')
    .getByRole('button', { name: new RegExp(name) })
    .click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
}

test('a member submits a case, a moderator publishes it, and it is found by method and country with similar cases', async ({
  page,
  request,
  baseURL,
}) => {
  const moderator = await moderatorHeaders(request, baseURL);
  // The moderator has been through the welcome flow before.
  const onboarded = await request.patch('/api/me/profile', { data: { onboarded: true }, headers: moderator });
  expect(onboarded.ok()).toBe(true);
  const suffix = Math.random().toString(36).slice(2, 7);

  // An earlier case with the same method and country, so the new one has a similar case.
  const earlier = await seedMember(request, baseURL, 'Elif Earlier');
  const earlierHeaders = await apiHeaders(request, baseURL, earlier.email);
  const submitted = await request.post('/api/cases', {
    headers: earlierHeaders,
    data: {
      title: `Kelmar harbour hackathon ${suffix}`,
      summary: 'Fishers and developers mapped the harbour’s unused buildings over a weekend.',
      country: 'LU',
      scope: 'local',
      startDate: '2022-05-14',
      endDate: '2022-05-15',
      iap2Level: 'involve',
      methods: ['hackathon'],
      format: 'in_person',
      organisers: [{ name: 'Kelmar Harbour Trust' }],
      language: 'en',
    },
  });
  expect(submitted.status()).toBe(201);
  const similar = Case.parse(await submitted.json());
  const published = await request.post(`/api/cases/${similar.id}/review`, {
    headers: moderator,
    data: { decision: 'publish' },
  });
  expect(published.ok()).toBe(true);

  // The member writes up their case in the form.
  const member = await seedMember(request, baseURL, 'Mira Member');
  await signIn(page, member.email, 'Mira Member', '/cases');
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  await page.getByRole('link', { name: 'Submit a case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Submit a case' })).toBeVisible();

  // Sending it empty names what is missing.
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(
    page
      .getByRole('alert')
      .getByRole('link', { name: /Title|required/ })
      .first(),
  ).toBeVisible();

  const title = `Civic data hackathon in Esch ${suffix}`;
  await page.getByLabel('Title').fill(title);
  await page
    .getByLabel('Summary')
    .fill('Residents, students and city staff built tools on the new open budget data.');
  await page.getByLabel('Description').fill('We met for **two days** in the town library.');
  await page.getByLabel('Language of this write-up').selectOption('en');
  await page.getByLabel('Country').selectOption('LU');
  await page.getByLabel('Place').fill('Esch');
  await page.getByLabel('Scope').selectOption('local');
  await page.getByLabel('Start', { exact: true }).fill('2024-04-20');
  await page.getByLabel('End', { exact: true }).fill('2024-04-21');
  await page.getByRole('group', { name: 'Methods' }).getByRole('button', { name: 'Hackathon' }).click();
  await page.getByRole('radio', { name: /^Involve/ }).check();
  await page.getByRole('radio', { name: 'In person' }).check();
  await page.getByLabel('Number of participants').fill('85');
  await page.getByRole('group', { name: 'Organiser 1' }).getByLabel('Name').fill('Esch Civic Lab');
  await page.getByRole('button', { name: 'Submit for review' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('This case waits for a moderator.')).toBeVisible();
  const caseUrl = page.url();
  await signOut(page, 'Mira Member');

  // The moderator finds it in the queue and publishes it.
  await signIn(page, MODERATOR_EMAIL, 'moderator', '/cases/review');
  await expect(page.getByRole('heading', { level: 1, name: 'Cases to review' })).toBeVisible();
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('This case waits for a moderator.')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Publish' })).toHaveCount(0);
  expect(page.url()).toBe(caseUrl);

  // Anyone finds it by filtering the repository by its method and country.
  await page.goto('/cases');
  await page.getByLabel('Method', { exact: true }).selectOption('hackathon');
  await page.getByLabel('Country', { exact: true }).selectOption('LU');
  await expect(page).toHaveURL(/method=hackathon/);
  await expect(page).toHaveURL(/country=LU/);
  const results = page.getByRole('region', { name: 'Results' });
  await expect(results.getByRole('link', { name: title })).toBeVisible();
  await results.getByRole('link', { name: title }).click();

  // Its page suggests the earlier case and says what they share.
  const similarCases = page.getByRole('region', { name: 'Similar cases' });
  await expect(similarCases.getByRole('link', { name: `Kelmar harbour hackathon ${suffix}` })).toBeVisible();
  await expect(similarCases.getByText(/Shares: Hackathon/)).toBeVisible();
});
