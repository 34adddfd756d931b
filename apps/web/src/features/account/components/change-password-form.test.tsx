import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/api-client';
import { member, mockApi, problem, renderWithApp } from '../../../test/render';
import { ChangePasswordForm } from './change-password-form';

async function change(current: string, next: string) {
  const user = userEvent.setup();
  if (current) await user.type(screen.getByLabelText('Current password'), current);
  if (next) await user.type(screen.getByLabelText('New password'), next);
  await user.click(screen.getByRole('button', { name: 'Change password' }));
}

describe('ChangePasswordForm', () => {
  it('validates both fields with the contract', async () => {
    const calls = mockApi({});
    renderWithApp(<ChangePasswordForm />, { user: member });
    await change('', 'short');
    expect(screen.getByRole('link', { name: 'Enter your current password.' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Use at least 12 characters.' })).toBeInTheDocument();
    expect(calls).toEqual([]);
  });

  it('shows a wrong current password at that field', async () => {
    startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
    mockApi({ 'POST /api/me/password': () => problem(400, 'wrong_password') });
    renderWithApp(<ChangePasswordForm />, { user: member });
    await change('not my password', 'a brand new passphrase');
    expect(await screen.findByLabelText('Current password')).toHaveAccessibleDescription(
      expect.stringContaining('Your current password is not right.'),
    );
  });

  it('says that the other sessions were signed out', async () => {
    startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
    const calls = mockApi({ 'POST /api/me/password': () => new Response(null, { status: 204 }) });
    renderWithApp(<ChangePasswordForm />, { user: member });
    await change('my old passphrase', 'a brand new passphrase');
    expect(await screen.findByText(/All your other sessions have been signed out/)).toBeInTheDocument();
    expect(calls[0]?.init.headers).toMatchObject({ Authorization: 'Bearer token-1' });
    expect(screen.getByLabelText('Current password')).toHaveValue('');
  });
});
