import { AuthResult, Tool } from '@open-spaces/contracts';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { MODERATOR_EMAIL } from './moderator';
import { linkFromMail, PASSWORD, seedMember, signIn, skipOnboarding } from './support';

/**
 * Sets the CLI-made moderator's password through the reset mail, as its holder would, once
 * per run: a later test finds it set (a second reset mail is written after its answer, so
 * the newest mail could still be the first, used link).
 */
async function moderatorPassword(request: APIRequestContext, baseURL: string | undefined): Promise<void> {
  const headers = { Origin: baseURL ?? '' };
  const signedIn = await request.post('/api/auth/login', {
    data: { email: MODERATOR_EMAIL, password: PASSWORD },
    headers,
  });
  if (signedIn.ok()) return;
  const asked = await request.post('/api/auth/password/forgot', {
    data: { email: MODERATOR_EMAIL },
    headers,
  });
  expect(asked.ok()).toBe(true);
  const link = new URL(await linkFromMail(request, MODERATOR_EMAIL, '/reset-password'), 'http://localhost');
  const reset = await request.post('/api/auth/password/reset', {
    data: { token: link.searchParams.get('token'), password: PASSWORD },
    headers,
  });
  expect(reset.ok(), await reset.text()).toBe(true);
}

async function apiToken(request: APIRequestContext, baseURL: string | undefined, email: string) {
  const headers = { Origin: baseURL ?? '' };
  const login = await request.post('/api/auth/login', { data: { email, password: PASSWORD }, headers });
  expect(login.ok()).toBe(true);
  return { ...headers, Authorization: `Bearer ${AuthResult.parse(await login.json()).accessToken}` };
}

async function signOut(page: Page, name: string): Promise<void> {
  await page
    .getByRole('banner')
    .getByRole('button', { name: new RegExp(name) })
    .click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
}

