import { OptionsError, parseOptions } from './options';

describe('parseOptions', () => {
  it('seeds nothing unless asked, and measures with the defaults', () => {
    expect(parseOptions([], {})).toEqual({
      rounds: 3,
      durationSeconds: 5,
      warmupSeconds: 3,
      connections: 100,
      only: [],
      databaseUrl: undefined,
      scale: undefined,
    });
  });

  it('reads the activity log’s size as the sixth number of --scale', () => {
    expect(parseOptions(['--scale=100_000,20_000,300_000,30_000,5_000,1_000_000'], {}).scale).toEqual({
      people: 100_000,
      organisations: 20_000,
      posts: 300_000,
      events: 30_000,
      calls: 5_000,
      activities: 1_000_000,
    });
  });

  it('leaves out what --scale does not name, BENCH_SCALE included', () => {
    expect(parseOptions([], { BENCH_SCALE: '2000,200,5000' }).scale).toEqual({
      people: 2000,
      organisations: 200,
      posts: 5000,
      events: 0,
      calls: 0,
      activities: 0,
    });
  });

  it.each([['2000'], ['1,2,3,4,5,6,7'], ['2000,many'], ['2000,-1']])('refuses --scale=%s', (scale) => {
    expect(() => parseOptions([`--scale=${scale}`], {})).toThrow(OptionsError);
  });

  it('refuses to seed a database it was given', () => {
    expect(() =>
      parseOptions(['--scale=2000,200'], { BENCH_DATABASE_URL: 'postgres://bench@localhost/bench' }),
    ).toThrow('with BENCH_DATABASE_URL, seed that database first');
  });

  it('reads scenario names and numbers from arguments before the environment', () => {
    const options = parseOptions(['--only=feed-first-page,feed-catch-up', '--connections=10'], {
      BENCH_CONNECTIONS: '50',
      BENCH_ROUNDS: '1',
    });
    expect(options).toMatchObject({ only: ['feed-first-page', 'feed-catch-up'], connections: 10, rounds: 1 });
  });
});
