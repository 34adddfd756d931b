import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem, renderWithApp } from '../../../test/render';
import { ConfirmSignaturePage } from './confirm-signature-page';

const token = 'a-mailed-token-of-enough-length';
const petitionId = '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';

const open = (answer: () => Response, path = `/petitions/confirm?token=${token}`) => {
  const calls = mockApi({ 'POST /api/petitions/signatures/confirm': answer });
  renderWithApp(<ConfirmSignaturePage />, { path, route: '/petitions/confirm', user: null });
  return calls;
};

describe('ConfirmSignaturePage', () => {
  it('confirms the signature from the link and leads to the petition', async () => {
    const calls = open(() =>
      json(200, { status: 'confirmed', petitionId, title: 'Keep the libraries open' }),
    );
    expect(await screen.findByText('Thank you: your signature counts')).toBeVisible();
    expect(screen.getByText('Your signature on “Keep the libraries open” is confirmed.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to the petition' })).toHaveAttribute(
      'href',
      `/petitions/${petitionId}`,
    );
    expect(calls.filter((call) => call.key === 'POST /api/petitions/signatures/confirm')).toHaveLength(1);
  });

  it('says a signature confirmed before counts once', async () => {
    open(() => json(200, { status: 'already_confirmed', petitionId, title: 'Keep the libraries open' }));
    expect(await screen.findByText('Your signature already counts')).toBeVisible();
  });

  it('says an expired link has expired and how to get a new one', async () => {
    open(() => problem(410, 'token_expired'));
    expect(await screen.findByText('This link has expired')).toBeVisible();
    expect(screen.getByText(/Sign the petition again to get a new one/)).toBeVisible();
  });

  it('says a link without its token is not valid, without asking the API', async () => {
    const calls = open(() => json(200, {}), '/petitions/confirm');
    expect(await screen.findByText('This link is not valid')).toBeVisible();
    expect(calls).toHaveLength(0);
  });
});
