import { localeFromAcceptLanguage } from './accept-language';

describe('localeFromAcceptLanguage', () => {
  it.each([
    ['no header', undefined, 'en'],
    ['an empty header', '', 'en'],
    ['German alone', 'de', 'de'],
    ['French with a region', 'fr-CH', 'fr'],
    ['a region in upper case', 'DE-AT', 'de'],
    ['a browser’s usual list', 'fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5', 'fr'],
    ['the highest weight, not the first listed', 'en;q=0.5, de;q=0.9', 'de'],
    ['the first of equal weights', 'de;q=0.8, fr;q=0.8', 'de'],
    ['an unsupported language first', 'pl, de;q=0.8', 'de'],
    ['only unsupported languages', 'pl, es;q=0.8', 'en'],
    ['a language refused with q=0', 'de;q=0, fr;q=0.1', 'fr'],
    ['only refused languages', 'de;q=0', 'en'],
    ['a wildcard alone', '*', 'en'],
    ['spaces around parameters', ' de ; q=0.4 , fr ; q=0.3', 'de'],
    ['an unreadable weight, which is left out', 'de;q=high, fr;q=0.2', 'fr'],
    ['a weight above one, which is left out', 'de;q=2, fr;q=0.2', 'fr'],
    ['three decimals', 'fr;q=0.001, de;q=0.002', 'de'],
    ['garbage', ';;,,;q=,', 'en'],
  ])('answers %s', (_case, header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });

  it('reads only the first ranges of an overlong header', () => {
    const header = `${Array.from({ length: 40 }, () => 'pl').join(', ')}, de`;
    expect(localeFromAcceptLanguage(header)).toBe('en');
  });
});
