import { parseSeedOptions } from './seed-options';

describe('parseSeedOptions', () => {
  it('reads every count, the activity log’s size included, and leaves the rest at zero', () => {
    expect(
      parseSeedOptions(['--people', '100000', '--organisations', '20000', '--activities', '1_000_000']),
    ).toEqual({
      counts: {
        people: 100_000,
        organisations: 20_000,
        posts: 0,
        events: 0,
        calls: 0,
        activities: 1_000_000,
      },
      seed: undefined,
    });
  });

  it('reads the seed', () => {
    expect(parseSeedOptions(['--people=10', '--seed=42']).seed).toBe(42);
  });

  it('asks for nothing generated when no count is given (the demo data)', () => {
    expect(Object.values(parseSeedOptions([]).counts).every((count) => count === 0)).toBe(true);
  });

  it.each([['-1'], ['1.5'], ['many'], ['']])('refuses %p as a count', (value) => {
    expect(() => parseSeedOptions([`--activities=${value}`])).toThrow('--activities takes a whole number');
  });

  it('refuses an option it does not know', () => {
    expect(() => parseSeedOptions(['--comments', '5'])).toThrow();
  });
});
