import type { Event } from '@open-spaces/contracts';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/api-client';
import { anEvent, taxonomy } from '../../../test/fixtures';
import { json, member, mockApi, renderWithApp } from '../../../test/render';
import { EditEventPage } from './edit-event-page';

const id = '5b0c8a4e-7a55-4d1c-9a3e-0d6a3f0a1b2c';
const event: Event = anEvent({ id });

const show = (shown: Event, api: Parameters<typeof mockApi>[0] = {}) => {
  startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
  const calls = mockApi({
    'GET /api/taxonomy': () => json(200, taxonomy),
    [`GET /api/events/${id}`]: () => json(200, shown),
    ...api,
  });
  renderWithApp(<EditEventPage />, { path: `/events/${id}/edit`, route: '/events/:id/edit', user: member });
  return calls;
};

// By label: role queries walk the time-zone select's hundreds of options.
const organiseAs = () => screen.getByLabelText<HTMLSelectElement>('Organise as');
const choices = (select: HTMLSelectElement) => [...select.options].map((option) => option.textContent);

describe('EditEventPage', () => {
  it('shows the organisation an event is organised as, fixed, and leaves it out of the changes', async () => {
    const calls = show(event, { [`PATCH /api/events/${id}`]: () => json(200, event) });
    await waitFor(() => expect(organiseAs()).toHaveValue('civic-lab'));
    expect(choices(organiseAs())).toEqual(['Civic Lab']);
    expect(organiseAs()).toBeDisabled();
    expect(screen.getByText('The organiser cannot change once the event is published.')).toBeVisible();
    expect(screen.getByLabelText('Members of the organisation')).toBeChecked();

    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(calls.some((call) => call.key === `PATCH /api/events/${id}`)).toBe(true));
    const sent = JSON.parse(String(calls.find((call) => call.key === `PATCH /api/events/${id}`)?.init.body));
    expect(sent).not.toHaveProperty('organisation');
    expect(calls.some((call) => call.key === 'GET /api/me/publishing-organisations')).toBe(false);
  });

  it('names the person an event they organise as themselves is organised by', async () => {
    show({ ...event, author: { ...event.author, organisation: null }, audience: 'public' });
    await waitFor(() => expect(organiseAs()).toHaveValue(''));
    expect(choices(organiseAs())).toEqual(['Olga Organiser']);
    expect(organiseAs()).toBeDisabled();
    expect(screen.queryByLabelText('Members of the organisation')).not.toBeInTheDocument();
  });
});
