import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/api-client';
import { taxonomy } from '../../../test/fixtures';
import { json, member, mockApi, problem, renderWithApp } from '../../../test/render';
import { CallsForOrganisationPage } from './calls-for-organisation-page';

const call = (id: string, title: string) => ({
  id,
  title,
  summary: 'Grants for local climate action.',
  programme: null,
  currency: 'EUR',
  totalBudget: null,
  minGrant: 10_000,
  maxGrant: 80_000,
  coFundingRate: null,
  status: 'open',
  deadlineModel: 'single_stage',
  opening: null,
  nextDeadline: {
    local: '2099-03-01T00:00',
    timeZone: 'Europe/Brussels',
    at: '2099-02-28T23:00:00.000Z',
    label: 'Deadline',
  },
  eligibleCountries: ['EU27'],
  eligibleKinds: ['cso'],
  topics: ['climate'],
  funder: {
    person: null,
    organisation: { slug: 'open-future', name: 'Open Future Foundation', kind: 'foundation', logo: null },
  },
  saveCount: null,
  savedByMe: false,
  publishedAt: '2026-11-01T10:00:00.000Z',
  moderation: null,
});

const organisation = {
  slug: 'lisbon-climate',
  name: 'Lisbon Climate Action',
  kind: 'cso',
  country: 'PL',
  topics: ['climate'],
};
const path = '/funding/for/lisbon-climate';
const route = '/funding/for/:organisationSlug';

describe('CallsForOrganisationPage', () => {
  beforeEach(() => startSession({ accessToken: 'token-1', expiresIn: 900, user: member }));

  it('explains why a call fits and which rule a near miss fails', async () => {
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/funding-calls/for/lisbon-climate': () =>
        json(200, {
          organisation,
          items: [
            {
              call: call('00000000-0000-4000-8000-000000000001', 'Civic Climate Fund'),
              eligible: true,
              reasons: [
                { rule: 'country', country: 'PL', group: 'EU27' },
                { rule: 'kind', kind: 'cso' },
                { rule: 'topics', topics: ['climate'] },
              ],
              failures: [],
            },
            {
              call: call('00000000-0000-4000-8000-000000000002', 'Foundations Only Fund'),
              eligible: false,
              reasons: [{ rule: 'country', country: 'PL', group: 'EU27' }],
              failures: ['kind_not_eligible'],
            },
          ],
          nextCursor: null,
        }),
    });
    renderWithApp(<CallsForOrganisationPage />, { path, route, user: member });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Calls Lisbon Climate Action can apply for' }),
    ).toBeVisible();
    expect(screen.getByText('You can apply')).toBeVisible();
    expect(await screen.findAllByText('open to organisations in Poland (EU27)')).toHaveLength(2);
    expect(screen.getByText('open to CSOs')).toBeVisible();
    expect(screen.getByText('topics: Climate and environment')).toBeVisible();
    expect(screen.getByText('Not eligible')).toBeVisible();
    expect(screen.getByText('your kind of organisation is not eligible')).toBeVisible();
  });

  it('says when no call fits', async () => {
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/funding-calls/for/lisbon-climate': () =>
        json(200, { organisation, items: [], nextCursor: null }),
    });
    renderWithApp(<CallsForOrganisationPage />, { path, route, user: member });
    expect(await screen.findByText('No open call fits your organisation right now.')).toBeVisible();
  });

  it('tells someone who does not manage the organisation that the list is not for them', async () => {
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/funding-calls/for/lisbon-climate': () => problem(403, 'forbidden'),
    });
    renderWithApp(<CallsForOrganisationPage />, { path, route, user: member });
    expect(
      await screen.findByText(
        'Only owners, admins and editors of this organisation see the calls it can apply for.',
      ),
    ).toBeVisible();
  });
});
