import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/api-client';
import { json, member, mockApi, problem, renderWithApp } from '../../../test/render';
import { CalendarFeedCard } from './calendar-feed-card';

const url = 'http://localhost:3000/api/calendar/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ.ics';

describe('CalendarFeedCard', () => {
  it('makes a subscription address and shows it once, then turns it off', async () => {
    startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
    const calls = mockApi({
      'GET /api/me/calendar-feed': () => json(200, { exists: false, url: null, createdAt: null }),
      'POST /api/me/calendar-feed': () =>
        json(201, { exists: true, url, createdAt: '2026-12-04T04:00:00.000Z' }),
      'DELETE /api/me/calendar-feed': () => json(200, { exists: false, url: null, createdAt: null }),
    });
    renderWithApp(<CalendarFeedCard />, { user: member });
    expect(await screen.findByText('You have no calendar subscription.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Create subscription address' }));
    expect(await screen.findByLabelText('Subscription address')).toHaveValue(url);
    await userEvent.click(screen.getByRole('button', { name: 'Turn off' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Turn off the calendar subscription?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Turn off' }));
    expect(await screen.findByText('You have no calendar subscription.')).toBeVisible();
    expect(calls.some((call) => call.key === 'DELETE /api/me/calendar-feed')).toBe(true);
  });

  it('says when the subscription cannot be loaded', async () => {
    startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
    mockApi({ 'GET /api/me/calendar-feed': () => problem(503, 'service_unavailable') });
    renderWithApp(<CalendarFeedCard />, { user: member });
    expect(await screen.findByText('We could not load your calendar subscription.')).toBeVisible();
  });
});
