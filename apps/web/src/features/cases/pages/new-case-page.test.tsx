import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/api-client';
import { taxonomy } from '../../../test/fixtures';
import { json, member, mockApi, problem, renderWithApp } from '../../../test/render';
import { NewCasePage } from './new-case-page';

const created = {
  id: '9d7e6f5a-4b3c-4d2e-8f1a-0b9c8d7e6f5a',
  title: 'Warsaw budget for schools',
  summary: 'Pupils decided how to spend part of the district budget on their schools.',
  country: 'PL',
  place: '',
  scope: 'local',
  methods: ['participatory_budgeting'],
  iap2Level: 'empower',
  format: 'hybrid',
  startDate: '2024-02-01',
  endDate: null,
  ongoing: true,
  participantCount: null,
  topics: [],
  language: 'pl',
  status: 'submitted',
  publishedAt: null,
  description: '',
  descriptionHtml: '',
  purpose: '',
  recruitment: '',
  outcomes: '',
  impact: '',
  organisers: [{ name: 'District 4', organisation: null }],
  funders: [],
  links: [],
  submittedBy: null,
  reviewNote: null,
  moderation: { hidden: false, reason: null },
  source: null,
  canEdit: true,
  canReview: false,
  createdAt: '2024-02-02T10:00:00.000Z',
  updatedAt: '2024-02-02T10:00:00.000Z',
};

async function fillRequired(user: ReturnType<typeof userEvent.setup>) {
  const fill = (field: HTMLElement, value: string) => fireEvent.change(field, { target: { value } });
  fill(screen.getByLabelText('Title'), 'Warsaw budget for schools');
  fill(
    screen.getByLabelText('Summary', { exact: false }),
    'Pupils decided how to spend part of the district budget on their schools.',
  );
  await user.selectOptions(screen.getByLabelText('Language of this write-up', { exact: false }), 'pl');
  await user.selectOptions(screen.getByLabelText('Country'), 'PL');
  await user.selectOptions(screen.getByLabelText('Scope'), 'local');
  fill(screen.getByLabelText('Start'), '2024-02-01');
  await user.click(screen.getByRole('checkbox', { name: 'Still ongoing' }));
  await user.click(
    within(screen.getByRole('group', { name: /Methods/ })).getByRole('button', {
      name: 'Participatory budgeting',
    }),
  );
  await user.click(screen.getByRole('radio', { name: 'Empower' }));
  await user.click(screen.getByRole('radio', { name: 'Both' }));
}

describe('NewCasePage', () => {
  beforeEach(() => {
    startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
  });

  it('names what is missing when the case is sent empty, without calling the API', async () => {
    const user = userEvent.setup();
    const calls = mockApi({ 'GET /api/taxonomy': () => json(200, taxonomy) });
    renderWithApp(<NewCasePage />, { path: '/cases/new', user: member });
    await user.click(await screen.findByRole('button', { name: 'Submit for review' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').length).toBeGreaterThan(3);
    expect(calls.filter((call) => call.key === 'POST /api/cases')).toHaveLength(0);
  });

  it('sends organisers as an organisation on Open Spaces or a name, and an ongoing case without an end', async () => {
    const user = userEvent.setup();
    const calls = mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'POST /api/cases': () => json(201, created),
    });
    const { router } = renderWithApp(<NewCasePage />, { path: '/cases/new', user: member });
    await screen.findByRole('button', { name: 'Submit for review' });
    await fillRequired(user);
    const first = screen.getByRole('group', { name: 'Organiser 1' });
    fireEvent.change(within(first).getByLabelText('Organisation on Open Spaces', { exact: false }), {
      target: { value: 'civic-lab' },
    });
    await user.click(screen.getByRole('button', { name: 'Add an organiser' }));
    fireEvent.change(within(screen.getByRole('group', { name: 'Organiser 2' })).getByLabelText('Name'), {
      target: { value: 'District 4' },
    });
    await user.click(screen.getByRole('button', { name: 'Submit for review' }));

    await waitFor(() => expect(calls.some((call) => call.key === 'POST /api/cases')).toBe(true));
    const sent = calls.find((call) => call.key === 'POST /api/cases');
    expect(JSON.parse(String(sent?.init.body))).toMatchObject({
      title: 'Warsaw budget for schools',
      country: 'PL',
      language: 'pl',
      scope: 'local',
      startDate: '2024-02-01',
      endDate: null,
      ongoing: true,
      methods: ['participatory_budgeting'],
      iap2Level: 'empower',
      format: 'hybrid',
      participantCount: null,
      organisers: [{ organisation: 'civic-lab' }, { name: 'District 4' }],
      funders: [],
    });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/cases/${created.id}`));
  });

  it('shows the API’s answer about an unknown organisation at its field', async () => {
    const user = userEvent.setup();
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'POST /api/cases': () =>
        problem(400, 'validation_failed', {
          errors: [{ field: 'organisers.0.organisation', code: 'unknown_organisation', message: 'Unknown.' }],
        }),
    });
    renderWithApp(<NewCasePage />, { path: '/cases/new', user: member });
    await screen.findByRole('button', { name: 'Submit for review' });
    await fillRequired(user);
    const first = screen.getByRole('group', { name: 'Organiser 1' });
    fireEvent.change(within(first).getByLabelText('Organisation on Open Spaces', { exact: false }), {
      target: { value: 'nowhere' },
    });
    await user.click(screen.getByRole('button', { name: 'Submit for review' }));
    expect(
      await within(first).findByText(
        'There is no organisation with this address on Open Spaces that you can see.',
      ),
    ).toBeInTheDocument();
  });
});
