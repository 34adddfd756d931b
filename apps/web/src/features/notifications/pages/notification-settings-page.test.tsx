import { NotificationKind, type NotificationPreferences } from '@open-spaces/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/api-client';
import { json, member, mockApi, problem, renderWithApp } from '../../../test/render';
import { KIND_GROUPS } from '../components/notification-settings-form';
import { NotificationSettingsPage } from './notification-settings-page';

const saved: NotificationPreferences = {
  channels: {
    new_follower: 'digest',
    organisation_invitation: 'email',
    member_joined: 'digest',
    post_comment: 'email',
    comment_reply: 'email',
    event_changed: 'email',
    event_cancelled: 'email',
    waitlist_promoted: 'email',
    call_deadline: 'email',
    report_outcome: 'digest',
    moderation_action: 'email',
    contact_request: 'email',
    contact_request_accepted: 'email',
    message: 'email',
    partner_interest: 'email',
    partner_interest_answered: 'email',
    case_published: 'email',
    case_returned: 'email',
    petition_milestone: 'email',
    idea_answered: 'email',
    budget_results: 'digest',
  },
  digest: { frequency: 'weekly', hour: 8, timeZone: 'Europe/Brussels' },
};

function renderPage(routes: Parameters<typeof mockApi>[0]) {
  startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
  const calls = mockApi(routes);
  const view = renderWithApp(<NotificationSettingsPage />, { path: '/settings/notifications', user: member });
  return { ...view, calls, user: userEvent.setup() };
}

const group = (name: string) => screen.getByRole('group', { name });

describe('NotificationSettingsPage', () => {
  it('shows each kind’s saved channel, explained, and the digest as saved', async () => {
    renderPage({ 'GET /api/me/notification-preferences': () => json(200, saved) });
    const followers = await screen.findByRole('group', { name: 'New followers' });
    expect(followers).toHaveAccessibleDescription('Someone followed you.');
    expect(within(followers).getByRole('radio', { name: 'In the digest' })).toBeChecked();
    expect(
      within(group('Comments on your posts')).getByRole('radio', { name: 'By email at once' }),
    ).toBeChecked();
    expect(within(group('Send a digest')).getByRole('radio', { name: 'Weekly, on Mondays' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'At' })).toHaveValue('8');
    expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Europe/Brussels');
    expect(screen.getByRole('option', { name: 'America/New York' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See your notifications' })).toHaveAttribute(
      'href',
      '/notifications',
    );
  });

  it('saves the channels and the digest together and says so', async () => {
    const changed: NotificationPreferences = {
      channels: { ...saved.channels, new_follower: 'email' },
      digest: { frequency: 'daily', hour: 18, timeZone: 'Europe/Lisbon' },
    };
    const { calls, user } = renderPage({
      'GET /api/me/notification-preferences': () => json(200, saved),
      'PATCH /api/me/notification-preferences': () => json(200, changed),
    });
    await user.click(
      within(await screen.findByRole('group', { name: 'New followers' })).getByRole('radio', {
        name: 'By email at once',
      }),
    );
    await user.click(within(group('Send a digest')).getByRole('radio', { name: 'Daily' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'At' }), '18');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Time zone' }), 'Europe/Lisbon');
    expect(screen.getByText('You have unsaved changes.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Your notification settings are saved.')).toBeVisible();
    const patch = calls.find((call) => call.key === 'PATCH /api/me/notification-preferences');
    expect(JSON.parse(String(patch?.init.body))).toEqual(changed);
    expect(screen.queryByText('You have unsaved changes.')).not.toBeInTheDocument();
  });

  it('says that kinds set to the digest stay in the app while the digest is off', async () => {
    const { user } = renderPage({ 'GET /api/me/notification-preferences': () => json(200, saved) });
    await user.click(
      within(await screen.findByRole('group', { name: 'Send a digest' })).getByRole('radio', {
        name: 'Never',
      }),
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'You get no digest, so notifications set to “In the digest” are only listed on your notifications page.',
    );
  });

  it('shows the API’s field error at the time zone it concerns', async () => {
    const { user } = renderPage({
      'GET /api/me/notification-preferences': () => json(200, saved),
      'PATCH /api/me/notification-preferences': () =>
        problem(400, 'validation_failed', {
          errors: [{ field: 'digest.timeZone', code: 'invalid', message: 'Use an IANA time zone.' }],
        }),
    });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Time zone' }), 'Europe/Lisbon');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByRole('combobox', { name: 'Time zone' })).toHaveAccessibleDescription(
      expect.stringContaining('Use an IANA time zone.'),
    );
    expect(screen.queryByText('Your notification settings are saved.')).not.toBeInTheDocument();
  });

  it('says when saving fails', async () => {
    const { user } = renderPage({
      'GET /api/me/notification-preferences': () => json(200, saved),
      'PATCH /api/me/notification-preferences': () => problem(503, 'service_unavailable'),
    });
    await user.click(await screen.findByRole('button', { name: 'Save settings' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Open Spaces is briefly unavailable. Please try again in a moment.',
    );
  });

  it('asks before leaving unsaved changes', async () => {
    const { user } = renderPage({ 'GET /api/me/notification-preferences': () => json(200, saved) });
    await user.click(
      within(await screen.findByRole('group', { name: 'Cancelled events' })).getByRole('radio', {
        name: 'Off',
      }),
    );
    await user.click(screen.getByRole('link', { name: 'See your notifications' }));
    expect(screen.getByRole('alertdialog', { name: 'Leave without saving?' })).toBeInTheDocument();
  });

  it('says when the settings cannot be loaded', async () => {
    renderPage({ 'GET /api/me/notification-preferences': () => problem(503, 'service_unavailable') });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your notification settings could not be loaded.',
    );
  });

  it('offers every kind of notification once', () => {
    const listed = KIND_GROUPS.flatMap((kindGroup) => kindGroup.kinds);
    expect([...listed].sort()).toEqual([...NotificationKind.options].sort());
  });
});
