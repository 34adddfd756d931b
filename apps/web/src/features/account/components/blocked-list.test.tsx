import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/api-client';
import { json, member, mockApi, problem, renderWithApp } from '../../../test/render';
import { BlockedList } from './blocked-list';

const blocked = (handle: string, displayName: string) => ({
  handle,
  displayName,
  blockedAt: '2026-03-01T10:00:00.000Z',
});

const afterOf = (url: string) => new URL(url, 'http://localhost').searchParams.get('after');

function renderList() {
  startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
  return renderWithApp(<BlockedList />, { user: member });
}

describe('BlockedList', () => {
  it('shows the first page of blocked people and loads the next one by its cursor', async () => {
    const user = userEvent.setup();
    const calls = mockApi({
      'GET /api/me/blocks': (url) =>
        afterOf(url) === 'blocks-2'
          ? json(200, { items: [blocked('troll-3', 'Third Account')], nextCursor: null })
          : json(200, {
              items: [blocked('troll-1', 'First Account'), blocked('troll-2', 'Second Account')],
              nextCursor: 'blocks-2',
            }),
    });
    renderList();

    expect(await screen.findByText('First Account')).toBeInTheDocument();
    expect(screen.getByText('Second Account')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load more blocked people' }));

    expect(await screen.findByText('Third Account')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Unblock / })).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Load more blocked people' })).not.toBeInTheDocument();
    expect(calls.map((call) => afterOf(call.url))).toEqual([null, 'blocks-2']);
  });

  it('reaches "Load more" with the keyboard and loads the next page with Enter', async () => {
    const user = userEvent.setup();
    mockApi({
      'GET /api/me/blocks': (url) =>
        afterOf(url)
          ? json(200, { items: [blocked('troll-2', 'Second Account')], nextCursor: null })
          : json(200, { items: [blocked('troll-1', 'First Account')], nextCursor: 'next' }),
    });
    renderList();
    const more = await screen.findByRole('button', { name: 'Load more blocked people' });

    await user.tab();
    expect(screen.getByRole('button', { name: 'Unblock First Account' })).toHaveFocus();
    await user.tab();
    expect(more).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(await screen.findByText('Second Account')).toBeInTheDocument();
    // The button is gone with the last page; focus goes on to the first person it added.
    expect(screen.getByRole('button', { name: 'Unblock Second Account' })).toHaveFocus();
  });

  it('says so when nobody is blocked, with nothing more to load', async () => {
    mockApi({ 'GET /api/me/blocks': () => json(200, { items: [], nextCursor: null }) });
    renderList();
    expect(await screen.findByText('You have not blocked anyone.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more blocked people' })).not.toBeInTheDocument();
  });

  it('keeps the loaded people and shows an error when the next page fails', async () => {
    const user = userEvent.setup();
    mockApi({
      'GET /api/me/blocks': (url) =>
        afterOf(url)
          ? problem(500, 'internal_error')
          : json(200, { items: [blocked('troll-1', 'First Account')], nextCursor: 'next' }),
    });
    renderList();
    await user.click(await screen.findByRole('button', { name: 'Load more blocked people' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.getByText('First Account')).toBeInTheDocument();
  });

  it('unblocks someone from a later page and shows the list without them', async () => {
    const user = userEvent.setup();
    let unblocked = false;
    const calls = mockApi({
      'GET /api/me/blocks': (url) => {
        if (afterOf(url))
          return json(200, {
            items: unblocked ? [] : [blocked('troll-2', 'Second Account')],
            nextCursor: null,
          });
        return json(200, { items: [blocked('troll-1', 'First Account')], nextCursor: 'next' });
      },
      'DELETE /api/blocks/troll-2': () => {
        unblocked = true;
        return new Response(null, { status: 204 });
      },
    });
    renderList();
    await user.click(await screen.findByRole('button', { name: 'Load more blocked people' }));
    await user.click(await screen.findByRole('button', { name: 'Unblock Second Account' }));

    await expect.poll(() => screen.queryByText('Second Account')).toBeNull();
    expect(screen.getByText('First Account')).toBeInTheDocument();
    expect(calls.map((call) => call.key)).toContain('DELETE /api/blocks/troll-2');
  });
});
