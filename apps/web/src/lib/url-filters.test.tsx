import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  peopleFiltersFromParams,
  peopleFiltersToParams,
} from '../features/people/components/people-filters-state';
import { PeopleDirectoryPage } from '../features/people/pages/people-directory-page';
import { taxonomy } from '../test/fixtures';
import { json, mockApi, renderWithApp } from '../test/render';

describe('directory filters in the URL', () => {
  it('reads valid filters and drops ones a hand-edited link got wrong', () => {
    const filters = peopleFiltersFromParams(
      new URLSearchParams('topic=climate&country=de&language=toolong&openToPress=true&q=a&offers=Bad Slug'),
    );
    expect(filters).toEqual({ topic: 'climate', country: 'DE', openToPress: true });
  });

  it('writes filters in a stable order and leaves out empty ones', () => {
    const params = peopleFiltersToParams({
      openToPress: true,
      country: 'PL',
      topic: 'climate',
      q: undefined,
    });
    expect(params.toString()).toBe('topic=climate&country=PL&openToPress=true');
  });

  it('round-trips every filter', () => {
    const filters = {
      q: 'clean air',
      topic: 'climate',
      country: 'PL',
      language: 'pl',
      offers: 'fundraising',
      needs: 'legal-advice',
      openToPress: true,
    };
    expect(peopleFiltersFromParams(peopleFiltersToParams(filters))).toEqual(filters);
  });

  it('puts a chosen filter in the address, asks the API with it, and goes back with Back', async () => {
    const user = userEvent.setup();
    const calls = mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/profiles': () => json(200, { items: [], nextCursor: null }),
    });
    const { router } = renderWithApp(<PeopleDirectoryPage />, { path: '/people?country=DE', user: null });
    const country = await screen.findByLabelText('Country');
    expect(await screen.findByRole('option', { name: 'Poland' })).toBeInTheDocument();
    expect(country).toHaveValue('DE');

    await user.selectOptions(screen.getByLabelText('Topic'), 'climate');
    expect(router.state.location.search).toBe('?topic=climate&country=DE');
    expect(await screen.findByText('No one matches these filters. Try fewer filters.')).toBeInTheDocument();
    const urls = calls.filter((call) => call.key === 'GET /api/profiles').map((call) => call.url);
    expect(urls.at(-1)).toContain('topic=climate&country=DE');

    await act(() => router.navigate(-1));
    expect(router.state.location.search).toBe('?country=DE');
    await waitFor(() => expect(screen.getByLabelText('Topic')).toHaveValue(''));
  });

  it('applies a search on submit and clears all filters at once', async () => {
    const user = userEvent.setup();
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/profiles': () => json(200, { items: [], nextCursor: null }),
    });
    const { router } = renderWithApp(<PeopleDirectoryPage />, { path: '/people?country=DE', user: null });
    await user.type(await screen.findByRole('searchbox', { name: 'Search by name or headline' }), 'ada');
    expect(router.state.location.search).toBe('?country=DE');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(router.state.location.search).toBe('?q=ada&country=DE');
    await user.click(screen.getAllByRole('button', { name: 'Clear all filters' })[0] as HTMLElement);
    expect(router.state.location.search).toBe('');
  });
});
