import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem, renderWithApp } from '../../../test/render';
import { UnsubscribePage } from './unsubscribe-page';

const token = 'v1.signed-token-for-one-person-and-one-scope';
const path = `/unsubscribe?token=${token}`;
const api = `/api/notifications/unsubscribe?token=${token}`;

function renderPage(routes: Parameters<typeof mockApi>[0], at = path) {
  const calls = mockApi(routes);
  renderWithApp(<UnsubscribePage />, { path: at, route: '/unsubscribe', user: null });
  return { calls, user: userEvent.setup() };
}

describe('UnsubscribePage', () => {
  it('says what the link would stop and stops nothing on opening', async () => {
    const { calls } = renderPage({
      'GET /api/notifications/unsubscribe': () => json(200, { scope: 'new_follower', unsubscribed: false }),
    });
    expect(await screen.findByText('This stops the mails about new followers.')).toBeVisible();
    expect(
      screen.getByText('The notifications themselves stay listed on your notifications page.'),
    ).toBeVisible();
    expect(calls.map((call) => `${call.key} ${call.url}`)).toEqual([
      `GET /api/notifications/unsubscribe ${api}`,
    ]);
  });

  it('stops the mails when asked, and says so', async () => {
    const { calls, user } = renderPage({
      'GET /api/notifications/unsubscribe': () => json(200, { scope: 'digest', unsubscribed: false }),
      'POST /api/notifications/unsubscribe': () => json(200, { scope: 'digest', unsubscribed: true }),
    });
    expect(
      await screen.findByText(
        'This stops your digest, the daily or weekly mail that lists your unread notifications.',
      ),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Stop these mails' }));
    const heading = await screen.findByRole('heading', { name: 'You are unsubscribed' });
    expect(heading.parentElement).toHaveFocus();
    expect(
      screen.getByText(
        'We will no longer send you your digest, the daily or weekly mail that lists your unread notifications.',
      ),
    ).toBeVisible();
    const post = calls.find((call) => call.key === 'POST /api/notifications/unsubscribe');
    expect(post?.url).toBe(api);
    expect(JSON.parse(String(post?.init.body))).toEqual({});
    expect(screen.getByRole('link', { name: 'Open your notification settings' })).toHaveAttribute(
      'href',
      '/settings/notifications',
    );
  });

  it('says when the mails are already stopped', async () => {
    renderPage({
      'GET /api/notifications/unsubscribe': () => json(200, { scope: 'post_comment', unsubscribed: true }),
    });
    expect(await screen.findByRole('heading', { name: 'You are already unsubscribed' })).toBeVisible();
    expect(screen.getByText('We no longer send you the mails about comments on your posts.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Stop these mails' })).not.toBeInTheDocument();
  });

  it('explains a link the server does not accept', async () => {
    renderPage({
      'GET /api/notifications/unsubscribe': () => problem(400, 'unsubscribe_token_invalid'),
    });
    expect(await screen.findByRole('heading', { name: 'This unsubscribe link is not valid' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Open your notification settings' })).toBeVisible();
  });

  it('explains a cut-off link without asking the server', () => {
    const { calls } = renderPage({}, '/unsubscribe?token=v1.cut');
    expect(screen.getByRole('heading', { name: 'This unsubscribe link is not valid' })).toBeVisible();
    expect(calls).toEqual([]);
  });

  it('says when stopping fails, and keeps the button to try again', async () => {
    const { user } = renderPage({
      'GET /api/notifications/unsubscribe': () => json(200, { scope: 'new_follower', unsubscribed: false }),
      'POST /api/notifications/unsubscribe': () => problem(503, 'service_unavailable'),
    });
    await user.click(await screen.findByRole('button', { name: 'Stop these mails' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not stop these mails.');
    expect(screen.getByRole('button', { name: 'Stop these mails' })).toBeEnabled();
  });

  it('says when the link cannot be checked', async () => {
    renderPage({ 'GET /api/notifications/unsubscribe': () => problem(503, 'service_unavailable') });
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not check this link.');
  });
});
