import { expect, test } from '@playwright/test';
import { apiHeaders, linkFromMail, seedMember, signIn, uniqueEmail } from './support';

test('a visitor signs a petition, confirms by the mailed link, and the count goes up, live on the author’s open page', async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  const run = Math.random().toString(36).slice(2, 7);
  const authorName = `Paula Petitioner ${run}`;
  const author = await seedMember(request, baseURL, authorName, { visibility: 'public' });
  const headers = await apiHeaders(request, baseURL, author.email);
  const title = `Keep the Lisbon libraries open ${run}`;
  const created = await request.post('/api/petitions', {
    headers,
    data: {
      title,
      text: 'The city plans to close **two** libraries.\n\nWe ask the council to keep them open.',
      addressee: 'Lisbon City Council',
      goal: 10,
      deadline: new Date(Date.now() + 14 * 24 * 3600_000).toISOString(),
      topics: ['democracy-and-participation'],
      countries: ['PT'],
      language: 'en',
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await request.post(`/api/petitions/${id}/open`, { headers })).ok()).toBe(true);

  // The author watches her petition's page, signed in.
  const authorContext = await browser.newContext();
  const authorPage = await authorContext.newPage();
  await signIn(authorPage, author.email, authorName, `/petitions/${id}`);
  await expect(authorPage.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(authorPage.getByTestId('petition-count')).toHaveText('0 of 10 signatures (0%)');

  // A visitor finds it in the list and signs with name, address and country.
  await page.goto('/petitions');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Signatures' })).toBeVisible();
  const email = uniqueEmail('visitor');
  const sign = page.getByRole('region', { name: 'Sign this petition' });
  await sign.getByLabel('Your name').fill(`Vera Visitor ${run}`);
  await sign.getByLabel('Your email address').fill(email);
  await sign.getByLabel('Your country').selectOption('DE');
  await sign.getByLabel('Show my name on the list of signers').check();
  // The honeypot is out of reach: not a field anyone is asked to fill.
  await expect(sign.getByRole('textbox', { name: 'Leave this field empty' })).toHaveCount(0);
  await sign.getByRole('button', { name: 'Sign' }).click();
  await expect(sign.getByText('Check your mail')).toBeVisible();
  await expect(page.getByTestId('petition-count')).toHaveText('0 of 10 signatures (0%)');

  // The mailed link confirms it; the count goes up.
  const link = await linkFromMail(request, email, '/petitions/confirm');
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Thank you: your signature counts' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the petition' }).click();
  await expect(page.getByTestId('petition-count')).toHaveText('1 of 10 signatures (10%)');
  await expect(page.getByRole('region', { name: 'Who signed' })).toContainText(`Vera Visitor ${run}`);

  // The author's page followed without a reload.
  await expect(authorPage.getByTestId('petition-count')).toHaveText('1 of 10 signatures (10%)');
  await authorContext.close();

  // The link used again says the signature already counts.
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Your signature already counts' })).toBeVisible();
});
