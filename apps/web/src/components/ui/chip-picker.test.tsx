import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ChipPicker } from './chip-picker';

const options = [
  { value: 'climate', label: 'Climate' },
  { value: 'health', label: 'Health' },
  { value: 'youth', label: 'Youth' },
];

function Harness({
  max,
  initial = [],
  collapsible,
}: {
  max?: number;
  initial?: string[];
  collapsible?: boolean;
}) {
  const [selected, setSelected] = useState<string[]>(initial);
  return (
    <>
      <button type="button">Before</button>
      <ChipPicker
        id="topics"
        legend="Topics"
        options={options}
        selected={selected}
        onChange={setSelected}
        max={max}
        collapsible={collapsible}
      />
      <button type="button">After</button>
    </>
  );
}

describe('ChipPicker', () => {
  it('is a named group of toggle buttons', () => {
    render(<Harness initial={['health']} />);
    expect(screen.getByRole('group', { name: 'Topics' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Health' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Climate' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('takes one Tab stop and moves with the arrow keys, Home and End', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    expect(screen.getByRole('button', { name: 'Climate' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Health' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('button', { name: 'Youth' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Climate' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('button', { name: 'Youth' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('button', { name: 'Climate' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
  });

  it('comes back by Tab to the chip last used', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    await user.tab();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Youth' })).toHaveFocus();
  });

  it('chooses and unchooses with Space and Enter', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Climate' })).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Climate' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('stops at the maximum and says so', async () => {
    const user = userEvent.setup();
    render(<Harness max={1} />);
    await user.click(screen.getByRole('button', { name: 'Climate' }));
    await user.click(screen.getByRole('button', { name: 'Health' }));
    expect(screen.getByRole('button', { name: 'Health' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: 'Health' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText(/You chose the most allowed \(1\)/)).toBeInTheDocument();
  });

  it('collapsed, shows only the chosen values until the list is opened', async () => {
    const user = userEvent.setup();
    render(<Harness initial={['health']} collapsible />);
    expect(screen.getAllByRole('button', { pressed: true }).map((chip) => chip.textContent)).toEqual([
      'Health',
    ]);
    expect(screen.queryByRole('button', { name: 'Climate' })).not.toBeInTheDocument();

    const toggle = screen.getByRole('button', { name: 'Add or remove' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(screen.getByRole('button', { name: 'Done' })).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('button', { name: 'Climate' }));
    await user.click(screen.getByRole('button', { name: 'Done' }));

    expect(screen.getAllByRole('button', { pressed: true }).map((chip) => chip.textContent)).toEqual([
      'Climate',
      'Health',
    ]);
    expect(screen.queryByRole('button', { name: 'Youth' })).not.toBeInTheDocument();
  });

  it('collapsed with nothing chosen, says so and offers to choose', () => {
    render(<Harness collapsible />);
    expect(screen.getByText('None chosen yet.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Choose' })).toHaveAttribute('id', 'topics');
  });
});
