import { AuthResult } from '@open-spaces/contracts';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { linkFromMail, PASSWORD, seedMember, signIn } from './support';

/** Signs in through the API and returns headers that act as that person. */
async function actAs(request: APIRequestContext, baseURL: string | undefined, email: string) {
  const headers = { Origin: baseURL ?? '' };
  const login = await request.post('/api/auth/login', { data: { email, password: PASSWORD }, headers });
  const { accessToken } = AuthResult.parse(await login.json());
  return { ...headers, Authorization: `Bearer ${accessToken}` };
}

test('a new follower counts up on an open page without a reload; the notifications page lists it and marks it read; a changed setting stays', async ({
  page,
  request,
  baseURL,
}) => {
  const run = Math.random().toString(36).slice(2, 7);
  const anaName = `Ana Novak ${run}`;
  const jonasName = `Jonas Berg ${run}`;
  const ana = await seedMember(request, baseURL, anaName, { visibility: 'public' });
  const jonas = await seedMember(request, baseURL, jonasName, { visibility: 'public' });

  // Ana has her home page open.
  await signIn(page, ana.email, anaName, '/');
  await expect(page.getByRole('heading', { level: 1, name: 'Your feed' })).toBeVisible();
  const bell = page.getByRole('banner').getByRole('link', { name: /^Notifications(, \d+ unread)?$/ });
  await expect(bell).toHaveAccessibleName('Notifications');

  // Jonas follows her.
  const followed = await request.post('/api/follows', {
    data: { type: 'profile', target: ana.handle },
    headers: await actAs(request, baseURL, jonas.email),
  });
  expect(followed.ok()).toBe(true);

  // Her badge counts it, and the page she reads stays where it is.
  await expect(bell).toHaveAccessibleName('Notifications, 1 unread');
  await expect(page.getByRole('heading', { level: 1, name: 'Your feed' })).toBeVisible();

  await bell.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  const item = page.getByRole('listitem').filter({ hasText: `${jonasName} followed you` });
  await expect(item.getByRole('link', { name: `${jonasName} followed you` })).toHaveAttribute(
    'href',
    `/people/${jonas.handle}`,
  );
  await expect(item.getByText('Unread', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Mark all as read' }).click();
  await expect(page.getByText('Your notifications are marked as read.')).toBeFocused();
  await expect(bell).toHaveAccessibleName('Notifications');
  await expect(item.getByText('Unread', { exact: true })).toHaveCount(0);

  // She has new followers mailed at once, and the choice is still there after a reload.
  await page.getByRole('link', { name: 'Choose how you are notified' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notification settings' })).toBeVisible();
  const followers = page.getByRole('group', { name: 'New followers' });
  await expect(followers.getByRole('radio', { name: 'In the digest' })).toBeChecked();
  await followers.getByRole('radio', { name: 'By email at once' }).check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Your notification settings are saved.')).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('group', { name: 'New followers' }).getByRole('radio', { name: 'By email at once' }),
  ).toBeChecked();
});

test('a mail’s unsubscribe link asks before it stops anything, then stops that kind of mail', async ({
  page,
  request,
  baseURL,
}) => {
  const run = Math.random().toString(36).slice(2, 7);
  const mila = await seedMember(request, baseURL, `Mila Horvat ${run}`, { visibility: 'public' });
  const follower = await seedMember(request, baseURL, `Piotr Nowak ${run}`, { visibility: 'public' });
  const milaHeaders = await actAs(request, baseURL, mila.email);
  const chosen = await request.patch('/api/me/notification-preferences', {
    data: { channels: { new_follower: 'email' } },
    headers: milaHeaders,
  });
  expect(chosen.ok()).toBe(true);
  const followed = await request.post('/api/follows', {
    data: { type: 'profile', target: mila.handle },
    headers: await actAs(request, baseURL, follower.email),
  });
  expect(followed.ok()).toBe(true);

  // Opening the link, signed out, only says what it would stop.
  await page.goto(await linkFromMail(request, mila.email, '/unsubscribe'));
  await expect(page.getByText('This stops the mails about new followers.')).toBeVisible();
  const before = await request.get('/api/me/notification-preferences', { headers: milaHeaders });
  expect((await before.json()).channels.new_follower).toBe('email');

  await page.getByRole('button', { name: 'Stop these mails' }).click();
  await expect(page.getByRole('heading', { name: 'You are unsubscribed' })).toBeVisible();
  const after = await request.get('/api/me/notification-preferences', { headers: milaHeaders });
  expect((await after.json()).channels.new_follower).toBe('app');
});
