import { expect, test } from '@playwright/test';
import { seedMember, signIn } from './support';

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

test('following a person raises their follower count and lists the follower', async ({
  page,
  request,
  baseURL,
}) => {
  const run = `Quillon${Math.random().toString(36).slice(2, 7)}`;
  const followed = await seedMember(request, baseURL, `${run} Followed`, { visibility: 'public' });
  const follower = await seedMember(request, baseURL, `${run} Follower`, { visibility: 'public' });

  await signIn(page, follower.email, `${run} Follower`, `/people/${followed.handle}`);
  await expect(page.getByRole('heading', { level: 1, name: `${run} Followed` })).toBeVisible();
  await expect(page.getByRole('link', { name: '0 followers' })).toBeVisible();

  await page.getByRole('button', { name: 'Follow', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Following' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('link', { name: '1 follower', exact: true })).toBeVisible();

  await page.getByRole('link', { name: '1 follower', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/people/${followed.handle}/followers$`));
  await expect(page.getByRole('heading', { level: 1, name: `Followers of ${run} Followed` })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: `${run} Follower` })).toBeVisible();

  await page.reload();
  await page.getByRole('link', { name: `Back to ${run} Followed` }).click();
  await page.getByRole('button', { name: 'Following' }).click();
  await expect(page.getByRole('link', { name: '0 followers' })).toBeVisible();
});
