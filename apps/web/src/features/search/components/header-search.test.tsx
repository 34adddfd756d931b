import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, renderWithApp } from '../../../test/render';
import { HeaderSearch } from './header-search';

const suggestions = {
  items: [
    {
      type: 'organisation',
      id: '0b6f3c52-9a1e-4d59-8f1c-2a7e0c1b9d10',
      slug: 'amnesty-pl',
      title: 'Amnesty International Polska',
    },
    { type: 'person', id: '1b6f3c52-9a1e-4d59-8f1c-2a7e0c1b9d11', slug: 'amna-k', title: 'Amna Karimi' },
  ],
};

describe('HeaderSearch', () => {
  it('suggests names as one types, and opens the one chosen with the arrow keys', async () => {
    const user = userEvent.setup();
    mockApi({ 'GET /api/search/suggestions': () => json(200, suggestions) });
    const { router } = renderWithApp(<HeaderSearch />, { path: '/', user: null });

    const box = screen.getByRole('combobox', { name: 'Search Open Spaces' });
    await user.type(box, 'amn');
    expect(await screen.findByRole('option', { name: /Amnesty International Polska/ })).toBeInTheDocument();
    expect(box).toHaveAttribute('aria-expanded', 'true');

    await user.keyboard('{ArrowDown}{ArrowDown}');
    const chosen = screen.getByRole('option', { name: /Amna Karimi/ });
    expect(chosen).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', chosen.id);

    await user.keyboard('{Enter}');
    expect(router.state.location.pathname).toBe('/people/amna-k');
  });

  it('runs the whole search on Enter when nothing is chosen, and closes on Escape', async () => {
    const user = userEvent.setup();
    mockApi({ 'GET /api/search/suggestions': () => json(200, suggestions) });
    const { router } = renderWithApp(<HeaderSearch />, { path: '/', user: null });

    const box = screen.getByRole('combobox', { name: 'Search Open Spaces' });
    await user.type(box, 'amnesty');
    await screen.findByRole('option', { name: /Amnesty International Polska/ });
    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{Enter}');
    expect(router.state.location.pathname).toBe('/search');
    expect(router.state.location.search).toBe('?q=amnesty');
  });
});