test('a member reports a tool, a moderator hides it and the audit log shows it', async ({
  page,
  request,
  baseURL,
}) => {
  await moderatorPassword(request, baseURL);
  const moderator = await apiToken(request, baseURL, MODERATOR_EMAIL);
  const proposer = await seedMember(request, baseURL, 'Petra Proposer');
  const proposerHeaders = await apiToken(request, baseURL, proposer.email);
  const proposed = await request.post('/api/tools', {
    data: {
      name: 'Shady Survey',
      slug: `shady-survey-${Date.now()}`,
      website: 'https://shady.example.org',
      category: 'surveys',
      priceModel: 'paid',
    },
    headers: proposerHeaders,
  });
  expect(proposed.status()).toBe(201);
  const tool = Tool.parse(await proposed.json());
  const approved = await request.post(`/api/tools/${tool.slug}/review`, {
    data: { decision: 'approve' },
    headers: moderator,
  });
  expect(approved.ok()).toBe(true);

  // A member reports the tool from its page.
  const reporter = await seedMember(request, baseURL, 'Rita Reporter');
  await signIn(page, reporter.email, 'Rita Reporter', `/tools/${tool.slug}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Shady Survey' })).toBeVisible();
  await page.getByRole('button', { name: 'Report this tool' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Report this tool' });
  await dialog.getByLabel('Spam or advertising').check();
  await dialog.getByLabel('Note for the moderators').fill('Collects e-mail addresses for advertising.');
  await dialog.getByRole('button', { name: 'Send report' }).click();
  await expect(page.getByRole('status')).toHaveText('Thank you. The moderators will look at it.');
  await signOut(page, 'Rita Reporter');

  // The moderator finds it in the queue through the account menu and hides it.
  await page.goto('/sign-in?next=%2Fmoderation');
  await page.getByLabel('Email address').fill(MODERATOR_EMAIL);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  // Other journeys may have taken the moderator through the welcome flow already.
  await page.waitForURL(/\/(welcome|moderation)/);
  if (page.url().includes('/welcome')) await skipOnboarding(page);
  await page
    .getByRole('banner')
    .getByRole('button', { name: /moderator/ })
    .click();
  await page.getByRole('link', { name: 'Moderation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Moderation' })).toBeVisible();
  const item = page.getByRole('article').filter({ hasText: 'Shady Survey' });
  await expect(item).toContainText('1 open report');
  await expect(item).toContainText('Collects e-mail addresses for advertising.');
  await item.getByRole('button', { name: 'Hide' }).click();
  const hide = page.getByRole('alertdialog', { name: 'Hide “Shady Survey”?' });
  await hide.getByLabel('Reason').fill('Advertising disguised as a survey');
  await hide.getByRole('button', { name: 'Hide' }).click();
  await expect(page.getByRole('article').filter({ hasText: 'Shady Survey' })).toHaveCount(0);

  // The audit log shows the action with its reason.
  await page.getByRole('link', { name: 'Audit log' }).click();
  const entry = page.getByRole('article').filter({ hasText: tool.id }).first();
  await expect(entry).toContainText('hid');
  await expect(entry).toContainText('Advertising disguised as a survey');
  await signOut(page, 'moderator');

  // The tool is gone for everyone else.
  await page.goto(`/tools/${tool.slug}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Tool not found' })).toBeVisible();
  await page.goto('/tools');
  await expect(page.getByRole('link', { name: 'Shady Survey' })).toHaveCount(0);
});

test('a reported comment is hidden by a moderator and gone from the post for everyone else', async ({
  page,
  request,
  baseURL,
}) => {
  await moderatorPassword(request, baseURL);
  const author = await seedMember(request, baseURL, 'Alma Author', { visibility: 'public' });
  const authorHeaders = await apiToken(request, baseURL, author.email);
  const published = await request.post('/api/posts', {
    data: {
      kind: 'experience_report',
      title: `Running a repair café ${Date.now()}`,
      summary: 'What a year of monthly repair cafés taught us.',
      body: 'We opened the doors **once a month**.',
      topics: ['democracy-and-participation'],
      countries: ['AT'],
      language: 'en',
      status: 'published',
    },
    headers: authorHeaders,
  });
  expect(published.status(), await published.text()).toBe(201);
  const post = (await published.json()) as { slug: string };
  const troll = await seedMember(request, baseURL, 'Toni Troll', { visibility: 'public' });
  const commented = await request.post(`/api/posts/${post.slug}/comments`, {
    data: { body: 'Buy cheap followers at spam.example' },
    headers: await apiToken(request, baseURL, troll.email),
  });
  expect(commented.status(), await commented.text()).toBe(201);

  // A reader reports the comment from the post's page.
  const reader = await seedMember(request, baseURL, 'Rafa Reader');
  await signIn(page, reader.email, 'Rafa Reader', `/news/${post.slug}`);
  const comment = page.getByRole('article').filter({ hasText: 'Buy cheap followers' }).last();
  await comment.getByRole('button', { name: 'Report this comment' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Report this comment' });
  await dialog.getByLabel('Spam or advertising').check();
  await dialog.getByRole('button', { name: 'Send report' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Thank you' })).toBeVisible();
  await signOut(page, 'Rafa Reader');

  // The moderator hides it from the queue.
  await page.goto('/sign-in?next=%2Fmoderation');
  await page.getByLabel('Email address').fill(MODERATOR_EMAIL);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/(welcome|moderation)/);
  if (page.url().includes('/welcome')) await skipOnboarding(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Moderation' })).toBeVisible();
  const item = page.getByRole('article').filter({ hasText: 'Buy cheap followers' });
  await expect(item).toContainText('1 open report');
  await item.getByRole('button', { name: 'Hide' }).click();
  const hide = page.getByRole('alertdialog').filter({ hasText: 'Buy cheap followers' });
  await hide.getByLabel('Reason').fill('Advertising');
  await hide.getByRole('button', { name: 'Hide' }).click();
  await expect(page.getByRole('article').filter({ hasText: 'Buy cheap followers' })).toHaveCount(0);
  await signOut(page, 'moderator');

  // The post stays; the comment is gone for a visitor.
  await page.goto(`/news/${post.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Running a repair café');
  await expect(page.getByText('Buy cheap followers')).toHaveCount(0);
});
