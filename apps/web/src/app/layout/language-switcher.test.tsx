import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { startSession } from '../../lib/api-client';
import { sessionQueryKey } from '../../lib/session';
import { json, member, mockApi, renderWithApp } from '../../test/render';
import { AppProviders } from '../providers';
import { LanguageSwitcher } from './language-switcher';

function Greeting() {
  const { t } = useTranslation();
  return <p>{t('signIn.title')}</p>;
}

function renderSwitcher() {
  return render(
    <AppProviders>
      <LanguageSwitcher />
      <Greeting />
    </AppProviders>,
  );
}

describe('LanguageSwitcher', () => {
  it('offers each language named in itself', () => {
    renderSwitcher();
    const select = screen.getByRole('combobox', { name: 'Language' });
    expect(select).toHaveValue('en');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'English',
      'Deutsch',
      'Français',
    ]);
  });

  it('switches the page to German, sets <html lang> and remembers the choice', async () => {
    const user = userEvent.setup();
    renderSwitcher();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'de');
    expect(screen.getByText('Anmelden')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de');
    expect(document.documentElement.lang).toBe('de');
    expect(localStorage.getItem('open-spaces.language')).toBe('de');
  });

  it('switches to French', async () => {
    const user = userEvent.setup();
    renderSwitcher();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'fr');
    expect(screen.getByText('Se connecter')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr');
  });

  it('stores a signed-in person’s new language on their account, so later mails follow it', async () => {
    const user = userEvent.setup();
    startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
    const calls = mockApi({
      'PATCH /api/me': (_url, init) => json(200, { ...member, ...JSON.parse(String(init.body)) }),
    });
    const { queryClient } = renderWithApp(<LanguageSwitcher />, { user: member });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'fr');

    await waitFor(() => expect(calls.map((call) => call.key)).toEqual(['PATCH /api/me']));
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ locale: 'fr' });
    expect(new Headers(calls[0]?.init.headers).get('Authorization')).toBe('Bearer token-1');
    await waitFor(() =>
      expect(queryClient.getQueryData(sessionQueryKey)).toEqual({ ...member, locale: 'fr' }),
    );
    expect(screen.getByRole('combobox', { name: 'Langue' })).toHaveValue('fr');
  });

  it('changes only the page for a visitor who is not signed in', async () => {
    const user = userEvent.setup();
    const calls = mockApi({});
    renderWithApp(<LanguageSwitcher />, { user: null });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'de');
    expect(screen.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de');
    expect(calls).toEqual([]);
  });

  it('sends nothing when the choice is the account’s language already', async () => {
    const user = userEvent.setup();
    startSession({ accessToken: 'token-1', expiresIn: 900, user: { ...member, locale: 'de' } });
    const calls = mockApi({});
    renderWithApp(<LanguageSwitcher />, { user: { ...member, locale: 'de' } });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'de');
    expect(screen.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de');
    expect(calls).toEqual([]);
  });
});
