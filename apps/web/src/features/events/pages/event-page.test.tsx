import type { Event } from '@open-spaces/contracts';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/api-client';
import { taxonomy } from '../../../test/fixtures';
import { json, member, mockApi, problem, renderWithApp } from '../../../test/render';
import { EventPage } from './event-page';

const id = '5b0c8a4e-7a55-4d1c-9a3e-0d6a3f0a1b2c';
const event: Event = {
  id,
  title: 'Community organising clinic',
  description: 'Bring questions.',
  descriptionHtml: '<p>Bring questions.</p>',
  author: { person: { handle: 'olga', displayName: 'Olga Organiser', avatar: null }, organisation: null },
  start: { local: '2027-07-14T18:30', timeZone: 'Europe/Lisbon', at: '2027-07-14T17:30:00.000Z' },
  end: { local: '2027-07-14T20:30', timeZone: 'Europe/Lisbon', at: '2027-07-14T19:30:00.000Z' },
  format: 'hybrid',
  venue: { name: 'Casa Comum', address: 'Rua das Flores 12', city: 'Lisbon', country: 'PT' },
  onlineUrl: null,
  hasOnlineLink: true,
  topics: [],
  language: 'pt',
  capacity: 1,
  registrationDeadline: null,
  status: 'scheduled',
  audience: 'public',
  sequence: 0,
  counts: { going: 1, interested: 0, waitlisted: 0 },
  placesLeft: 0,
  registrationOpen: true,
  myRsvp: null,
  waitlistPosition: null,
  canManage: false,
  moderation: null,
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
};

const show = (api: Parameters<typeof mockApi>[0]) => {
  startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
  const calls = mockApi({ 'GET /api/taxonomy': () => json(200, taxonomy), ...api });
  renderWithApp(<EventPage />, { path: `/events/${id}`, route: '/events/:id', user: member });
  return calls;
};

describe('EventPage', () => {
  it('shows the time in the event’s zone, hides the link from people not going and offers the waitlist when full', async () => {
    show({ [`GET /api/events/${id}`]: () => json(200, event) });
    expect(await screen.findByRole('heading', { level: 1, name: event.title })).toBeVisible();
    expect(screen.getAllByText(/Europe\/Lisbon/).length).toBeGreaterThan(0);
    expect(screen.getByText(/The link is shown to people who are going/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Join the waitlist' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Add to calendar (.ics)' })).toHaveAttribute(
      'href',
      `/api/events/${id}.ics`,
    );
  });

  it('joins the waitlist and says which place the person has', async () => {
    const calls = show({
      [`GET /api/events/${id}`]: () => json(200, event),
      [`PUT /api/events/${id}/rsvp`]: () =>
        json(200, {
          ...event,
          myRsvp: 'waitlisted',
          waitlistPosition: 3,
          counts: { ...event.counts, waitlisted: 3 },
        }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Join the waitlist' }));
    expect(await screen.findByText('You are number 3 on the waitlist.')).toBeVisible();
    expect(calls.find((call) => call.key === `PUT /api/events/${id}/rsvp`)?.init.body).toBe(
      '{"state":"going"}',
    );
  });

  it('says so when the event does not exist or may not be seen', async () => {
    show({ [`GET /api/events/${id}`]: () => problem(404, 'not_found') });
    expect(await screen.findByRole('heading', { level: 1, name: 'Event not found' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back to events' })).toBeVisible();
  });
});
