import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { json, mockApi, problem, renderWithApp } from '../../../test/render';
import { RegisterPage } from './register-page';

async function fillIn(user: ReturnType<typeof userEvent.setup>, values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) {
    if (value) await user.type(screen.getByLabelText(label), value);
  }
}

describe('RegisterPage', () => {
  it('validates with the contract before sending anything, and focuses the summary', async () => {
    const user = userEvent.setup();
    const calls = mockApi({});
    renderWithApp(<RegisterPage />, { path: '/register', user: null });
    await fillIn(user, { 'Your name': '', 'Email address': 'not-an-email', Password: 'short' });
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(summary).toHaveFocus();
    expect(screen.getByLabelText('Your name')).toHaveAccessibleDescription(
      expect.stringContaining('Enter your name.'),
    );
    expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription(
      expect.stringContaining('Enter a valid email address'),
    );
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(
      expect.stringContaining('Use at least 12 characters.'),
    );
    expect(screen.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true');
    expect(calls).toEqual([]);
  });

  it('shows the field errors the API returns', async () => {
    const user = userEvent.setup();
    mockApi({
      'POST /api/auth/register': () =>
        problem(400, 'password_too_common', {
          errors: [
            { field: 'password', message: 'This password is too common.', code: 'password_too_common' },
          ],
        }),
    });
    renderWithApp(<RegisterPage />, { path: '/register', user: null });
    await fillIn(user, {
      'Your name': 'Ada',
      'Email address': 'ada@example.org',
      Password: 'correct horse battery',
    });
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('link', { name: /too common/ })).toHaveAttribute(
      'href',
      '#register-password',
    );
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(
      expect.stringContaining('This password is too common or easy to guess'),
    );
  });

  it('shows an API field error it has no translation for in the API’s words', async () => {
    const user = userEvent.setup();
    mockApi({
      'POST /api/auth/register': () =>
        problem(400, 'validation_failed', {
          errors: [{ field: 'displayName', message: 'Names cannot contain links.', code: 'custom' }],
        }),
    });
    renderWithApp(<RegisterPage />, { path: '/register', user: null });
    await fillIn(user, {
      'Your name': 'www.example.org',
      'Email address': 'ada@example.org',
      Password: 'correct horse battery',
    });
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByLabelText('Your name')).toHaveAccessibleDescription(
      expect.stringContaining('Names cannot contain links.'),
    );
  });

  it('sends the normalised request and then asks the person to check their inbox', async () => {
    const user = userEvent.setup();
    const calls = mockApi({
      'POST /api/auth/register': () => json(202, { status: 'accepted' }),
    });
    renderWithApp(<RegisterPage />, { path: '/register', user: null });
    await fillIn(user, {
      'Your name': '  Ada Lovelace ',
      'Email address': 'Ada@Example.org',
      Password: 'correct horse battery',
    });
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Check your inbox' })).toBeInTheDocument();
    expect(screen.getByText(/We sent a link to ada@example.org/)).toBeInTheDocument();
    expect(screen.getByText(/Already have an account with this address\?/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Continue to sign in' })).toHaveAttribute('href', '/sign-in');
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({
      email: 'ada@example.org',
      password: 'correct horse battery',
      displayName: 'Ada Lovelace',
      locale: 'en',
    });
  });

  it('names the address it was given, since the answer carries no account', async () => {
    const user = userEvent.setup();
    mockApi({ 'POST /api/auth/register': () => json(202, { status: 'accepted' }) });
    renderWithApp(<RegisterPage />, { path: '/register', user: null });
    await fillIn(user, {
      'Your name': 'Grace Hopper',
      'Email address': '  grace@example.org ',
      Password: 'correct horse battery',
    });
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByText(/We sent a link to grace@example.org\./)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create account' })).not.toBeInTheDocument();
  });

  it('registers in the language the page is read in, so the confirmation mail is written in it', async () => {
    const user = userEvent.setup();
    await i18n.changeLanguage('de');
    const calls = mockApi({
      'POST /api/auth/register': () => json(202, { status: 'accepted' }),
    });
    renderWithApp(<RegisterPage />, { path: '/register', user: null });
    await fillIn(user, {
      'Dein Name': 'Ada Lovelace',
      'E-Mail-Adresse': 'ada@example.org',
      Passwort: 'correct horse battery',
    });
    await user.click(screen.getByRole('button', { name: 'Konto erstellen' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Schau in dein Postfach' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Wir haben einen Link an ada@example.org geschickt/)).toBeInTheDocument();
    expect(calls.map((call) => call.key)).toEqual(['POST /api/auth/register']);
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual(expect.objectContaining({ locale: 'de' }));
  });

  it('translates validation messages when the language changes', async () => {
    const user = userEvent.setup();
    mockApi({});
    renderWithApp(<RegisterPage />, { path: '/register', user: null });
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription(
      expect.stringContaining('Enter your email address.'),
    );
    await i18n.changeLanguage('de');
    expect(await screen.findByLabelText('E-Mail-Adresse')).toHaveAccessibleDescription(
      expect.stringContaining('Gib deine E-Mail-Adresse ein.'),
    );
  });
});
