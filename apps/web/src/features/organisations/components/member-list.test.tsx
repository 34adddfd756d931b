import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem, renderWithApp } from '../../../test/render';
import { MemberList } from './member-list';

const person = (handle: string, displayName: string) => ({
  handle,
  displayName,
  headline: '',
  avatar: null,
  role: 'member',
  joinedAt: '2026-03-01T10:00:00.000Z',
});

const afterOf = (url: string) => new URL(url, 'http://localhost').searchParams.get('after');

describe('MemberList', () => {
  it('loads the next page of members and moves focus to the first one it added', async () => {
    const user = userEvent.setup();
    mockApi({
      'GET /api/organisations/open-lab/members': (url) =>
        afterOf(url)
          ? json(200, { items: [person('bo', 'Bo Berg')], nextCursor: null })
          : json(200, { items: [person('al', 'Al Ames')], nextCursor: 'next' }),
    });
    renderWithApp(<MemberList slug="open-lab" signedIn={false} manageAs={null} />, { user: null });

    const more = await screen.findByRole('button', { name: 'Load more' });
    more.focus();
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('link', { name: 'Bo Berg' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('keeps the members already shown when the next page fails, and says so', async () => {
    const user = userEvent.setup();
    mockApi({
      'GET /api/organisations/open-lab/members': (url) =>
        afterOf(url)
          ? problem(503, 'service_unavailable')
          : json(200, { items: [person('al', 'Al Ames')], nextCursor: 'next' }),
    });
    renderWithApp(<MemberList slug="open-lab" signedIn={false} manageAs={null} />, { user: null });

    await user.click(await screen.findByRole('button', { name: 'Load more' }));

    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Al Ames' })).toBeInTheDocument();
  });
});
