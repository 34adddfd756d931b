import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startSession } from '../../lib/api-client';
import { member, mockApi, problem, renderWithApp } from '../../test/render';
import { ReportButton } from './report-button';

const receipt = {
  id: '4f1c7a52-9a1e-4d59-8f1c-2a7e0c1b9d10',
  objectType: 'tool',
  objectId: 'a1b2',
  reason: 'hate',
  createdAt: '2026-12-01T10:00:00.000Z',
};

describe('ReportButton', () => {
  it('sends the chosen reason and note, then thanks the reporter', async () => {
    const user = userEvent.setup();
    startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
    const calls = mockApi({ 'POST /api/reports': () => Response.json(receipt, { status: 201 }) });
    renderWithApp(<ReportButton objectType="tool" objectId="a1b2" label="Report this tool" />, {
      user: member,
    });

    await user.click(await screen.findByRole('button', { name: 'Report this tool' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Report this tool' });
    await user.click(within(dialog).getByLabelText('Hate speech'));
    await user.type(within(dialog).getByLabelText('Note for the moderators'), 'Slurs in the description');
    await user.click(within(dialog).getByRole('button', { name: 'Send report' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Thank you. The moderators will look at it.');
    expect(calls.map((call) => call.key)).toEqual(['POST /api/reports']);
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({
      objectType: 'tool',
      objectId: 'a1b2',
      reason: 'hate',
      note: 'Slurs in the description',
    });
  });

  it('says so when the person already reported it', async () => {
    const user = userEvent.setup();
    startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
    mockApi({ 'POST /api/reports': () => problem(409, 'already_reported') });
    renderWithApp(<ReportButton objectType="tool" objectId="a1b2" label="Report this tool" />, {
      user: member,
    });
    await user.click(await screen.findByRole('button', { name: 'Report this tool' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Send report' }));
    expect(await screen.findByRole('status')).toHaveTextContent('You have already reported this.');
  });

  it('is not shown to people who are signed out', () => {
    mockApi({});
    renderWithApp(<ReportButton objectType="tool" objectId="a1b2" label="Report this tool" />);
    expect(screen.queryByRole('button', { name: 'Report this tool' })).not.toBeInTheDocument();
  });
});
