import { CANDIDATE_SET_MAX_AGE_MS, fillsPage, isUsable, traitsKey } from './candidate-sets';

describe('traitsKey', () => {
  it('is the same whatever the order of names and of list items', () => {
    expect(traitsKey({ offers: ['a', 'b'], country: 'PL' })).toBe(
      traitsKey({ country: 'PL', offers: ['b', 'a'] }),
    );
  });

  it('changes when a trait changes', () => {
    const before = traitsKey({ offers: ['a'], needs: [], country: 'PL', city: null });
    expect(traitsKey({ offers: ['a'], needs: ['b'], country: 'PL', city: null })).not.toBe(before);
    expect(traitsKey({ offers: ['a'], needs: [], country: 'DE', city: null })).not.toBe(before);
    expect(traitsKey({ offers: ['a'], needs: [], country: 'PL', city: 'Kraków' })).not.toBe(before);
  });

  it('tells an empty list from a missing value and moved items from one trait to another', () => {
    expect(traitsKey({ city: null })).not.toBe(traitsKey({ city: [] }));
    expect(traitsKey({ offers: ['a'], needs: [] })).not.toBe(traitsKey({ offers: [], needs: ['a'] }));
  });
});

describe('isUsable', () => {
  const now = new Date('2026-12-04T12:00:00Z');
  const stored = (ageMs: number, key = 'k') => ({
    traitsKey: key,
    computedAt: new Date(now.getTime() - ageMs),
  });

  it('uses a set made for the same traits within the hour', () => {
    expect(isUsable(stored(0), 'k', now)).toBe(true);
    expect(isUsable(stored(CANDIDATE_SET_MAX_AGE_MS - 1), 'k', now)).toBe(true);
  });

  it('does not use a set an hour old, one made for other traits, or none', () => {
    expect(isUsable(stored(CANDIDATE_SET_MAX_AGE_MS), 'k', now)).toBe(false);
    expect(isUsable(stored(0, 'other'), 'k', now)).toBe(false);
    expect(isUsable(null, 'k', now)).toBe(false);
  });
});

describe('fillsPage', () => {
  it('accepts a set that still fills the page after exclusions', () => {
    expect(fillsPage(58, 60, 20)).toBe(true);
    expect(fillsPage(20, 60, 20)).toBe(true);
  });

  it('accepts a small set that lost nothing', () => {
    expect(fillsPage(3, 3, 20)).toBe(true);
    expect(fillsPage(0, 0, 20)).toBe(true);
  });

  it('refuses a set that can no longer fill what it used to', () => {
    expect(fillsPage(19, 60, 20)).toBe(false);
    expect(fillsPage(2, 3, 20)).toBe(false);
  });
});
