import type { OrganisationSuggestionLists } from '@open-spaces/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/api-client';
import { taxonomy } from '../../../test/fixtures';
import { json, member, mockApi, problem, renderWithApp } from '../../../test/render';
import { OrganisationSuggestionsPage } from './organisation-suggestions-page';

const lists: OrganisationSuggestionLists = {
  organisation: { slug: 'green-lab', name: 'Green Lab' },
  organisations: [
    {
      organisation: {
        slug: 'data-institute',
        name: 'Data Institute',
        kind: 'research',
        country: 'PL',
        topics: ['climate'],
        offers: ['legal-advice'],
        needs: [],
        logo: null,
      },
      score: 30,
      reasons: [
        { kind: 'they_offer_what_you_need', support: ['legal-advice'] },
        { kind: 'shared_countries', countries: ['DE', 'PL'] },
        { kind: 'complementary_kinds', yours: 'cso', theirs: 'research' },
      ],
    },
  ],
  people: [],
};

const render = () =>
  renderWithApp(<OrganisationSuggestionsPage />, {
    path: '/organisations/green-lab/suggestions',
    route: '/organisations/:slug/suggestions',
    user: member,
  });

describe('OrganisationSuggestionsPage', () => {
  beforeEach(() => {
    startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
  });

  it('names the organisation in its reasons and says when no person fits', async () => {
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/organisations/green-lab/suggestions': () => json(200, lists),
    });
    render();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Suggestions for Green Lab' }),
    ).toBeInTheDocument();
    const reasons = screen.getByRole('list', { name: 'Why Data Institute is suggested' });
    expect(
      await within(reasons).findByText('Green Lab needs Legal advice, which Data Institute offers.'),
    ).toBeInTheDocument();
    expect(
      within(reasons)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Green Lab needs Legal advice, which Data Institute offers.',
      'Both are active in Germany and Poland.',
      'Green Lab (CSO / NGO) and Data Institute (Research) complement each other.',
    ]);
    expect(screen.getByText('No one offers what this organisation needs yet.')).toBeInTheDocument();
  });

  it('remembers "not relevant" for the organisation', async () => {
    const user = userEvent.setup();
    const calls = mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/organisations/green-lab/suggestions': () => json(200, lists),
      'POST /api/organisations/green-lab/suggestions/dismissals': () => new Response(null, { status: 204 }),
    });
    render();
    await user.click(
      await screen.findByRole('button', { name: 'Not relevant: stop suggesting Data Institute' }),
    );
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Data Institute will not be suggested again.',
    );
    const dismissal = calls.find(
      (call) => call.key === 'POST /api/organisations/green-lab/suggestions/dismissals',
    );
    expect(JSON.parse(String(dismissal?.init.body))).toEqual({
      type: 'organisation',
      target: 'data-institute',
    });
  });

  it('explains a refusal to someone who does not edit the organisation', async () => {
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/organisations/green-lab/suggestions': () => problem(403, 'forbidden'),
    });
    render();
    expect(await screen.findByRole('alert')).toHaveTextContent('The suggestions could not be loaded.');
  });
});
