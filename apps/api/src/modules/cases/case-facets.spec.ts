import { facetsOf } from './case-facets';
import { FACET_WINDOW, type FacetRow } from './cases.repository';

describe('facetsOf', () => {
  it('gives empty counts when nothing matched', () => {
    expect(facetsOf([{ facet: 'total', value: '', count: 0 }])).toEqual({
      total: 0,
      capped: false,
      methods: [],
      scopes: [],
      countries: [],
      iap2Levels: [],
      topics: [],
      languages: [],
    });
  });

  it('sorts each facet by count, then by value', () => {
    const rows: FacetRow[] = [
      { facet: 'total', value: '', count: 5 },
      { facet: 'methods', value: 'petition', count: 1 },
      { facet: 'methods', value: 'hackathon', count: 3 },
      { facet: 'methods', value: 'consultation', count: 1 },
      { facet: 'countries', value: 'DE', count: 5 },
    ];
    const facets = facetsOf(rows);
    expect(facets.methods).toEqual([
      { value: 'hackathon', count: 3 },
      { value: 'consultation', count: 1 },
      { value: 'petition', count: 1 },
    ]);
    expect(facets.countries).toEqual([{ value: 'DE', count: 5 }]);
    expect(facets).toMatchObject({ total: 5, capped: false });
  });

  it('says "at least" when more cases matched than the window holds', () => {
    const facets = facetsOf([
      { facet: 'total', value: '', count: FACET_WINDOW + 1 },
      { facet: 'scopes', value: 'local', count: FACET_WINDOW + 1 },
    ]);
    expect(facets).toMatchObject({
      total: FACET_WINDOW,
      capped: true,
      scopes: [{ value: 'local', count: FACET_WINDOW }],
    });
  });

  it('keeps the facets apart', () => {
    const facets = facetsOf([
      { facet: 'total', value: '', count: 1 },
      { facet: 'topics', value: 'youth', count: 1 },
      { facet: 'languages', value: 'fr', count: 1 },
      { facet: 'iap2Levels', value: 'empower', count: 1 },
    ]);
    expect(facets.topics).toEqual([{ value: 'youth', count: 1 }]);
    expect(facets.languages).toEqual([{ value: 'fr', count: 1 }]);
    expect(facets.iap2Levels).toEqual([{ value: 'empower', count: 1 }]);
    expect(facets.methods).toEqual([]);
  });
});
