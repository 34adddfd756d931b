import { type APIRequestContext, expect, test } from '@playwright/test';
import { apiHeaders, seedMember, signIn } from './support';

/** Creates an organisation as `owner` and makes `member` its `role` through an accepted invitation. */
async function organisationWith(
  request: APIRequestContext,
  owner: Record<string, string>,
  member: { headers: Record<string, string>; handle: string },
  role: 'admin' | 'editor',
  data: Record<string, unknown>,
): Promise<void> {
  const created = await request.post('/api/organisations', { data, headers: owner });
  expect(created.ok(), await created.text()).toBe(true);
  const invited = await request.post(`/api/organisations/${data.slug}/invitations`, {
    data: { handle: member.handle, role },
    headers: owner,
  });
  expect(invited.ok(), await invited.text()).toBe(true);
  const { id } = (await invited.json()) as { id: string };
  const accepted = await request.post(`/api/invitations/${id}/accept`, { headers: member.headers });
  expect(accepted.ok(), await accepted.text()).toBe(true);
}

test('a funder publishes a call and an organisation admin finds it among the calls it can apply for, and saves it', async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  const run = Math.random().toString(36).slice(2, 7);
  const nextYear = new Date().getUTCFullYear() + 1;
  const funderName = `Ines Duarte ${run}`;
  const adminName = `Rui Costa ${run}`;
  const funder = await seedMember(request, baseURL, funderName, { visibility: 'public' });
  const admin = await seedMember(request, baseURL, adminName, { visibility: 'public' });
  const founder = await seedMember(request, baseURL, `Ana Lopes ${run}`, { visibility: 'public' });
  const founderHeaders = await apiHeaders(request, baseURL, founder.email);
  const foundation = `Open Future Foundation ${run}`;
  const cso = `Lisbon Climate Action ${run}`;
  await organisationWith(
    request,
    founderHeaders,
    { headers: await apiHeaders(request, baseURL, funder.email), handle: funder.handle },
    'editor',
    { slug: `open-future-${run}`, name: foundation, kind: 'foundation', country: 'DE' },
  );
  await organisationWith(
    request,
    founderHeaders,
    { headers: await apiHeaders(request, baseURL, admin.email), handle: admin.handle },
    'admin',
    {
      slug: `lisbon-climate-${run}`,
      name: cso,
      kind: 'cso',
      country: 'PT',
      topics: ['climate-and-environment'],
    },
  );

  // The funder publishes a call in the browser.
  const title = `Civic Climate Fund ${run}`;
  await signIn(page, funder.email, funderName, '/funding');
  await page.getByRole('link', { name: 'Publish a call' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Publish a funding call' })).toBeVisible();
  await page.getByLabel('Funder').selectOption(`open-future-${run}`);
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Summary').fill('Grants for local climate action by civil society.');
  await page.getByLabel('Link to apply').fill('https://funder.example.org/apply');
  await page.getByLabel('Smallest grant').fill('10000');
  await page.getByLabel('Largest grant').fill('80000');
  await page.getByLabel('Deadline model').selectOption('two_stage');
  await page.getByLabel('Date and time').first().fill(`${nextYear}-03-01T00:00`);
  await page.getByLabel('Date and time').nth(1).fill(`${nextYear}-06-01T17:00`);
  await page
    .getByRole('group', { name: 'Country groups' })
    .getByRole('button', { name: 'EU member states (EU27)' })
    .click();
  await page
    .getByRole('group', { name: 'Kinds of organisation' })
    .getByRole('button', { name: 'CSO / NGO' })
    .click();
  await page
    .getByRole('group', { name: 'Topics' })
    .getByRole('button', { name: 'Climate and environment' })
    .click();
  await page.getByRole('button', { name: 'Publish call' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('main').getByText('Foundation or funder', { exact: true })).toBeVisible();
  await expect(page.getByText('Stage 1')).toBeVisible();

  // The organisation admin finds it with its reasons and saves it for the organisation.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, admin.email, adminName, '/funding');
  await other
    .getByRole('navigation', { name: 'Calls we can apply for' })
    .getByRole('link', { name: cso })
    .click();
  await expect(other.getByRole('heading', { level: 1, name: `Calls ${cso} can apply for` })).toBeVisible();
  const item = other.getByRole('listitem').filter({ has: other.getByRole('link', { name: title }) });
  await expect(item.getByText('You can apply')).toBeVisible();
  await expect(item.getByText('open to organisations in Portugal (EU27)')).toBeVisible();
  await expect(item.getByText('open to CSOs')).toBeVisible();
  await expect(item.getByText('topics: Climate and environment')).toBeVisible();
  await item.getByRole('link', { name: title }).click();
  await expect(other.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await other.getByRole('button', { name: `Save for ${cso}` }).click();
  await expect(other.getByRole('button', { name: `Remove from ${cso}` })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // The funder sees that one organisation saved it, never which.
  await page.reload();
  await expect(page.getByText(/Saved by 1 person or organisation/)).toBeVisible();
  await otherContext.close();
});
