import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { startSession } from '../../../lib/api-client';
import { member, mockApi, problem, renderWithApp } from '../../../test/render';
import { LeaveOrganisation } from './leave-organisation';

describe('LeaveOrganisation', () => {
  it('asks for confirmation before leaving, then reports that the person left', async () => {
    const user = userEvent.setup();
    startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
    const calls = mockApi({
      'POST /api/organisations/clean-air/leave': () => new Response(null, { status: 204 }),
    });
    const onLeft = vi.fn();
    renderWithApp(<LeaveOrganisation slug="clean-air" name="Clean Air Network" onLeft={onLeft} />, {
      user: member,
    });

    await user.click(screen.getByRole('button', { name: 'Leave organisation' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Leave Clean Air Network?' });
    expect(calls).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Leave organisation' }));

    await vi.waitFor(() => expect(onLeft).toHaveBeenCalledOnce());
    expect(calls.map((call) => call.key)).toEqual(['POST /api/organisations/clean-air/leave']);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('leaves nothing behind when the person cancels', async () => {
    const user = userEvent.setup();
    const calls = mockApi({});
    renderWithApp(<LeaveOrganisation slug="clean-air" name="Clean Air Network" onLeft={vi.fn()} />, {
      user: member,
    });
    await user.click(screen.getByRole('button', { name: 'Leave organisation' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it('explains why the last owner cannot leave and where to name another owner', async () => {
    const user = userEvent.setup();
    startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
    mockApi({ 'POST /api/organisations/clean-air/leave': () => problem(409, 'last_owner') });
    const onLeft = vi.fn();
    renderWithApp(
      <LeaveOrganisation
        slug="clean-air"
        name="Clean Air Network"
        onLeft={onLeft}
        manageHref="/organisations/clean-air/manage"
      />,
      { user: member },
    );

    await user.click(screen.getByRole('button', { name: 'Leave organisation' }));
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Leave organisation' }),
    );

    expect(await screen.findByText('You are the last owner')).toBeInTheDocument();
    expect(
      screen.getByText(
        'An organisation always needs at least one owner. Make another member owner first, then try again.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Make another member owner' })).toHaveAttribute(
      'href',
      '/organisations/clean-air/manage',
    );
    expect(onLeft).not.toHaveBeenCalled();
  });
});
