import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/api-client';
import { myProfile, taxonomy } from '../../../test/fixtures';
import { json, member, mockApi, problem, renderWithApp } from '../../../test/render';
import { ProfileForm } from './profile-form';

function setup(routes: Parameters<typeof mockApi>[0] = {}) {
  startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
  const calls = mockApi({ 'GET /api/taxonomy': () => json(200, taxonomy), ...routes });
  renderWithApp(<ProfileForm profile={{ ...myProfile, onboarded: true }} />, { user: member });
  return calls;
}

describe('ProfileForm', () => {
  it('checks a field with the contract as it is typed', async () => {
    const user = userEvent.setup();
    setup();
    const handle = screen.getByLabelText('Handle');
    await user.clear(handle);
    await user.type(handle, 'a!');
    expect(handle).toHaveAccessibleDescription(expect.stringContaining('Use 3 to 30 lower-case letters'));
    await user.type(handle, 'bc');
    await user.clear(handle);
    await user.type(handle, 'ada-l');
    expect(handle).not.toHaveAttribute('aria-invalid');
  });

  it('lists every problem on submit and sends nothing', async () => {
    const user = userEvent.setup();
    const calls = setup();
    await user.clear(screen.getByLabelText('Name'));
    await user.click(screen.getByRole('button', { name: 'Add a link' }));
    await user.clear(screen.getByLabelText('Web address'));
    await user.type(screen.getByLabelText('Web address'), 'not a link');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(summary).toHaveFocus();
    expect(
      within(summary)
        .getAllByRole('link', { name: 'This field is required.' })
        .map((link) => link.getAttribute('href')),
    ).toEqual(['#profile-displayName', '#profile-links-0-label']);
    expect(within(summary).getByRole('link', { name: /full web address/ })).toHaveAttribute(
      'href',
      '#profile-links-0-url',
    );
    expect(calls.some((call) => call.key === 'PATCH /api/me/profile')).toBe(false);
  });

  it('shows the API’s field errors at their fields', async () => {
    const user = userEvent.setup();
    setup({
      'PATCH /api/me/profile': () =>
        problem(409, 'handle_taken', {
          errors: [{ field: 'handle', code: 'handle_taken', message: 'This handle is taken.' }],
        }),
    });
    const handle = screen.getByLabelText('Handle');
    await user.clear(handle);
    await user.type(handle, 'grace');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(
      await screen.findByRole('link', { name: 'This handle is taken. Try another one.' }),
    ).toBeInTheDocument();
    expect(handle).toHaveAccessibleDescription(
      expect.stringContaining('This handle is taken. Try another one.'),
    );
    await user.type(handle, 'x');
    expect(handle).not.toHaveAttribute('aria-invalid');
  });

  it('sends the whole profile in the contract’s shape and confirms', async () => {
    const user = userEvent.setup();
    const calls = setup({
      'PATCH /api/me/profile': (_url, init) =>
        json(200, { ...myProfile, ...JSON.parse(String(init.body)), bioHtml: '' }),
    });
    await screen.findByRole('option', { name: 'Poland' });
    await user.selectOptions(screen.getByLabelText('Country'), 'PL');
    await user.click(screen.getByRole('button', { name: 'Climate and environment' }));
    await user.type(screen.getByLabelText('Skills'), 'grant writing, data');
    await user.click(screen.getByRole('radio', { name: 'Hidden' }));
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(await screen.findByText('Your profile has been saved.')).toBeInTheDocument();
    const body = JSON.parse(String(calls.find((call) => call.key === 'PATCH /api/me/profile')?.init.body));
    expect(body).toMatchObject({
      country: 'PL',
      city: null,
      topics: ['climate'],
      skills: ['grant writing', 'data'],
      visibility: 'hidden',
    });
  });
});
