import { type APIRequestContext, expect, test } from '@playwright/test';
import { linkFromMail, PASSWORD, skipOnboarding, uniqueEmail } from './support';

async function seedAccount(request: APIRequestContext, baseURL: string | undefined, name: string) {
  const email = uniqueEmail(name.toLowerCase());
  const response = await request.post('/api/auth/register', {
    data: { email, password: PASSWORD, displayName: name },
    headers: { Origin: baseURL ?? '' },
  });
  expect(response.status()).toBe(202);
  // Sign-up finishes after its answer; the mailed link says the account is there.
  await linkFromMail(request, email, '/verify-email');
  return email;
}

test('a wrong password is refused with a clear message', async ({ page, request, baseURL }) => {
  const email = await seedAccount(request, baseURL, 'Marta');
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill('not the right password');
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();

  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toContainText('The email address or password is not right.');
  await expect(summary).toBeFocused();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('an unconfirmed member is reminded and can ask for a new link', async ({ page, request, baseURL }) => {
  const email = await seedAccount(request, baseURL, 'Lena');
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByText(`We sent a link to ${email}`)).toBeVisible();
  await page.getByRole('button', { name: 'Resend email' }).click();
  await expect(page.getByText(`We sent a new link to ${email}.`)).toBeVisible();
});

test('resets a forgotten password through the mailed link', async ({ page, request, baseURL }) => {
  const email = await seedAccount(request, baseURL, 'Tomasz');
  const newPassword = 'harbour kestrel mosaic 77';

  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByText(`If an account exists for ${email}`)).toBeVisible();

  await page.goto(await linkFromMail(request, email, '/reset-password'));
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.getByRole('heading', { name: 'Your password has been changed' })).toBeVisible();

  await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();

  await page.getByLabel('Password', { exact: true }).fill(newPassword);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('banner').getByRole('button', { name: /Tomasz/ })).toBeVisible();
});

test('a visitor who opens account settings signs in and comes back to them', async ({
  page,
  request,
  baseURL,
}) => {
  const email = await seedAccount(request, baseURL, 'Ines');
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount$/);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await skipOnboarding(page);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Account settings' })).toBeVisible();
});
