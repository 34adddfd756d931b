import { expect, test } from '@playwright/test';
import { seedMember } from './support';

test('the header box suggests a person as one types, and the search page marks the words found', async ({
  page,
  request,
  baseURL,
}) => {
  const run = `Ozymandra${Math.random().toString(36).slice(2, 7)}`;
  const person = await seedMember(request, baseURL, `${run} Kowalska`, {
    visibility: 'public',
    headline: 'Organiser in Wrocław',
  });
  await seedMember(request, baseURL, `${run} Hidden`, { visibility: 'hidden' });

  await page.goto('/');
  const box = page.getByRole('combobox', { name: 'Search Open Spaces' });
  await box.fill(run);
  const suggestions = page.getByRole('listbox', { name: 'Suggestions' });
  await expect(suggestions.getByRole('option', { name: new RegExp(`${run} Kowalska`) })).toBeVisible();
  await expect(suggestions.getByRole('option', { name: new RegExp(`${run} Hidden`) })).toHaveCount(0);
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/people/${person.handle}$`));

  await box.fill(`${run} Wroclaw`);
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=/);
  const results = page.getByRole('region', { name: 'Results' });
  await expect(results.getByRole('link', { name: `${run} Kowalska` })).toBeVisible();
  await expect(results.locator('mark', { hasText: 'Wrocław' })).toBeVisible();
  await expect(results.getByText(`${run} Hidden`)).toHaveCount(0);
});
