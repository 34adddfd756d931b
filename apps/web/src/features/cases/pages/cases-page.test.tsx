import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { taxonomy } from '../../../test/fixtures';
import { json, mockApi, renderWithApp } from '../../../test/render';
import { CasesPage } from './cases-page';

const assembly = {
  id: '4c1f2a7e-0b6d-4e8a-9f3c-1d2e3f4a5b6c',
  title: 'Kelsbach climate assembly',
  summary: 'Forty residents drawn by lot drafted a climate plan.',
  country: 'DE',
  place: 'Kelsbach',
  scope: 'local',
  methods: ['citizens_assembly'],
  iap2Level: 'collaborate',
  format: 'in_person',
  startDate: '2023-02-04',
  endDate: '2023-06-17',
  ongoing: false,
  participantCount: 40,
  topics: [],
  language: 'en',
  status: 'published',
  publishedAt: '2023-07-01T10:00:00.000Z',
};

const facets = {
  total: 1,
  capped: false,
  methods: [{ value: 'citizens_assembly', count: 1 }],
  scopes: [{ value: 'local', count: 1 }],
  countries: [{ value: 'DE', count: 1 }],
  iap2Levels: [{ value: 'collaborate', count: 1 }],
  topics: [],
  languages: [{ value: 'en', count: 1 }],
};

describe('CasesPage', () => {
  it('lists cases with their method and IAP2 badges, counts each filter value, and filters through the address', async () => {
    const user = userEvent.setup();
    const calls = mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/cases': () => json(200, { items: [assembly], nextCursor: null }),
      'GET /api/cases/facets': () => json(200, facets),
    });
    renderWithApp(<CasesPage />, { path: '/cases' });

    const link = await screen.findByRole('link', { name: 'Kelsbach climate assembly' });
    expect(link).toHaveAttribute('href', `/cases/${assembly.id}`);
    const badges = screen.getByRole('list', { name: 'Methods and level of participation' });
    expect(within(badges).getByText('Citizens’ assembly')).toBeInTheDocument();
    expect(within(badges).getByText('IAP2: Collaborate')).toBeInTheDocument();
    expect(await screen.findByText('1 case')).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Citizens’ assembly (1)' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Hackathon (0)' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Germany (1)' })).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Method'), 'citizens_assembly');
    await screen.findByRole('link', { name: 'Kelsbach climate assembly' });
    const urls = calls.filter((call) => call.key === 'GET /api/cases').map((call) => call.url);
    expect(urls.at(-1)).toContain('method=citizens_assembly');
    const facetUrls = calls.filter((call) => call.key === 'GET /api/cases/facets').map((call) => call.url);
    expect(facetUrls.at(-1)).toContain('method=citizens_assembly');
  });

  it('says when no case matches the filters and offers to clear them', async () => {
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/cases': () => json(200, { items: [], nextCursor: null }),
      'GET /api/cases/facets': () => json(200, { ...facets, total: 0, methods: [], countries: [] }),
    });
    renderWithApp(<CasesPage />, { path: '/cases?method=hackathon' });
    expect(await screen.findByText('No case matches these filters.')).toBeInTheDocument();
    const results = screen.getByRole('region', { name: 'Results' });
    expect(within(results).getByRole('button', { name: 'Clear all filters' })).toBeInTheDocument();
  });

  it('shows an error with a retry when the cases cannot be loaded', async () => {
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/cases': () =>
        json(503, { code: 'service_unavailable', status: 503, title: '', detail: '', type: '' }),
      'GET /api/cases/facets': () => json(200, facets),
    });
    renderWithApp(<CasesPage />, { path: '/cases' });
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
