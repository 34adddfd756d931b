import { type APIRequestContext, expect, test } from '@playwright/test';
import { apiHeaders, seedMember, signIn } from './support';

async function createOrganisation(
  request: APIRequestContext,
  headers: Record<string, string>,
  data: Record<string, unknown>,
) {
  const created = await request.post('/api/organisations', { data, headers });
  expect(created.ok(), await created.text()).toBe(true);
}

test('an organisation starts a partner search on a call, another expresses interest, the lead accepts and the coverage updates', async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  const run = Math.random().toString(36).slice(2, 7);
  const nextYear = new Date().getUTCFullYear() + 1;
  const leadName = `Marta Silva ${run}`;
  const partnerName = `Jonas Weber ${run}`;
  const funder = await seedMember(request, baseURL, `Fiona Funder ${run}`, { visibility: 'public' });
  const lead = await seedMember(request, baseURL, leadName, { visibility: 'public' });
  const partner = await seedMember(request, baseURL, partnerName, { visibility: 'public' });
  const funderHeaders = await apiHeaders(request, baseURL, funder.email);
  await createOrganisation(request, funderHeaders, {
    slug: `fund-${run}`,
    name: `Civic Fund ${run}`,
    kind: 'foundation',
    country: 'BE',
  });
  await createOrganisation(request, await apiHeaders(request, baseURL, lead.email), {
    slug: `porto-${run}`,
    name: `Porto Commons ${run}`,
    kind: 'cso',
    country: 'PT',
  });
  const berlin = `Berlin Civic ${run}`;
  await createOrganisation(request, await apiHeaders(request, baseURL, partner.email), {
    slug: `berlin-${run}`,
    name: berlin,
    kind: 'cso',
    country: 'DE',
  });
  const published = await request.post('/api/funding-calls', {
    headers: funderHeaders,
    data: {
      organisation: `fund-${run}`,
      title: `Cross-border Democracy Fund ${run}`,
      summary: 'Grants for consortia from at least two countries.',
      applyUrl: 'https://funder.example.org/apply',
      currency: 'EUR',
      deadlineModel: 'single_stage',
      deadlines: [{ label: 'Deadline', local: `${nextYear}-03-01T12:00` }],
      eligibleCountries: ['EU27'],
      eligibleKinds: ['cso'],
      minPartners: 2,
      minCountries: 2,
    },
  });
  expect(published.ok(), await published.text()).toBe(true);
  const { id: callId } = (await published.json()) as { id: string };

  // The lead starts a partner search from the call's page.
  await signIn(page, lead.email, leadName, `/funding/${callId}`);
  const section = page.getByRole('region', { name: 'Partner searches' });
  await expect(section.getByText('No organisation is looking for partners for this call yet.')).toBeVisible();
  await section.getByRole('button', { name: 'Start a partner search' }).click();
  await page.getByLabel('Role 1').selectOption('partner');
  await page.getByLabel('Note for interested organisations').fill('We need a partner from another country.');
  await page.getByRole('button', { name: 'Start the search' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Led by Porto Commons ${run}` })).toBeVisible();
  const gaps = page.getByTestId('coverage-gaps');
  await expect(gaps.getByText('Needs one more eligible partner.')).toBeVisible();
  await expect(gaps.getByText('Needs one more partner from another eligible country.')).toBeVisible();
  const searchPath = new URL(page.url()).pathname;

  // Another organisation expresses interest.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, partner.email, partnerName, searchPath);
  await other.getByLabel('Your organisation').selectOption(`berlin-${run}`);
  await other.getByLabel('Role you would take').selectOption('partner');
  await other.getByLabel('Note for the lead').fill('We run civic labs in Berlin.');
  await other.getByRole('button', { name: 'Express interest' }).click();
  await expect(other.getByText('Your interest was sent to the lead organisation.')).toBeVisible();
  await otherContext.close();

  // The lead accepts, and the coverage is complete.
  await page.reload();
  await page.getByRole('button', { name: `Accept ${berlin}` }).click();
  await expect(page.getByText('The consortium meets the call’s partner rules.')).toBeVisible();
  await expect(
    page.getByTestId('coverage-counts').getByText('Eligible partners: 2 of at least 2'),
  ).toBeVisible();
  await expect(page.getByTestId('interests').getByText('Accepted')).toBeVisible();
});
