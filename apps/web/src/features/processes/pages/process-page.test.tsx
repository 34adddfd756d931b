import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/api-client';
import { taxonomy } from '../../../test/fixtures';
import { json, member, mockApi, problem, renderWithApp } from '../../../test/render';
import { ProcessPage } from './process-page';

const id = '00000000-0000-4000-8000-0000000000d1';
const path = `/processes/${id}`;
const route = '/processes/:id';
const closed = { open: false, opensAt: null };

const process = (overrides: Record<string, unknown> = {}) => ({
  id,
  title: 'Safer streets around our schools',
  organisation: { slug: 'town-forum', name: 'Town Forum' },
  topics: [],
  scope: 'local',
  languages: ['en'],
  startsAt: '2027-03-01T00:00:00.000Z',
  endsAt: '2027-05-01T00:00:00.000Z',
  status: 'upcoming',
  ideaCount: 0,
  createdAt: '2026-11-01T10:00:00.000Z',
  description: 'Tell us.',
  descriptionHtml: '<p>Tell us.</p>',
  phases: [
    {
      kind: 'ideas',
      startsAt: '2027-03-12T10:00:00.000Z',
      endsAt: '2027-04-01T00:00:00.000Z',
      actions: ['propose'],
      current: false,
    },
  ],
  ideaLimit: null,
  supportLimit: null,
  supportThreshold: null,
  answerStates: ['evaluating', 'accepted', 'rejected'],
  customAnswerStates: [],
  windows: {
    propose: { open: false, opensAt: '2027-03-12T10:00:00.000Z' },
    support: closed,
    comment: closed,
  },
  mine: { ideas: 0, supports: 0 },
  canOrganise: false,
  ...overrides,
});

const noIdeas = { items: [], nextCursor: null };

describe('ProcessPage', () => {
  beforeEach(() => startSession({ accessToken: 'token-1', expiresIn: 900, user: member }));

  it('says when proposing opens, and offers no form before then', async () => {
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      [`GET /api/processes/${id}`]: () => json(200, process()),
      [`GET /api/processes/${id}/ideas`]: () => json(200, noIdeas),
    });
    renderWithApp(<ProcessPage />, { path, route, user: member });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Safer streets around our schools' }),
    ).toBeVisible();
    expect(screen.getByText('Proposing opens on March 12, 2027.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Propose' })).toBeNull();
    expect(await screen.findByText('No idea has been proposed yet.')).toBeVisible();
  });

  it('offers the form while proposing is open, and the organiser’s tools to organisers', async () => {
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      [`GET /api/processes/${id}`]: () =>
        json(
          200,
          process({
            status: 'active',
            canOrganise: true,
            windows: { propose: { open: true, opensAt: null }, support: closed, comment: closed },
          }),
        ),
      [`GET /api/processes/${id}/ideas`]: () => json(200, noIdeas),
    });
    renderWithApp(<ProcessPage />, { path, route, user: member });

    expect(await screen.findByRole('button', { name: 'Propose' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Edit consultation' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Export results (CSV)' })).toHaveAttribute(
      'href',
      `/api/processes/${id}/results.csv`,
    );
  });

  it('links everyone to the consultation’s budgets, and offers no case to those who do not organise it', async () => {
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      [`GET /api/processes/${id}`]: () => json(200, process({ status: 'past' })),
      [`GET /api/processes/${id}/ideas`]: () => json(200, noIdeas),
    });
    renderWithApp(<ProcessPage />, { path, route, user: member });
    expect(await screen.findByRole('link', { name: 'See the budgets of this consultation' })).toHaveAttribute(
      'href',
      `/processes/${id}/budgets`,
    );
    expect(screen.queryByRole('button', { name: 'Add to the case repository' })).toBeNull();
  });

  it('offers organisers no case while the consultation runs', async () => {
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      [`GET /api/processes/${id}`]: () => json(200, process({ status: 'active', canOrganise: true })),
      [`GET /api/processes/${id}/ideas`]: () => json(200, noIdeas),
    });
    renderWithApp(<ProcessPage />, { path, route, user: member });
    expect(await screen.findByRole('link', { name: 'Edit consultation' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Add to the case repository' })).toBeNull();
  });

  it('turns a past consultation into a case and opens the case form for its organiser', async () => {
    const calls = mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      [`GET /api/processes/${id}`]: () => json(200, process({ status: 'past', canOrganise: true })),
      [`GET /api/processes/${id}/ideas`]: () => json(200, noIdeas),
      [`POST /api/processes/${id}/case`]: () => json(201, { id: '00000000-0000-4000-8000-0000000000c1' }),
    });
    const { router } = renderWithApp(<ProcessPage />, { path, route, user: member });
    await userEvent.click(await screen.findByRole('button', { name: 'Add to the case repository' }));
    expect(await screen.findByText('Elsewhere')).toBeVisible();
    expect(router.state.location.pathname).toBe('/cases/00000000-0000-4000-8000-0000000000c1/edit');
    expect(calls.map((call) => call.key)).toContain(`POST /api/processes/${id}/case`);
  });

  it('says why when the consultation already became a case', async () => {
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      [`GET /api/processes/${id}`]: () => json(200, process({ status: 'past', canOrganise: true })),
      [`GET /api/processes/${id}/ideas`]: () => json(200, noIdeas),
      [`POST /api/processes/${id}/case`]: () => problem(409, 'case_source_taken'),
    });
    renderWithApp(<ProcessPage />, { path, route, user: member });
    await userEvent.click(await screen.findByRole('button', { name: 'Add to the case repository' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'A case was already written from this process or petition.',
    );
  });

  it('says when the consultation is not there or not for the viewer', async () => {
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      [`GET /api/processes/${id}`]: () => problem(404, 'not_found'),
    });
    renderWithApp(<ProcessPage />, { path, route, user: member });
    expect(await screen.findByRole('heading', { level: 1, name: 'Consultation not found' })).toBeVisible();
  });
});
