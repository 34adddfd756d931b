import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { taxonomy } from '../../../test/fixtures';
import { json, mockApi, problem, renderWithApp } from '../../../test/render';
import { SearchPage } from './search-page';

const result = (overrides: Record<string, unknown> = {}) => ({
  type: 'post',
  id: '0b6f3c52-9a1e-4d59-8f1c-2a7e0c1b9d10',
  slug: 'tree-planting-weekend',
  title: [{ text: 'Tree planting weekend', match: false }],
  snippet: [
    { text: 'Volunteers in ', match: false },
    { text: '<b>Wrocław</b>', match: true },
    { text: ' planted trees.', match: false },
  ],
  language: 'en',
  topics: ['climate-and-environment'],
  countries: ['PL'],
  matchedTopics: ['climate-and-environment'],
  ...overrides,
});

const page = (items: unknown[], nextCursor: string | null = null) => ({
  items,
  nextCursor,
  matchedTopics: ['climate-and-environment'],
  facets: {
    types: [
      { value: 'post', count: 1000, capped: true },
      { value: 'person', count: 3, capped: false },
    ],
    topics: [{ value: 'climate-and-environment', count: 1, capped: false }],
    countries: [{ value: 'PL', count: 1, capped: false }],
  },
});

describe('SearchPage', () => {
  it('asks for a query before searching', async () => {
    mockApi({ 'GET /api/taxonomy': () => json(200, taxonomy) });
    renderWithApp(<SearchPage />, { path: '/search', user: null });
    expect(await screen.findByText('Type a name, a place or a topic to search.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Search' })).toBeInTheDocument();
  });

  it('shows results with their matched words marked as text, the topic reason and capped counts', async () => {
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/search': () => json(200, page([result()])),
    });
    renderWithApp(<SearchPage />, { path: '/search?q=Klimaschutz', user: null });

    const link = await screen.findByRole('link', { name: 'Tree planting weekend' });
    expect(link).toHaveAttribute('href', '/news/tree-planting-weekend');
    const mark = screen.getByText('<b>Wrocław</b>');
    expect(mark.tagName).toBe('MARK');
    expect(document.querySelector('b')).toBeNull();
    expect(screen.getByText(/^Matched topic:/)).toBeInTheDocument();
    expect(screen.getByText(/Your search names a topic/)).toBeInTheDocument();
    const types = screen.getByRole('list', { name: 'Type' });
    expect(within(types).getByRole('button', { name: 'News 1000+' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('narrows to one type from its count, through the address', async () => {
    const user = userEvent.setup();
    const calls = mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/search': () => json(200, page([result()])),
    });
    const { router } = renderWithApp(<SearchPage />, { path: '/search?q=trees', user: null });
    await user.click(await screen.findByRole('button', { name: 'People 3' }));
    expect(router.state.location.search).toBe('?q=trees&type=person');
    await screen.findByRole('link', { name: 'Tree planting weekend' });
    const urls = calls.filter((call) => call.key === 'GET /api/search').map((call) => call.url);
    expect(urls.at(-1)).toContain('type=person');
  });

  it('loads more results after the cursor', async () => {
    const user = userEvent.setup();
    const calls = mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/search': (url) =>
        url.includes('after=')
          ? json(
              200,
              page([
                result({
                  id: '1b6f3c52-9a1e-4d59-8f1c-2a7e0c1b9d11',
                  slug: 'second',
                  title: [{ text: 'Second', match: false }],
                }),
              ]),
            )
          : json(200, page([result()], 'next-page')),
    });
    renderWithApp(<SearchPage />, { path: '/search?q=trees', user: null });
    await user.click(await screen.findByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: 'Second' })).toBeInTheDocument();
    expect(calls.some((call) => call.url.includes('after=next-page'))).toBe(true);
  });

  it('says when nothing matches', async () => {
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/search': () => json(200, { ...page([]), matchedTopics: [] }),
    });
    renderWithApp(<SearchPage />, { path: '/search?q=zzzz', user: null });
    expect(await screen.findByText('Nothing matches “zzzz”.')).toBeInTheDocument();
  });

  it('shows an error with a retry when the search fails', async () => {
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/search': () => problem(503, 'service_unavailable'),
    });
    renderWithApp(<SearchPage />, { path: '/search?q=broken', user: null });
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
