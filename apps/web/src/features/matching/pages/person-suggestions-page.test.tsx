import type { PersonSuggestion } from '@open-spaces/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/api-client';
import { taxonomy } from '../../../test/fixtures';
import { json, member, mockApi, problem, renderWithApp } from '../../../test/render';
import { PersonSuggestionsPage } from './person-suggestions-page';

const marta: PersonSuggestion = {
  person: {
    handle: 'marta',
    displayName: 'Marta Nowak',
    headline: 'Lawyer for asylum seekers',
    country: 'PL',
    city: null,
    avatar: null,
    topics: ['human-rights'],
    offers: ['legal-advice'],
    needs: ['fundraising'],
    openToPress: false,
  },
  score: 48,
  reasons: [
    { kind: 'they_offer_what_you_need', support: ['legal-advice'] },
    { kind: 'you_offer_what_they_need', support: ['fundraising'] },
    { kind: 'shared_topics', topics: ['human-rights', 'climate'] },
    { kind: 'shared_languages', languages: ['en', 'pl'] },
    { kind: 'place', scope: 'neighbour', yours: 'DE', theirs: 'PL', city: null },
    {
      kind: 'followed_by_people_you_follow',
      people: [{ handle: 'ola', label: 'Ola' }],
      count: 4,
    },
  ],
};

const render = () => renderWithApp(<PersonSuggestionsPage />, { path: '/people/suggestions', user: member });

describe('PersonSuggestionsPage', () => {
  beforeEach(() => {
    startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
  });

  it('says every reason in words, two-sided where it matters', async () => {
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/people/suggestions': () => json(200, { items: [marta] }),
    });
    render();
    expect(await screen.findByRole('heading', { level: 1, name: 'People to work with' })).toBeInTheDocument();
    const reasons = await screen.findByRole('list', { name: 'Why Marta Nowak is suggested' });
    expect(
      await within(reasons).findByText('You need Legal advice, which Marta Nowak offers.'),
    ).toBeInTheDocument();
    expect(
      within(reasons)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'You need Legal advice, which Marta Nowak offers.',
      'Marta Nowak needs Fundraising, which you offer.',
      'Both work on Human rights and Climate and environment.',
      'Both speak English and Polish.',
      'Marta Nowak is in Poland, next to Germany.',
      '4 people you follow follow Marta Nowak, among them Ola.',
    ]);
  });

  it('dismisses a suggestion and says it will not come back', async () => {
    const user = userEvent.setup();
    let dismissed = false;
    const calls = mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/people/suggestions': () => json(200, { items: dismissed ? [] : [marta] }),
      'POST /api/people/suggestions/dismissals': () => {
        dismissed = true;
        return new Response(null, { status: 204 });
      },
    });
    render();
    await user.click(
      await screen.findByRole('button', { name: 'Not relevant: stop suggesting Marta Nowak' }),
    );
    expect(await screen.findByRole('status')).toHaveTextContent('Marta Nowak will not be suggested again.');
    const dismissal = calls.find((call) => call.key === 'POST /api/people/suggestions/dismissals');
    expect(JSON.parse(String(dismissal?.init.body))).toEqual({ handle: 'marta' });
    expect(await screen.findByText(/No suggestions yet/)).toBeInTheDocument();
  });

  it('follows from the card through the follow route', async () => {
    const user = userEvent.setup();
    const calls = mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/people/suggestions': () => json(200, { items: [marta] }),
      'POST /api/follows': () => json(200, { following: true, followerCount: 1 }),
    });
    render();
    await user.click(await screen.findByRole('button', { name: 'Follow Marta Nowak' }));
    expect(await screen.findByRole('status')).toHaveTextContent('You now follow Marta Nowak.');
    const follow = calls.find((call) => call.key === 'POST /api/follows');
    expect(JSON.parse(String(follow?.init.body))).toEqual({ type: 'profile', target: 'marta' });
  });

  it('offers to complete the profile when there is nothing to suggest', async () => {
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/people/suggestions': () => json(200, { items: [] }),
    });
    render();
    expect(await screen.findByRole('link', { name: 'Edit your profile' })).toHaveAttribute(
      'href',
      '/settings/profile',
    );
  });

  it('shows an error with a retry when the suggestions cannot be loaded', async () => {
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/people/suggestions': () => problem(500, 'internal'),
    });
    render();
    expect(await screen.findByRole('alert')).toHaveTextContent('The suggestions could not be loaded.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
