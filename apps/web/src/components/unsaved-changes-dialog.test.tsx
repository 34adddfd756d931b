import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../test/render';
import { UnsavedChangesDialog } from './unsaved-changes-dialog';

const Form = ({ dirty }: { dirty: boolean }) => (
  <>
    <Link to="/elsewhere">Go elsewhere</Link>
    <UnsavedChangesDialog dirty={dirty} />
  </>
);

describe('UnsavedChangesDialog', () => {
  it('asks before leaving unsaved changes and stays when asked to', async () => {
    const user = userEvent.setup();
    const { router } = renderWithApp(<Form dirty />, { path: '/form', user: null });
    await user.click(screen.getByRole('link', { name: 'Go elsewhere' }));
    expect(screen.getByRole('alertdialog', { name: 'Leave without saving?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stay on this page' }));
    expect(router.state.location.pathname).toBe('/form');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('leaves when the changes may be lost', async () => {
    const user = userEvent.setup();
    const { router } = renderWithApp(<Form dirty />, { path: '/form', user: null });
    await user.click(screen.getByRole('link', { name: 'Go elsewhere' }));
    await user.click(screen.getByRole('button', { name: 'Leave without saving' }));
    expect(await screen.findByText('Elsewhere')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/elsewhere');
  });

  it('lets a form without changes go at once', async () => {
    const user = userEvent.setup();
    renderWithApp(<Form dirty={false} />, { path: '/form', user: null });
    await user.click(screen.getByRole('link', { name: 'Go elsewhere' }));
    expect(await screen.findByText('Elsewhere')).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });
});
