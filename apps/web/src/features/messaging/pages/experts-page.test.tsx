import type { ExpertSummary } from '@open-spaces/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/api-client';
import { taxonomy } from '../../../test/fixtures';
import { json, member, mockApi, problem, renderWithApp } from '../../../test/render';
import { ExpertsPage } from './experts-page';

const expert: ExpertSummary = {
  handle: 'sami',
  displayName: 'Sami Scientist',
  headline: 'Researcher on urban heat',
  country: 'PL',
  city: null,
  avatar: null,
  topics: [],
  offers: [],
  needs: [],
  openToPress: true,
  pressTopics: ['climate'],
  pressLanguages: ['en'],
  acceptsContactRequests: true,
};

describe('ExpertsPage', () => {
  it('lists experts with the topics they speak on, and asks visitors to sign in before a request', async () => {
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/experts': () => json(200, { items: [expert], nextCursor: null }),
    });
    renderWithApp(<ExpertsPage />, { path: '/experts', user: null });

    const card = (await screen.findByRole('link', { name: 'Sami Scientist' })).closest(
      'article',
    ) as HTMLElement;
    expect(within(card).getByText('Climate and environment')).toBeInTheDocument();
    expect(within(card).getByText('Interviews in English')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Sign in to request contact' })).toBeInTheDocument();
  });

  it('filters by press topic through the address', async () => {
    const user = userEvent.setup();
    const calls = mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/experts': () => json(200, { items: [expert], nextCursor: null }),
    });
    renderWithApp(<ExpertsPage />, { path: '/experts', user: null });
    await screen.findByRole('link', { name: 'Sami Scientist' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speaks on' }), 'climate');
    await screen.findByRole('link', { name: 'Sami Scientist' });
    const urls = calls.filter((call) => call.key === 'GET /api/experts').map((call) => call.url);
    expect(urls.at(-1)).toContain('pressTopic=climate');
  });

  it('says when nobody is open to press contact', async () => {
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/experts': () => json(200, { items: [], nextCursor: null }),
    });
    renderWithApp(<ExpertsPage />, { path: '/experts', user: null });
    expect(await screen.findByText('Nobody is open to press contact yet.')).toBeInTheDocument();
  });

  it('sends a contact request from the card, checking the fields first, and shows the refusal of a paused expert', async () => {
    const user = userEvent.setup();
    startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
    let answer = problem(409, 'contact_requests_paused');
    const calls = mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/experts': () => json(200, { items: [expert], nextCursor: null }),
      'POST /api/people/sami/contact-requests': () => answer,
    });
    renderWithApp(<ExpertsPage />, { path: '/experts', user: member });

    await user.click(await screen.findByRole('button', { name: 'Request contact with Sami Scientist' }));
    const form = screen.getByRole('form', { name: 'Contact request to Sami Scientist' });
    await user.click(within(form).getByRole('button', { name: 'Send request' }));
    expect(within(form).getAllByText('This field is required.').length).toBeGreaterThan(0);
    expect(calls.some((call) => call.key === 'POST /api/people/sami/contact-requests')).toBe(false);

    await user.type(within(form).getByLabelText(/^Subject/), 'Heat plans');
    await user.type(within(form).getByLabelText(/^Outlet or organisation/), 'Der Tagesspiegel');
    await user.type(within(form).getByLabelText(/^Message/), 'Could we talk this week for a few minutes?');
    await user.click(within(form).getByRole('button', { name: 'Send request' }));
    expect(
      await within(form).findAllByText('This person does not take contact requests at the moment.'),
    ).not.toHaveLength(0);

    answer = json(201, {
      id: '2f1c9a4e-7b55-4d1c-9a3e-0d6a3f0a1b2c',
      person: { handle: 'sami', displayName: 'Sami Scientist', avatar: null },
      sent: true,
      subject: 'Heat plans',
      outlet: 'Der Tagesspiegel',
      deadline: null,
      message: 'Could we talk this week for a few minutes?',
      status: 'pending',
      createdAt: '2026-12-04T10:00:00.000Z',
      answeredAt: null,
      conversationId: null,
    });
    await user.click(within(form).getByRole('button', { name: 'Send request' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Your request to Sami Scientist is sent.');
    const sent = calls.filter((call) => call.key === 'POST /api/people/sami/contact-requests').at(-1);
    expect(JSON.parse(String(sent?.init.body))).toEqual({
      subject: 'Heat plans',
      outlet: 'Der Tagesspiegel',
      deadline: null,
      message: 'Could we talk this week for a few minutes?',
    });
  });
});
