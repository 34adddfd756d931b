import { MARK_END, MARK_START, prefixTsquery } from './search.sql';
import { compareMatches, facetOf, highlighted, type MatchRow, pageOf } from './search-results';

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function row(n: number, rank: number, overrides: Partial<MatchRow> = {}): MatchRow {
  return {
    type: 'post',
    id: ID(n),
    topics: [],
    countries: [],
    rank,
    matched_topics: [],
    capped: false,
    page: null,
    ...overrides,
  };
}

describe('ranking and pages of matches', () => {
  it('orders best first, then by type and id, so equal ranks have one order', () => {
    const rows = [row(2, 0.5), row(1, 0.5), row(3, 0.9), row(4, 0.5, { type: 'event' })];
    expect(rows.sort(compareMatches).map((r) => [r.type, r.id])).toEqual([
      ['post', ID(3)],
      ['event', ID(4)],
      ['post', ID(1)],
      ['post', ID(2)],
    ]);
  });

  it('orders types and ids by their bytes, as the statement pages them', () => {
    const rows = [
      row(1, 0.5, { type: 'funding_call' }),
      row(2, 0.5, { type: 'event' }),
      row(3, 0.5, { type: 'funding_call', id: 'f0000000-0000-4000-8000-000000000000' }),
    ];
    expect(rows.sort(compareMatches).map((r) => r.id)).toEqual([
      ID(2),
      ID(1),
      'f0000000-0000-4000-8000-000000000000',
    ]);
  });

  it('takes the page as the rows the statement detailed, best first', () => {
    const detail = { slug: 's', language: 'en', title: 't', snippet: null };
    const rows = [row(1, 0.5, { page: detail }), row(2, 0.9), row(3, 0.7, { page: detail })];
    expect(pageOf(rows).map((r) => r.id)).toEqual([ID(3), ID(1)]);
  });
});

describe('facets', () => {
  it('counts each value once per row, most first, and says "at least" when a window was cut', () => {
    const rows = [
      row(1, 1, { countries: ['DE', 'DE', 'FR'] }),
      row(2, 1, { countries: ['DE'], capped: true }),
      row(3, 1, { countries: ['AT'] }),
    ];
    expect(facetOf(rows, (r) => r.countries)).toEqual([
      { value: 'DE', count: 2, capped: true },
      { value: 'AT', count: 1, capped: false },
      { value: 'FR', count: 1, capped: false },
    ]);
  });

  it('keeps the twelve largest values', () => {
    const rows = Array.from({ length: 20 }, (_, n) => row(n, 1, { topics: [`topic-${n}`] }));
    expect(facetOf(rows, (r) => r.topics)).toHaveLength(12);
  });
});

describe('highlighted text', () => {
  it('cuts text at the markers into plain and matched pieces', () => {
    expect(highlighted(`In ${MARK_START}Wrocław${MARK_END} and ${MARK_START}Kraków${MARK_END}`)).toEqual([
      { text: 'In ', match: false },
      { text: 'Wrocław', match: true },
      { text: ' and ', match: false },
      { text: 'Kraków', match: true },
    ]);
    expect(highlighted('')).toEqual([]);
    expect(highlighted('<b>not markup</b>')).toEqual([{ text: '<b>not markup</b>', match: false }]);
  });
});

describe('prefix queries', () => {
  it('keeps letters and digits only, every word whole but the last', () => {
    expect(prefixTsquery('Agnieszka Kow')).toBe('agnieszka:A & kow:*A');
    expect(prefixTsquery("Wrocław's & (x) | !y:*")).toBe('wrocław:A & s:A & x:A & y:*A');
    expect(prefixTsquery('!! ')).toBe('');
  });

  it('takes at most eight words', () => {
    expect(prefixTsquery('a b c d e f g h i j').split(' & ')).toHaveLength(8);
  });
});
