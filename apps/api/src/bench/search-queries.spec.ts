import { COMMON_WORDS, fixedQueries, TOPIC_WORDS, typo } from './search-queries';

describe('the search benchmark’s queries', () => {
  it('holds at least 180 distinct fixed queries, to which the run adds the corpus’s 20 commonest words', () => {
    const queries = fixedQueries();
    expect(new Set(queries).size).toBe(queries.length);
    expect(queries.length).toBeGreaterThanOrEqual(180);
    expect(queries).toEqual(expect.arrayContaining([...TOPIC_WORDS, ...COMMON_WORDS]));
  });

  it('is the same list on every run', () => {
    expect(fixedQueries()).toEqual(fixedQueries());
  });

  it('types cities without their accents', () => {
    expect(fixedQueries().some((query) => /[^\p{ASCII}]/u.test(query) && /^[A-Z][a-z]+$/.test(query))).toBe(
      false,
    );
  });

  it('makes a typo by dropping a letter from the middle of the longest word', () => {
    expect(typo('Amnesty International')).toBe('Amnesty Interntional');
    expect(typo('Anna Nowak')).toBe('Anna Noak');
  });
});
