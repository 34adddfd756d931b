import { expect, test } from '@playwright/test';
import { seedMember } from './support';

test('a hidden profile is absent from the people directory for a signed-out visitor', async ({
  page,
  request,
  baseURL,
}) => {
  const run = `Zephyrine${Math.random().toString(36).slice(2, 7)}`;
  const visible = await seedMember(request, baseURL, `${run} Open`, {
    visibility: 'public',
    headline: 'Campaigner for clean air',
  });
  const hidden = await seedMember(request, baseURL, `${run} Hidden`, { visibility: 'hidden' });

  await page.goto(`/people?q=${run}`);
  await expect(page.getByRole('searchbox', { name: 'Search by name or headline' })).toHaveValue(run);
  const results = page.getByRole('region', { name: 'Results' });
  await expect(results.getByRole('link', { name: `${run} Open` })).toBeVisible();
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expect(results.getByText(`${run} Hidden`)).toHaveCount(0);

  await results.getByRole('link', { name: `${run} Open` }).click();
  await expect(page).toHaveURL(new RegExp(`/people/${visible.handle}$`));
  await expect(page.getByRole('heading', { level: 1, name: `${run} Open` })).toBeVisible();

  await page.goto(`/people/${hidden.handle}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Profile not found' })).toBeVisible();
});
