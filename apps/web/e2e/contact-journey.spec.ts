import { expect, test } from '@playwright/test';
import { seedMember, signIn } from './support';

test('a journalist searches in German, finds an expert writing in French, asks for contact, and they exchange messages live once accepted', async ({
  browser,
  request,
  baseURL,
}) => {
  const run = `Corvina${Math.random().toString(36).slice(2, 7)}`;
  const expertName = `${run} Expert`;
  const journalistName = `${run} Journalist`;
  const expert = await seedMember(request, baseURL, expertName, {
    visibility: 'public',
    headline: 'Chercheuse sur la liberté de la presse en Europe centrale',
    bio: 'J’étudie les pressions sur les rédactions indépendantes et les lois sur les médias.',
    languages: ['fr'],
    topics: ['media-freedom'],
    openToPress: true,
    pressTopics: ['media-freedom'],
    pressLanguages: ['fr'],
  });
  const journalist = await seedMember(request, baseURL, journalistName, { visibility: 'public' });

  const journalistContext = await browser.newContext({ baseURL });
  const expertContext = await browser.newContext({ baseURL });
  const journalistPage = await journalistContext.newPage();
  const expertPage = await expertContext.newPage();

  // The journalist searches in German; the expert's French profile is tagged media freedom.
  await signIn(journalistPage, journalist.email, journalistName);
  const box = journalistPage.getByRole('combobox', { name: 'Search Open Spaces' });
  await box.fill(`Medienfreiheit ${run}`);
  await box.press('Enter');
  await expect(journalistPage).toHaveURL(/\/search\?q=/);
  const results = journalistPage.getByRole('region', { name: 'Results' });
  const found = results
    .getByRole('listitem')
    .filter({ has: journalistPage.getByRole('link', { name: expertName }) });
  await expect(found).toContainText('Matched topic: Media freedom');
  await found.getByRole('link', { name: expertName }).click();

  // From the expert's profile, a request with a subject, an outlet and a message.
  await expect(journalistPage.getByRole('heading', { level: 1, name: expertName })).toBeVisible();
  await journalistPage.getByRole('button', { name: `Request contact with ${expertName}` }).click();
  const form = journalistPage.getByRole('form', { name: `Contact request to ${expertName}` });
  await form.getByLabel('Subject').fill('Heat plans in Berlin');
  await form.getByLabel('Outlet or organisation').fill('Der Tagesspiegel');
  await form.getByLabel('Message', { exact: true }).fill('Could we talk for twenty minutes this week?');
  await form.getByRole('button', { name: 'Send request' }).click();
  await expect(journalistPage.getByRole('status')).toContainText(`Your request to ${expertName} is sent`);

  // The expert accepts it and opens the conversation.
  await signIn(expertPage, expert.email, expertName, '/contact-requests');
  await expect(expertPage.getByRole('heading', { name: 'Heat plans in Berlin' })).toBeVisible();
  await expertPage.getByRole('button', { name: `Accept the request from ${journalistName}` }).click();
  await expertPage.getByRole('link', { name: `Open the conversation with ${journalistName}` }).click();
  await expect(
    expertPage.getByRole('heading', { level: 1, name: `Conversation with ${journalistName}` }),
  ).toBeVisible();

  // The journalist opens the same conversation from their messages.
  await journalistPage.goto('/messages');
  await journalistPage.getByRole('link', { name: expertName }).click();
  await expect(
    journalistPage.getByRole('heading', { level: 1, name: `Conversation with ${expertName}` }),
  ).toBeVisible();

  // A message sent with Enter appears on the other side without a reload, both ways.
  await expertPage.getByLabel('Your message').fill('Happy to. Tuesday at ten?');
  await expertPage.getByLabel('Your message').press('Enter');
  await expect(journalistPage.getByRole('log').getByText('Happy to. Tuesday at ten?')).toBeVisible();
  await journalistPage.getByLabel('Your message').fill('Tuesday at ten works.');
  await journalistPage.getByRole('button', { name: 'Send' }).click();
  await expect(expertPage.getByRole('log').getByText('Tuesday at ten works.')).toBeVisible();

  await journalistContext.close();
  await expertContext.close();
});
