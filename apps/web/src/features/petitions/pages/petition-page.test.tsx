import type { Petition } from '@open-spaces/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/api-client';
import { taxonomy } from '../../../test/fixtures';
import { json, member, mockApi, problem, renderWithApp } from '../../../test/render';
import { PetitionPage } from './petition-page';

const id = '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const petition: Petition = {
  id,
  title: 'Keep the Lisbon libraries open',
  author: { person: { handle: 'paula', displayName: 'Paula Petitioner', avatar: null }, organisation: null },
  addressee: 'Lisbon City Council',
  goal: 200,
  signatureCount: 50,
  deadline: '2031-05-01T12:00:00.000Z',
  state: 'open',
  successful: null,
  topics: [],
  countries: ['PT'],
  language: 'en',
  openedAt: '2026-12-01T10:00:00.000Z',
  text: 'Keep them open.',
  textHtml: '<p>Keep them open.</p>',
  response: null,
  responseHtml: null,
  closedAt: null,
  deliveredAt: null,
  mySignature: null,
  canManage: false,
  moderation: null,
  createdAt: '2026-11-30T10:00:00.000Z',
};
const noSigners = () => json(200, { items: [], nextCursor: null });

const show = (api: Parameters<typeof mockApi>[0], signedIn: boolean) => {
  if (signedIn) startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
  const calls = mockApi({
    'GET /api/taxonomy': () => json(200, taxonomy),
    [`GET /api/petitions/${id}/signatures`]: noSigners,
    ...api,
  });
  renderWithApp(<PetitionPage />, {
    path: `/petitions/${id}`,
    route: '/petitions/:id',
    user: signedIn ? member : null,
  });
  return calls;
};

describe('PetitionPage', () => {
  it('puts the count against the goal into words beside the bar', async () => {
    show({ [`GET /api/petitions/${id}`]: () => json(200, petition) }, false);
    expect(await screen.findByRole('heading', { level: 1, name: petition.title })).toBeVisible();
    expect(screen.getByRole('progressbar', { name: 'Signatures' })).toHaveAccessibleDescription(
      '50 of 200 signatures (25%)',
    );
  });

  it('asks a visitor for name, address and country, with the honeypot out of reach, and says to check the mail', async () => {
    const calls = show(
      {
        [`GET /api/petitions/${id}`]: () => json(200, petition),
        [`POST /api/petitions/${id}/signatures`]: () => json(202, { status: 'accepted' }),
      },
      false,
    );
    const sign = await screen.findByRole('region', { name: 'Sign this petition' });
    expect(within(sign).queryByRole('textbox', { name: 'Leave this field empty' })).toBeNull();
    await userEvent.type(within(sign).getByLabelText('Your name'), 'Vera Visitor');
    await userEvent.type(within(sign).getByLabelText('Your email address'), 'vera@example.org');
    await userEvent.selectOptions(within(sign).getByLabelText('Your country'), 'DE');
    await userEvent.click(within(sign).getByLabelText('Show my name on the list of signers'));
    await userEvent.click(within(sign).getByRole('button', { name: 'Sign' }));
    expect(await within(sign).findByText('Check your mail')).toBeVisible();
    const body = JSON.parse(
      String(calls.find((call) => call.key === `POST /api/petitions/${id}/signatures`)?.init.body),
    );
    expect(body).toEqual({
      name: 'Vera Visitor',
      email: 'vera@example.org',
      country: 'DE',
      showName: true,
      shareContact: false,
    });
  });

  it('signs a member with one click and shows the signature', async () => {
    const calls = show(
      {
        [`GET /api/petitions/${id}`]: () => json(200, petition),
        [`PUT /api/petitions/${id}/signature`]: () =>
          json(200, {
            ...petition,
            signatureCount: 51,
            mySignature: { showName: false, shareContact: false, signedAt: '2026-12-04T10:00:00.000Z' },
          }),
      },
      true,
    );
    const sign = await screen.findByRole('region', { name: 'Sign this petition' });
    expect(within(sign).queryByLabelText('Your email address')).toBeNull();
    await userEvent.click(within(sign).getByRole('button', { name: 'Sign' }));
    expect(await screen.findByRole('heading', { name: 'You signed this petition' })).toBeVisible();
    expect(screen.getByText('51 of 200 signatures (25%)')).toBeVisible();
    expect(calls.find((call) => call.key === `PUT /api/petitions/${id}/signature`)?.init.body).toBe(
      '{"showName":false,"shareContact":false}',
    );
  });

  it('offers its author the case repository once the petition is closed or delivered, and only then', async () => {
    show({ [`GET /api/petitions/${id}`]: () => json(200, { ...petition, canManage: true }) }, true);
    expect(await screen.findByRole('button', { name: 'Close now' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Add to the case repository' })).toBeNull();
  });

  it('offers the case repository to no one who does not manage a delivered petition', async () => {
    show({ [`GET /api/petitions/${id}`]: () => json(200, { ...petition, state: 'delivered' }) }, true);
    expect(await screen.findByRole('heading', { level: 1, name: petition.title })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Add to the case repository' })).toBeNull();
  });

  it('turns a delivered petition into a case and opens the case form for its author', async () => {
    const caseId = '00000000-0000-4000-8000-0000000000c2';
    const calls = show(
      {
        [`GET /api/petitions/${id}`]: () =>
          json(200, {
            ...petition,
            state: 'delivered',
            canManage: true,
            response: 'Yes.',
            responseHtml: '<p>Yes.</p>',
          }),
        [`POST /api/petitions/${id}/case`]: () => json(201, { id: caseId }),
      },
      true,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Add to the case repository' }));
    expect(await screen.findByText('Elsewhere')).toBeVisible();
    expect(calls.map((call) => call.key)).toContain(`POST /api/petitions/${id}/case`);
  });

  it('says so when the petition does not exist or may not be seen', async () => {
    show({ [`GET /api/petitions/${id}`]: () => problem(404, 'not_found') }, false);
    expect(await screen.findByRole('heading', { level: 1, name: 'Petition not found' })).toBeVisible();
  });
});
