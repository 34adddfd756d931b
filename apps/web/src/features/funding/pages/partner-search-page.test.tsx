import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/api-client';
import { taxonomy } from '../../../test/fixtures';
import { json, member, mockApi, problem, renderWithApp } from '../../../test/render';
import { PartnerSearchPage } from './partner-search-page';

const id = '00000000-0000-4000-8000-0000000000a1';
const interestId = '00000000-0000-4000-8000-0000000000b1';
const path = `/funding/partner-searches/${id}`;
const route = '/funding/partner-searches/:id';
const lead = { slug: 'warsaw-lab', name: 'Warsaw Lab', kind: 'cso', country: 'PL' };
const berlin = { slug: 'berlin-civic', name: 'Berlin Civic', kind: 'cso', country: 'DE' };

const member_ = (organisation: typeof lead, role: string, country: string) => ({
  organisation,
  role,
  counts: true,
  eligible: true,
  reasons: [
    { rule: 'country', country, group: 'EU27' },
    { rule: 'kind', kind: 'cso' },
  ],
  failures: [],
});

const search = (overrides: Record<string, unknown> = {}) => ({
  id,
  call: { id: '00000000-0000-4000-8000-0000000000c1', title: 'Civic Climate Fund', topics: [] },
  lead,
  roles: [{ role: 'partner', competences: ['legal-advice'] }],
  countriesWanted: ['DE'],
  note: 'We need a legal partner.',
  status: 'open',
  partnerCount: 0,
  createdAt: '2026-11-01T10:00:00.000Z',
  interests: [
    {
      id: interestId,
      organisation: berlin,
      role: 'partner',
      note: 'Count us in.',
      status: 'pending',
      createdAt: '2026-11-02T10:00:00.000Z',
      canWithdraw: false,
    },
  ],
  coverage: {
    minPartners: 3,
    minCountries: 2,
    members: [member_(lead, 'lead', 'PL')],
    eligiblePartners: 1,
    countriesCovered: ['PL'],
    gaps: [
      { type: 'partners', missing: 2 },
      { type: 'countries', missing: 1 },
      { type: 'role', role: 'partner', competences: ['legal-advice'] },
    ],
    complete: false,
  },
  suggestions: [
    {
      organisation: berlin,
      reasons: [
        { type: 'new_country', country: 'DE' },
        { type: 'competences', competences: ['legal-advice'] },
        { type: 'eligible', country: 'DE', kind: 'cso' },
      ],
    },
  ],
  canManage: true,
  ...overrides,
});

const myOrganisations = { items: [{ ...lead }], nextCursor: null };

describe('PartnerSearchPage', () => {
  beforeEach(() => startSession({ accessToken: 'token-1', expiresIn: 900, user: member }));

  it('puts what the consortium still lacks and why an organisation is suggested into words', async () => {
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      [`GET /api/partner-searches/${id}`]: () => json(200, search()),
      'GET /api/me/funding-organisations': () => json(200, myOrganisations),
    });
    renderWithApp(<PartnerSearchPage />, { path, route, user: member });

    expect(await screen.findByRole('heading', { level: 1, name: 'Led by Warsaw Lab' })).toBeVisible();
    const gaps = within(screen.getByTestId('coverage-gaps'));
    expect(gaps.getByText('Needs 2 more eligible partners.')).toBeVisible();
    expect(gaps.getByText('Needs one more partner from another eligible country.')).toBeVisible();
    expect(await gaps.findByText('Needs a Partner with Legal advice.')).toBeVisible();
    expect(screen.getByText('Eligible partners: 1 of at least 3')).toBeVisible();
    expect(
      screen.getByText(/adds a new country: Germany; offers Legal advice; eligible: CSO \/ NGO in Germany/),
    ).toBeVisible();
    expect(screen.getByText('Only editors of another organisation can express interest.')).toBeVisible();
  });

  it('lets the lead accept an interest and shows the coverage that comes back', async () => {
    const calls = mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      [`GET /api/partner-searches/${id}`]: () => json(200, search()),
      'GET /api/me/funding-organisations': () => json(200, myOrganisations),
      [`POST /api/partner-searches/${id}/interests/${interestId}/accept`]: () =>
        json(
          200,
          search({
            partnerCount: 1,
            interests: [{ ...search().interests[0], status: 'accepted' }],
            coverage: {
              ...search().coverage,
              members: [member_(lead, 'lead', 'PL'), member_(berlin, 'partner', 'DE')],
              eligiblePartners: 2,
              countriesCovered: ['DE', 'PL'],
              gaps: [{ type: 'partners', missing: 1 }],
            },
          }),
        ),
    });
    renderWithApp(<PartnerSearchPage />, { path, route, user: member });

    await userEvent.click(await screen.findByRole('button', { name: 'Accept Berlin Civic' }));
    expect(await screen.findByText('Needs one more eligible partner.')).toBeVisible();
    expect(screen.getByText('Eligible partners: 2 of at least 3')).toBeVisible();
    expect(calls.some((call) => call.key.endsWith('/accept'))).toBe(true);
  });

  it('says when the search is not there or not for the viewer', async () => {
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      [`GET /api/partner-searches/${id}`]: () => problem(404, 'not_found'),
      'GET /api/me/funding-organisations': () => json(200, myOrganisations),
    });
    renderWithApp(<PartnerSearchPage />, { path, route, user: member });
    expect(await screen.findByRole('heading', { level: 1, name: 'Partner search not found' })).toBeVisible();
  });
});
