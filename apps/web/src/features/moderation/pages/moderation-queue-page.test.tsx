import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/api-client';
import { json, member, mockApi, problem, renderWithApp } from '../../../test/render';
import { ModerationQueuePage } from './moderation-queue-page';

const moderator = { ...member, role: 'moderator' as const };

const item = {
  objectType: 'tool',
  objectId: '0b6f3c52-9a1e-4d59-8f1c-2a7e0c1b9d10',
  title: 'Shady Survey',
  path: '/tools/shady-survey',
  responsible: { id: '7d1c7a52-9a1e-4d59-8f1c-2a7e0c1b9d10', handle: 'petra', suspended: false },
  openReports: 2,
  reasons: [
    { reason: 'spam', count: 1 },
    { reason: 'illegal', count: 1 },
  ],
  notes: ['Collects addresses'],
  lastReportedAt: '2026-12-01T10:00:00.000Z',
};

describe('ModerationQueuePage', () => {
  it('lists reported objects and hides one with a reason', async () => {
    const user = userEvent.setup();
    startSession({ accessToken: 'token-1', expiresIn: 900, user: moderator });
    const calls = mockApi({
      'GET /api/moderation/queue': () => json(200, { items: [item], nextCursor: null }),
      'POST /api/moderation/hide': () => new Response(null, { status: 204 }),
    });
    renderWithApp(<ModerationQueuePage />, { user: moderator, path: '/moderation' });

    const card = await screen.findByRole('article');
    expect(card).toHaveTextContent('2 open reports');
    expect(card).toHaveTextContent('Spam or advertising (1), Illegal content (1)');
    expect(card).toHaveTextContent('Collects addresses');
    await user.click(within(card).getByRole('button', { name: 'Hide' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Hide “Shady Survey”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Hide' }));
    expect(within(dialog).getByText('Use at least 3 characters.')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Reason'), 'Advertising');
    await user.click(within(dialog).getByRole('button', { name: 'Hide' }));
    await screen.findByRole('article');
    const hide = calls.find((call) => call.key === 'POST /api/moderation/hide');
    expect(JSON.parse(String(hide?.init.body))).toEqual({
      objectType: 'tool',
      objectId: item.objectId,
      reason: 'Advertising',
    });
  });

  it('shows an empty queue', async () => {
    startSession({ accessToken: 'token-1', expiresIn: 900, user: moderator });
    mockApi({ 'GET /api/moderation/queue': () => json(200, { items: [], nextCursor: null }) });
    renderWithApp(<ModerationQueuePage />, { user: moderator, path: '/moderation' });
    expect(await screen.findByText('There are no open reports.')).toBeInTheDocument();
  });

  it('tells members they may not see the queue', async () => {
    startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
    mockApi({ 'GET /api/moderation/queue': () => problem(403, 'forbidden') });
    renderWithApp(<ModerationQueuePage />, { user: member, path: '/moderation' });
    expect(await screen.findByText('You do not have permission to do this.')).toBeInTheDocument();
  });
});
