import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FixedAuthorField } from './fixed-author-field';

const field = (author: Parameters<typeof FixedAuthorField>[0]['author'], value = '') =>
  render(
    <FixedAuthorField
      id="author"
      label="Start as"
      hint="Who started it stays."
      selfLabel="Yourself"
      author={author}
      value={value}
    />,
  );

describe('FixedAuthorField', () => {
  it('shows the organisation it was published as, and cannot be changed', () => {
    field(
      {
        person: null,
        organisation: { slug: 'open-data-lab', name: 'Open Data Lab', kind: 'cso', logo: null },
      },
      'open-data-lab',
    );
    const select = screen.getByRole('combobox', { name: 'Start as' });
    expect(select).toBeDisabled();
    expect(select).toHaveDisplayValue('Open Data Lab');
  });

  it('shows the person who published it, or "yourself" when their name is not known', () => {
    field({ person: { handle: 'ana', displayName: 'Ana Silva', avatar: null }, organisation: null });
    expect(screen.getByRole('combobox', { name: 'Start as' })).toHaveDisplayValue('Ana Silva');
  });

  it('says "yourself" when the person is not shown', () => {
    field({ person: null, organisation: null });
    expect(screen.getByRole('combobox', { name: 'Start as' })).toHaveDisplayValue('Yourself');
  });
});
