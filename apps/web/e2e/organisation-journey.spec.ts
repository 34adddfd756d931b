import { expect, test } from '@playwright/test';
import { linkFromMail, PASSWORD, seedMember, signIn, uniqueEmail } from './support';

test('a new member onboards, creates an organisation and invites a colleague who accepts', async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  const run = Math.random().toString(36).slice(2, 7);
  const colleague = await seedMember(request, baseURL, `Kasia Nowak ${run}`, { visibility: 'members' });
  const email = uniqueEmail('founder');
  const founder = `Elena Rossi ${run}`;
  const organisation = `Clean Air Alliance ${run}`;

  await page.goto('/register');
  await page.getByLabel('Your name').fill(founder);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('main').getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your inbox' })).toBeVisible();
  await page.goto(await linkFromMail(request, email, '/verify-email'));
  await expect(page.getByRole('heading', { name: 'Your email address is confirmed' })).toBeVisible();

  await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();

  // Onboarding: six short steps.
  await expect(page).toHaveURL(/\/welcome\?next=/);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Open Spaces' })).toBeVisible();
  const topics = page.getByRole('group', { name: 'Topics' });
  await topics.getByRole('button').first().click();
  await expect(topics.getByRole('button').first()).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Country').selectOption('IT');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('searchbox').fill('Ital');
  await page.getByRole('group', { name: 'Languages' }).getByRole('button').first().click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('group', { name: 'You can offer' }).getByRole('button').first().click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('group', { name: 'You need' }).getByRole('button').nth(1).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: 'Everyone' }).check();
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page).not.toHaveURL(/\/welcome/);

  // A new organisation.
  await page.goto('/organisations');
  await page.getByRole('link', { name: 'Create an organisation' }).click();
  await page.getByLabel('Name', { exact: true }).fill(organisation);
  await expect(page.getByLabel('Address')).toHaveValue(`clean-air-alliance-${run}`);
  await page.getByLabel('Kind of organisation').selectOption('cso');
  await page.getByLabel('Country', { exact: true }).selectOption('IT');
  await page.getByLabel('Description').fill('We measure **air quality** with neighbours.');
  await page.getByRole('button', { name: 'Create organisation' }).click();
  await expect(page).toHaveURL(new RegExp(`/organisations/clean-air-alliance-${run}$`));
  await expect(page.getByRole('heading', { level: 1, name: organisation })).toBeVisible();
  await expect(page.locator('.prose strong')).toHaveText('air quality');

  // Invite the colleague by handle.
  await page.getByRole('link', { name: 'Manage' }).click();
  await page.getByLabel('Handle or email address').fill(`@${colleague.handle}`);
  await page.getByLabel('Role', { exact: true }).selectOption('editor');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByText(`Invitation sent to @${colleague.handle}.`)).toBeVisible();
  const pending = page.getByRole('region', { name: 'Pending invitations' });
  await expect(pending.getByText(`@${colleague.handle}`)).toBeVisible();

  // The colleague accepts on /invitations.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, colleague.email, `Kasia Nowak ${run}`, '/invitations');
  await expect(other.getByRole('heading', { level: 1, name: 'Invitations' })).toBeVisible();
  await other.getByRole('button', { name: `Accept the invitation from ${organisation}` }).click();
  await expect(other.getByText(`You are now a member of ${organisation}.`)).toBeVisible();
  await other.getByRole('link', { name: `Go to ${organisation}` }).click();
  const otherMembers = other.getByRole('region', { name: 'Members' });
  await expect(otherMembers.getByRole('link', { name: founder })).toBeVisible();
  await expect(otherMembers.getByRole('link', { name: `Kasia Nowak ${run}` })).toBeVisible();
  await otherContext.close();

  // Both appear on the organisation's member list.
  await page.goto(`/organisations/clean-air-alliance-${run}`);
  const members = page.getByRole('region', { name: 'Members' });
  await expect(members.getByRole('listitem')).toHaveCount(2);
  await expect(members.getByRole('listitem').filter({ hasText: founder })).toContainText('Owner');
  await expect(members.getByRole('listitem').filter({ hasText: `Kasia Nowak ${run}` })).toContainText(
    'Editor',
  );
});
