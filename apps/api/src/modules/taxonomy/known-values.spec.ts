import type { Taxonomy } from '@open-spaces/contracts';
import { knownValuesOf, unknownValueErrors } from './known-values';
import { orderCountries } from './reference/countries';
import { matchesEtag } from './taxonomy.service';

const names = (en: string) => ({ en, de: en, fr: en });
const taxonomy: Taxonomy = {
  topics: [
    { slug: 'youth', names: names('Youth'), retired: false },
    { slug: 'housing', names: names('Housing'), retired: true },
  ],
  countries: [{ code: 'DE', names: names('Germany'), europe: true }],
  languages: [{ code: 'de', names: names('German') }],
  support: [{ slug: 'mentoring', names: names('Mentoring') }],
};
const known = knownValuesOf(taxonomy);

describe('unknownValueErrors', () => {
  it('accepts known values of every kind', () => {
    expect(
      unknownValueErrors(known, {
        topics: { kind: 'topic', value: ['youth'] },
        country: { kind: 'country', value: 'DE' },
        languages: { kind: 'language', value: ['de'] },
        offers: { kind: 'support', value: ['mentoring'] },
      }),
    ).toEqual([]);
  });

  it('names each unknown entry of a list by its index, and a single value by its field', () => {
    expect(
      unknownValueErrors(known, {
        topics: { kind: 'topic', value: ['youth', 'astrology', 'mentoring'] },
        country: { kind: 'country', value: 'ZZ' },
        needs: { kind: 'support', value: ['youth'] },
      }).map((error) => error.field),
    ).toEqual(['topics.1', 'topics.2', 'country', 'needs.0']);
  });

  it('puts the prefix in front of every field name', () => {
    expect(
      unknownValueErrors(known, { languages: { kind: 'language', value: ['xx'] } }, 'press.').map(
        (error) => error.field,
      ),
    ).toEqual(['press.languages.0']);
  });

  it('refuses a retired topic as a new value but keeps one already on the row', () => {
    expect(unknownValueErrors(known, { topics: { kind: 'topic', value: ['housing'] } })).toHaveLength(1);
    expect(
      unknownValueErrors(known, { topics: { kind: 'topic', value: ['housing'], current: ['housing'] } }),
    ).toEqual([]);
  });

  it('skips fields that are absent or null', () => {
    expect(
      unknownValueErrors(known, {
        country: { kind: 'country', value: null },
        topics: { kind: 'topic', value: undefined },
      }),
    ).toEqual([]);
  });
});

describe('orderCountries', () => {
  it('puts Europe first and sorts each group by English name, accents included', () => {
    const country = (code: string, en: string, europe: boolean) => ({ code, names: names(en), europe });
    expect(
      orderCountries([
        country('BR', 'Brazil', false),
        country('TR', 'Türkiye', true),
        country('AX', 'Åland Islands', true),
        country('AR', 'Argentina', false),
        country('AT', 'Austria', true),
      ]).map((entry) => entry.code),
    ).toEqual(['AX', 'AT', 'TR', 'AR', 'BR']);
  });
});

describe('matchesEtag', () => {
  const etag = '"abc"';
  it.each([
    ['"abc"', true],
    ['"x", "abc"', true],
    ['W/"abc"', true],
    ['*', true],
    ['"abcd"', false],
    [undefined, false],
    ['', false],
  ])('If-None-Match %p matches: %p', (header, expected) => {
    expect(matchesEtag(header, etag)).toBe(expected);
  });
});
