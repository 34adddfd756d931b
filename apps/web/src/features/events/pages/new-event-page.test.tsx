import type { Event } from '@open-spaces/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/api-client';
import { anEvent, taxonomy } from '../../../test/fixtures';
import { json, member, mockApi, problem, renderWithApp } from '../../../test/render';
import { NewEventPage } from './new-event-page';

const organisations = {
  items: [
    { slug: 'civic-lab', name: 'Civic Lab' },
    { slug: 'zeta-watch', name: 'Zeta Watch' },
  ],
};

const published: Event = anEvent({
  description: '',
  descriptionHtml: '',
  author: { person: null, organisation: { slug: 'civic-lab', name: 'Civic Lab', kind: 'cso', logo: null } },
});

const show = (api: Parameters<typeof mockApi>[0], path = '/events/new') => {
  startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
  const calls = mockApi({ 'GET /api/taxonomy': () => json(200, taxonomy), ...api });
  renderWithApp(<NewEventPage />, { path, route: '/events/new', user: member });
  return calls;
};

// By label: role queries walk the time-zone select's hundreds of options.
const organiseAs = () => screen.getByLabelText<HTMLSelectElement>('Organise as');
const choices = (select: HTMLSelectElement) => [...select.options].map((option) => option.textContent);
const offered = (name: string) => waitFor(() => expect(choices(organiseAs())).toContain(name));

async function fillIn() {
  await userEvent.type(screen.getByRole('textbox', { name: /Title/ }), 'Community organising clinic');
  fireEvent.change(screen.getByLabelText(/Starts/), { target: { value: '2030-06-12T18:30' } });
  fireEvent.change(screen.getByLabelText(/Ends/), { target: { value: '2030-06-12T20:30' } });
  await userEvent.type(screen.getByRole('textbox', { name: /Venue/ }), 'Casa Comum');
  await userEvent.type(screen.getByRole('textbox', { name: /Address/ }), 'Hauptstraße 1');
  await userEvent.type(screen.getByRole('textbox', { name: /City/ }), 'Berlin');
  await userEvent.selectOptions(screen.getByRole('combobox', { name: /Country/ }), 'DE');
  await userEvent.selectOptions(screen.getByRole('combobox', { name: /Language/ }), 'en');
}

describe('NewEventPage', () => {
  it('offers the organisations the person may organise as, and publishes as the chosen one', async () => {
    const calls = show({
      'GET /api/me/publishing-organisations': () => json(200, organisations),
      'POST /api/events': () => json(201, published),
    });
    await offered('Civic Lab');
    expect(choices(organiseAs())).toEqual(['Yourself', 'Civic Lab', 'Zeta Watch']);
    expect(organiseAs()).toHaveValue('');
    expect(screen.queryByRole('radio', { name: 'Members of the organisation' })).not.toBeInTheDocument();

    await userEvent.selectOptions(organiseAs(), 'civic-lab');
    await userEvent.click(screen.getByRole('radio', { name: 'Members of the organisation' }));
    await fillIn();
    await userEvent.click(screen.getByRole('button', { name: 'Publish' }));

    expect(await screen.findByText('Elsewhere')).toBeVisible();
    const sent = calls.find((call) => call.key === 'POST /api/events');
    expect(JSON.parse(String(sent?.init.body))).toMatchObject({
      organisation: 'civic-lab',
      audience: 'organisation',
    });
  });

  it('goes back to a public audience when the person chooses to organise as themselves again', async () => {
    show({ 'GET /api/me/publishing-organisations': () => json(200, organisations) });
    await offered('Civic Lab');
    await userEvent.selectOptions(organiseAs(), 'civic-lab');
    await userEvent.click(screen.getByRole('radio', { name: 'Members of the organisation' }));
    await userEvent.selectOptions(organiseAs(), '');
    expect(screen.queryByRole('radio', { name: 'Members of the organisation' })).not.toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Everyone' })).toBeChecked();
  });

  it('says that the organisations are loading, with oneself chosen meanwhile', async () => {
    show({ 'GET /api/me/publishing-organisations': () => new Promise<Response>(() => {}) });
    expect(await screen.findByText('Loading your organisations…')).toBeVisible();
    expect(organiseAs()).toBeDisabled();
    expect(choices(organiseAs())).toEqual(['Yourself']);
  });

  it('says who may organise as an organisation when the person may organise as none', async () => {
    show({ 'GET /api/me/publishing-organisations': () => json(200, { items: [] }) });
    expect(
      await screen.findByText('Editors, admins and owners of an organisation can organise events as it.'),
    ).toBeVisible();
    expect(organiseAs()).toBeDisabled();
    expect(choices(organiseAs())).toEqual(['Yourself']);
  });

  it('keeps oneself and offers another try when the organisations cannot be loaded', async () => {
    let attempts = 0;
    show({
      'GET /api/me/publishing-organisations': () =>
        ++attempts === 1 ? problem(500, 'internal_error') : json(200, organisations),
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not load your organisations.');
    expect(choices(organiseAs())).toEqual(['Yourself']);

    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await offered('Civic Lab');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('chooses the organisation named in the address when the person may organise as it', async () => {
    show(
      { 'GET /api/me/publishing-organisations': () => json(200, organisations) },
      '/events/new?organisation=zeta-watch',
    );
    await offered('Zeta Watch');
    expect(organiseAs()).toHaveValue('zeta-watch');
  });

  it('ignores an organisation in the address that the person may not organise as', async () => {
    show(
      { 'GET /api/me/publishing-organisations': () => json(200, organisations) },
      '/events/new?organisation=someone-elses',
    );
    await offered('Civic Lab');
    expect(organiseAs()).toHaveValue('');
  });
});
