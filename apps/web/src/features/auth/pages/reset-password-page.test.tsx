import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, problem, renderWithApp } from '../../../test/render';
import { ResetPasswordPage } from './reset-password-page';

const token = 'b'.repeat(43);

async function choosePassword(password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('New password'), password);
  await user.click(screen.getByRole('button', { name: 'Save new password' }));
}

describe('ResetPasswordPage', () => {
  it('sets the new password with the token from the link', async () => {
    const calls = mockApi({ 'POST /api/auth/password/reset': () => new Response(null, { status: 204 }) });
    renderWithApp(<ResetPasswordPage />, { path: `/reset-password?token=${token}`, user: null });
    await choosePassword('a brand new passphrase');
    expect(
      await screen.findByRole('heading', { name: 'Your password has been changed' }),
    ).toBeInTheDocument();
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ token, password: 'a brand new passphrase' });
  });

  it('shows a too-common password at the field', async () => {
    mockApi({ 'POST /api/auth/password/reset': () => problem(400, 'password_too_common') });
    renderWithApp(<ResetPasswordPage />, { path: `/reset-password?token=${token}`, user: null });
    await choosePassword('password1234');
    expect(await screen.findByLabelText('New password')).toHaveAccessibleDescription(
      expect.stringContaining('too common'),
    );
  });

  it('offers a new link when this one has expired', async () => {
    mockApi({ 'POST /api/auth/password/reset': () => problem(410, 'token_expired') });
    renderWithApp(<ResetPasswordPage />, { path: `/reset-password?token=${token}`, user: null });
    await choosePassword('a brand new passphrase');
    expect(await screen.findByRole('heading', { name: 'This link has expired.' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
  });

  it('needs a token', () => {
    renderWithApp(<ResetPasswordPage />, { path: '/reset-password', user: null });
    expect(screen.getByRole('heading', { name: /needs the link/ })).toBeInTheDocument();
  });
});
