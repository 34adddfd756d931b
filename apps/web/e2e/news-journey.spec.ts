import { AuthResult } from '@open-spaces/contracts';
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { PASSWORD, seedMember, signIn } from './support';

test('a guide published as an organisation appears in its topic feed, and gets a comment (shown live to its author), a reply and a useful', async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  const run = Math.random().toString(36).slice(2, 7);
  const authorName = `Ines Duarte ${run}`;
  const readerName = `Tomas Novak ${run}`;
  const author = await seedMember(request, baseURL, authorName, { visibility: 'public' });
  const reader = await seedMember(request, baseURL, readerName, { visibility: 'public' });
  const title = `Securing your campaign’s phones ${run}`;

  // The author's organisation, made through the API.
  const headers = { Origin: baseURL ?? '' };
  const login = await request.post('/api/auth/login', {
    data: { email: author.email, password: PASSWORD },
    headers,
  });
  const { accessToken } = AuthResult.parse(await login.json());
  const organisationSlug = `digital-shield-${run}`;
  const created = await request.post('/api/organisations', {
    data: {
      slug: organisationSlug,
      name: `Digital Shield ${run}`,
      kind: 'cso',
      country: 'PT',
      visibility: 'public',
    },
    headers: { ...headers, Authorization: `Bearer ${accessToken}` },
  });
  expect(created.status()).toBe(201);

  // The author writes the guide in the browser and publishes it as the organisation.
  await signIn(page, author.email, authorName, '/news');
  await page.getByRole('link', { name: 'Write a post' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Write a post' })).toBeVisible();
  await page.getByLabel('Kind', { exact: true }).selectOption('guide');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Summary').fill('Five steps for activists under pressure.');
  await page
    .getByLabel('Text', { exact: true })
    .fill('Turn on **disk encryption** first.\n\n- Update\n- Lock');
  await page.getByLabel('Publish as').selectOption(organisationSlug);
  await page.getByRole('group', { name: 'Topics' }).getByRole('button', { name: 'Digital rights' }).click();
  await page.getByRole('button', { name: 'Publish' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: `Digital Shield ${run}` })).toBeVisible();
  await expect(page.getByRole('main').getByText('disk encryption')).toBeVisible();
  const slug = new URL(page.url()).pathname.split('/').pop() ?? '';
  await expect(page.getByRole('link', { name: 'RSS feed' })).toHaveAttribute(
    'href',
    `/api/posts/feed.rss?organisation=${organisationSlug}`,
  );

  // The topic's RSS feed carries it, with an absolute link.
  const feed = await request.get('/api/posts/feed.rss?topic=digital-rights');
  expect(feed.ok()).toBe(true);
  expect(feed.headers()['content-type']).toContain('application/rss+xml');
  const channel = new XMLParser().parse(await feed.text()).rss.channel;
  const items = (Array.isArray(channel.item) ? channel.item : [channel.item]) as {
    title: string;
    link: string;
  }[];
  const item = items.find((candidate) => candidate.title === title);
  expect(item?.link).toBe(`${baseURL}/news/${slug}`);

  // A reader finds it useful and comments; the author replies.
  const readerContext = await browser.newContext();
  const readerPage = await readerContext.newPage();
  await signIn(readerPage, reader.email, readerName, `/news/${slug}`);
  await expect(readerPage.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const useful = readerPage.getByRole('button', { name: 'Useful' });
  await useful.click();
  await expect(useful).toHaveAttribute('aria-pressed', 'true');
  await expect(readerPage.getByText('1 person found this useful')).toBeVisible();
  await readerPage.getByLabel('Your comment').fill('Does this work on older phones too?');
  await readerPage.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(readerPage.getByRole('article', { name: readerName })).toContainText('older phones');
  await readerContext.close();

  // The author's page, open all along, shows the comment without a reload (live channel).
  const thread = page.getByRole('article', { name: readerName });
  await expect(thread).toContainText('older phones');
  await thread.getByRole('button', { name: 'Reply' }).click();
  await page.getByLabel(`Your reply to ${readerName}`).fill('Yes, from Android 10 on.');
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByRole('article', { name: authorName })).toContainText('Android 10');
  await expect(page.getByText('1 person found this useful')).toBeVisible();
});
