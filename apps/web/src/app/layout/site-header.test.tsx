import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render';
import { SiteHeader } from './site-header';

function renderHeader(path = '/people') {
  const user = userEvent.setup();
  const view = renderWithApp(
    <>
      <SiteHeader />
      <p>Page content</p>
    </>,
    { path, route: '/:section', user: null },
  );
  return { user, ...view, toggle: screen.getByRole('button', { name: 'Menu' }) };
}

describe('SiteHeader on phones', () => {
  it('closes the menu with Escape and returns focus to the menu button', async () => {
    const { user, toggle } = renderHeader();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    within(screen.getByRole('navigation', { name: 'Main' }))
      .getByRole('link', { name: 'Events' })
      .focus();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('closes the menu when one of its links is chosen, even the current page', async () => {
    const { user, toggle, router } = renderHeader();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await user.click(toggle);
    await user.click(within(nav).getByRole('link', { name: 'Organisations' }));
    expect(router.state.location.pathname).toBe('/organisations');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    await user.click(within(nav).getByRole('link', { name: 'Organisations' }));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes the menu on a click outside it, and keeps it open for the language choice', async () => {
    const { user, toggle } = renderHeader();
    await user.click(toggle);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'en');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByText('Page content'));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});
