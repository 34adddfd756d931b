import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { myProfile, taxonomy } from '../../../test/fixtures';
import { json, mockApi, renderWithApp } from '../../../test/render';
import { OnboardingSteps } from './onboarding-steps';

function setup(onSave = vi.fn(async () => undefined)) {
  mockApi({ 'GET /api/taxonomy': () => json(200, taxonomy) });
  const onDone = vi.fn();
  renderWithApp(<OnboardingSteps profile={myProfile} onSave={onSave} onDone={onDone} />, { user: null });
  return { onSave, onDone };
}

describe('OnboardingSteps', () => {
  it('walks through six steps, moves focus to each question, and saves once at the end', async () => {
    const user = userEvent.setup();
    const { onSave, onDone } = setup();
    expect(screen.getByText('Step 1 of 6')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Human rights' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));

    expect(screen.getByRole('heading', { name: 'Where are you based?' })).toHaveFocus();
    expect(screen.getByText('Step 2 of 6')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Country'), 'DE');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    expect(screen.getByRole('heading', { name: 'Which languages do you work in?' })).toHaveFocus();
    await user.type(screen.getByRole('searchbox'), 'pol');
    await user.click(screen.getByRole('button', { name: 'Polish' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Fundraising' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Legal advice' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));

    expect(screen.getByRole('heading', { name: 'Who may see your profile?' })).toHaveFocus();
    await user.click(screen.getByRole('radio', { name: 'Everyone' }));
    expect(onSave).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Finish' }));

    expect(onSave).toHaveBeenCalledExactlyOnceWith({
      topics: ['human-rights'],
      country: 'DE',
      languages: ['pl'],
      offers: ['fundraising'],
      needs: ['legal-advice'],
      visibility: 'public',
      onboarded: true,
    });
    expect(onDone).toHaveBeenCalledOnce();
  });

  it('keeps answers when going back', async () => {
    const user = userEvent.setup();
    setup();
    await user.click(await screen.findByRole('button', { name: 'Media freedom' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { name: 'What do you work on?' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Media freedom' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('skips the whole flow by marking the profile onboarded only', async () => {
    const user = userEvent.setup();
    const { onSave, onDone } = setup();
    await user.click(await screen.findByRole('button', { name: 'Human rights' }));
    await user.click(screen.getByRole('button', { name: 'Skip for now' }));
    expect(onSave).toHaveBeenCalledExactlyOnceWith({ onboarded: true });
    expect(onDone).toHaveBeenCalledOnce();
  });

  it('stays on the step and explains when saving fails', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(async () => {
      throw new ApiError({ status: 503, code: 'service_unavailable', detail: 'down' });
    });
    const { onDone } = setup(onSave);
    await user.click(await screen.findByRole('button', { name: 'Skip for now' }));
    expect(await screen.findByText(/briefly unavailable/)).toBeInTheDocument();
    expect(onDone).not.toHaveBeenCalled();
  });
});
