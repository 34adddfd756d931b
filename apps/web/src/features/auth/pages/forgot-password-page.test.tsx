import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithApp } from '../../../test/render';
import { ForgotPasswordPage } from './forgot-password-page';

describe('ForgotPasswordPage', () => {
  it('shows the same neutral message whether or not an account exists', async () => {
    const user = userEvent.setup();
    mockApi({ 'POST /api/auth/password/forgot': () => new Response(null, { status: 202 }) });
    renderWithApp(<ForgotPasswordPage />, { path: '/forgot-password', user: null });
    await user.type(screen.getByLabelText('Email address'), 'nobody@example.org');
    await user.click(screen.getByRole('button', { name: 'Send reset link' }));
    expect(await screen.findByText(/If an account exists for nobody@example.org/)).toBeInTheDocument();
  });

  it('asks for an address before sending', async () => {
    const user = userEvent.setup();
    const calls = mockApi({});
    renderWithApp(<ForgotPasswordPage />, { path: '/forgot-password', user: null });
    await user.click(screen.getByRole('button', { name: 'Send reset link' }));
    expect(screen.getByRole('link', { name: 'Enter your email address.' })).toBeInTheDocument();
    expect(calls).toEqual([]);
  });
});
