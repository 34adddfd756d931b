import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FilterBar, FilterSelect } from './filter-bar';

const renderBar = (active: boolean) =>
  render(
    <FilterBar
      id="people"
      searchLabel="Search"
      query={undefined}
      onSearch={vi.fn()}
      onClear={vi.fn()}
      active={active}
    >
      <label>
        Topic
        <select />
      </label>
    </FilterBar>,
  );

describe('FilterBar', () => {
  it('folds the filters behind a button that says whether they are open', async () => {
    const user = userEvent.setup();
    renderBar(false);
    const toggle = screen.getByRole('button', { name: 'Show filters' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveAttribute('aria-controls', 'people-filters');
    await user.click(toggle);
    expect(screen.getByRole('button', { name: 'Hide filters' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('tells that folded filters are in use', () => {
    renderBar(true);
    expect(screen.getByText('Filters in use')).toBeInTheDocument();
  });
});

describe('FilterSelect', () => {
  const options = [
    { value: 'climate', label: 'Climate' },
    { value: 'housing', label: 'Housing' },
  ];

  it('shows "Any" while the filter is off and reports a chosen value', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<FilterSelect id="topic" label="Topic" options={options} value={undefined} onChange={onChange} />);
    const select = screen.getByLabelText('Topic');
    expect(select).toHaveValue('');
    expect(screen.getByRole('option', { name: 'Any' })).toBeInTheDocument();
    await user.selectOptions(select, 'housing');
    expect(onChange).toHaveBeenLastCalledWith('housing');
  });

  it('turns the filter off when "Any" is chosen again', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<FilterSelect id="topic" label="Topic" options={options} value="climate" onChange={onChange} />);
    expect(screen.getByLabelText('Topic')).toHaveValue('climate');
    await user.selectOptions(screen.getByLabelText('Topic'), 'Any');
    expect(onChange).toHaveBeenLastCalledWith(undefined);
  });
});
