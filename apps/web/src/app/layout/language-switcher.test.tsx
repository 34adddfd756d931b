import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
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
});
