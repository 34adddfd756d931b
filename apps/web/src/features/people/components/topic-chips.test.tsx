import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/api-client';
import { myProfile, taxonomy } from '../../../test/fixtures';
import { json, member, mockApi, renderWithApp } from '../../../test/render';
import { TopicChips } from './topic-chips';

describe('TopicChips', () => {
  it('shows plain chips to visitors, who cannot follow', async () => {
    mockApi({ 'GET /api/taxonomy': () => json(200, taxonomy) });
    renderWithApp(<TopicChips topics={['climate', 'human-rights']} label="Topics" />, { user: null });
    expect(await screen.findByText('Climate and environment')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('marks followed topics and follows or unfollows one with a press', async () => {
    const user = userEvent.setup();
    startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
    const calls = mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/me/profile': () => json(200, myProfile),
      'GET /api/profiles/ada/following/topics': () => json(200, { items: ['human-rights'] }),
      'POST /api/follows': () => json(200, { following: true, followerCount: 4 }),
      'DELETE /api/follows': () => json(200, { following: false, followerCount: 2 }),
    });
    renderWithApp(<TopicChips topics={['climate', 'human-rights']} label="Topics" />, { user: member });

    const climate = await screen.findByRole('button', { name: 'Climate and environment' });
    const rights = screen.getByRole('button', { name: 'Human rights' });
    expect(climate).toHaveAttribute('aria-pressed', 'false');
    expect(rights).toHaveAttribute('aria-pressed', 'true');

    await user.click(climate);
    await expect.poll(() => climate.getAttribute('aria-pressed')).toBe('true');
    await user.click(rights);
    await expect.poll(() => rights.getAttribute('aria-pressed')).toBe('false');

    const follows = calls.filter((call) => call.key.endsWith('/api/follows'));
    expect(follows.map((call) => [call.key, JSON.parse(String(call.init.body))])).toEqual([
      ['POST /api/follows', { type: 'topic', target: 'climate' }],
      ['DELETE /api/follows', { type: 'topic', target: 'human-rights' }],
    ]);
  });
});
