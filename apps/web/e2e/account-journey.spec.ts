import { expect, test } from '@playwright/test';
import { linkFromMail, PASSWORD, seedMember, skipOnboarding, uniqueEmail } from './support';

const texts = {
  en: {
    homeTitle: 'A shared space for Europe’s civil society',
    createAccount: 'Create account',
    name: 'Your name',
    email: 'Email address',
    password: 'Password',
    checkInbox: 'Check your inbox',
    verified: 'Your email address is confirmed',
    signIn: 'Sign in',
    accountTitle: 'Account settings',
    sessionsTitle: 'Where you are signed in',
    thisDevice: 'This device',
    confirmed: 'Confirmed',
    signOut: 'Sign out',
    skip: 'Skip for now',
  },
  de: {
    homeTitle: 'Ein gemeinsamer Ort für die Zivilgesellschaft in Europa',
    createAccount: 'Konto erstellen',
    name: 'Dein Name',
    email: 'E-Mail-Adresse',
    password: 'Passwort',
    checkInbox: 'Schau in dein Postfach',
    verified: 'Deine E-Mail-Adresse ist bestätigt',
    signIn: 'Anmelden',
    accountTitle: 'Kontoeinstellungen',
    sessionsTitle: 'Wo du angemeldet bist',
    thisDevice: 'Dieses Gerät',
    confirmed: 'Bestätigt',
    signOut: 'Abmelden',
    skip: 'Jetzt überspringen',
  },
} as const;

for (const language of ['en', 'de'] as const) {
  const t = texts[language];

  test(`registers, confirms the address, signs in and out (${language})`, async ({ page, request }) => {
    const email = uniqueEmail(`journey-${language}`);
    const name = language === 'en' ? 'Amira Haddad' : 'Jonas Weber';

    await page.goto('/');
    if (language !== 'en') {
      await page.getByLabel('Language').selectOption(language);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
    }
    await expect(page.getByRole('heading', { level: 1, name: t.homeTitle })).toBeVisible();

    await page.getByRole('banner').getByRole('link', { name: t.createAccount }).click();
    await page.getByLabel(t.name).fill(name);
    await page.getByLabel(t.email).fill(email);
    await page.getByLabel(t.password, { exact: true }).fill(PASSWORD);
    await page.getByRole('main').getByRole('button', { name: t.createAccount }).click();
    await expect(page.getByRole('heading', { level: 1, name: t.checkInbox })).toBeVisible();
    await expect(page.getByRole('main')).toContainText(email);

    await page.goto(await linkFromMail(request, email, '/verify-email'));
    await expect(page.getByRole('heading', { name: t.verified })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', language);

    await page.getByRole('main').getByRole('link', { name: t.signIn }).click();
    await page.getByLabel(t.email).fill(email);
    await page.getByLabel(t.password, { exact: true }).fill(PASSWORD);
    await page.getByRole('main').getByRole('button', { name: t.signIn }).click();

    await skipOnboarding(page, t.skip);
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole('heading', { level: 1, name: t.accountTitle })).toBeVisible();
    await expect(page.getByRole('main')).toContainText(email);
    await expect(page.getByRole('main')).toContainText(t.confirmed);
    const sessions = page.getByRole('region', { name: t.sessionsTitle });
    await expect(sessions.getByRole('listitem')).toHaveCount(1);
    await expect(sessions.getByRole('listitem').first()).toContainText(t.thisDevice);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: t.accountTitle })).toBeVisible();

    await page
      .getByRole('banner')
      .getByRole('button', { name: new RegExp(name) })
      .click();
    await page.getByRole('button', { name: t.signOut }).click();
    await expect(page.getByRole('banner').getByRole('link', { name: t.signIn })).toBeVisible();

    await page.goto('/account');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount$/);
  });
}

test('signing up with a taken address looks like any sign-up, and the owner is told how to get back in', async ({
  page,
  request,
  baseURL,
}) => {
  const owner = await seedMember(request, baseURL, 'Leyla Demir');

  await page.goto('/register');
  await page.getByLabel('Your name').fill('Someone Else');
  await page.getByLabel('Email address').fill(owner.email);
  await page.getByLabel('Password', { exact: true }).fill('another long passphrase 7');
  await page.getByRole('main').getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your inbox' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(owner.email);
  await expect(page.getByRole('main').getByRole('link', { name: 'Continue to sign in' })).toBeVisible();

  await page.goto(await linkFromMail(request, owner.email, '/forgot-password'));
  await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
});
