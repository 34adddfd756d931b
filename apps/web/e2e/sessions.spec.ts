import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { linkFromMail, PASSWORD, skipOnboarding, uniqueEmail } from './support';

async function seedAccount(request: APIRequestContext, baseURL: string | undefined) {
  const email = uniqueEmail('sessions');
  const response = await request.post('/api/auth/register', {
    data: { email, password: PASSWORD, displayName: 'Noor' },
    headers: { Origin: baseURL ?? '' },
  });
  expect(response.status()).toBe(202);
  // Sign-up finishes after its answer; the mailed link says the account is there.
  await linkFromMail(request, email, '/verify-email');
  return email;
}

async function signInToAccount(page: Page, email: string, firstTime = false) {
  await page.goto('/sign-in?next=%2Faccount');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  if (firstTime) await skipOnboarding(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Account settings' })).toBeVisible();
}

test('signs another device out from account settings', async ({ page, browser, request, baseURL }) => {
  const email = await seedAccount(request, baseURL);
  const otherDevice = await browser.newContext();
  const other = await otherDevice.newPage();
  await signInToAccount(other, email, true);
  await signInToAccount(page, email);

  const sessions = page.getByRole('region', { name: 'Where you are signed in' });
  await expect(sessions.getByRole('listitem')).toHaveCount(2);
  await sessions.getByRole('button', { name: /^Sign out / }).click();

  const dialog = page.getByRole('alertdialog', { name: 'Sign out this device?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Sign out device' }).click();
  await expect(page.getByText('The device has been signed out.')).toBeVisible();
  await expect(sessions.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByText('You are not signed in anywhere else.')).toBeVisible();

  await other.reload();
  await expect(other).toHaveURL(/\/sign-in\?next=%2Faccount$/);
  await otherDevice.close();
});
