import { AuthResult } from '@open-spaces/contracts';
import { expect, test } from '@playwright/test';
import { PASSWORD, seedMember, signIn } from './support';

test('a follower’s open home page announces what an organisation just published, and shows it on request without a reload', async ({
  page,
  request,
  baseURL,
}) => {
  const run = Math.random().toString(36).slice(2, 7);
  const editorName = `Marta Kowalska ${run}`;
  const followerName = `Jonas Berg ${run}`;
  const editor = await seedMember(request, baseURL, editorName, { visibility: 'public' });
  const follower = await seedMember(request, baseURL, followerName, { visibility: 'public' });
  const headers = { Origin: baseURL ?? '' };
  const tokenOf = async (email: string) => {
    const login = await request.post('/api/auth/login', { data: { email, password: PASSWORD }, headers });
    return AuthResult.parse(await login.json()).accessToken;
  };

  // The editor's organisation, and the follower following it, through the API.
  const editorAuth = { ...headers, Authorization: `Bearer ${await tokenOf(editor.email)}` };
  const slug = `open-budget-watch-${run}`;
  const created = await request.post('/api/organisations', {
    data: { slug, name: `Open Budget Watch ${run}`, kind: 'cso', country: 'PL', visibility: 'public' },
    headers: editorAuth,
  });
  expect(created.status()).toBe(201);
  const followed = await request.post('/api/follows', {
    data: { type: 'organisation', target: slug },
    headers: { ...headers, Authorization: `Bearer ${await tokenOf(follower.email)}` },
  });
  expect(followed.ok()).toBe(true);

  // The follower has the home page open.
  await signIn(page, follower.email, followerName, '/');
  await expect(page.getByRole('heading', { level: 1, name: 'Your feed' })).toBeVisible();
  await expect(page.getByText('Nothing in your feed yet.')).toBeVisible();

  // The editor publishes as the organisation.
  const title = `Where the city’s budget went in 2026 ${run}`;
  const published = await request.post('/api/posts', {
    data: {
      kind: 'news',
      title,
      summary: 'Our annual reading of the municipal accounts.',
      body: 'Read it **before** the council meets.',
      topics: ['transparency'],
      countries: ['PL'],
      language: 'en',
      status: 'published',
      organisation: slug,
    },
    headers: editorAuth,
  });
  expect(published.status()).toBe(201);

  // The open page says so without moving anything, and shows it when asked.
  const banner = page.getByRole('status').filter({ hasText: '1 new item' });
  await expect(banner).toBeVisible();
  await expect(page.getByText(title)).toHaveCount(0);
  await banner.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await expect(page.getByText(`You follow Open Budget Watch ${run}`)).toBeVisible();
  await expect(banner).toHaveCount(0);
});
