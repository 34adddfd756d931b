import { type FeedObjectType, type FeedSource, FeedSources } from './feed-sources';

const source = (type: FeedObjectType): FeedSource => ({
  type,
  visibleSql: () => 'true',
  summaries: async () => new Map(),
});

describe('FeedSources', () => {
  it('lists the sources in type order whatever order they registered in', () => {
    const sources = new FeedSources();
    for (const type of ['tool', 'post', 'funding_call', 'event'] as const) sources.register(source(type));
    expect(sources.all().map((registered) => registered.type)).toEqual([
      'event',
      'funding_call',
      'post',
      'tool',
    ]);
  });

  it('refuses a second source for the same type', () => {
    const sources = new FeedSources();
    sources.register(source('post'));
    expect(() => sources.register(source('post'))).toThrow('post is already a feed source');
  });
});
