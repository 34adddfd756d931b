import { scenarios } from './scenarios';

const catchUp = scenarios.find((scenario) => scenario.name === 'feed-catch-up');
const headers = { authorization: 'Bearer token' };

function feedOf(count: number): typeof fetch {
  const items = Array.from({ length: count }, (_, i) => ({ id: String(1000 - i) }));
  return jest.fn(async () => Response.json({ items, nextCursor: null, catchUpCursor: null }));
}

describe('the feed-catch-up scenario', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  it('asks, signed in, for what came after the 30th newest item of the reader’s feed', async () => {
    global.fetch = feedOf(30);
    if (!catchUp || typeof catchUp.path === 'string') throw new Error('no feed-catch-up path to find');
    const path = await catchUp.path('http://api', headers);
    expect(global.fetch).toHaveBeenCalledWith('http://api/api/feed?limit=30', { headers });
    const cursor = decodeURIComponent(path.split('after=')[1] ?? '');
    expect(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))).toEqual(['971']);
    expect(path.startsWith('/api/feed?limit=50&after=')).toBe(true);
  });

  it('refuses a feed with fewer items than that', async () => {
    global.fetch = feedOf(12);
    if (!catchUp || typeof catchUp.path === 'string') throw new Error('no feed-catch-up path to find');
    await expect(catchUp.path('http://api', headers)).rejects.toThrow('has 12 items, fewer than 30');
  });
});

describe('the feed scenarios', () => {
  it('are signed in and compared with the feed baseline', () => {
    const feed = scenarios.filter((scenario) => scenario.name.startsWith('feed-'));
    expect(feed.map((scenario) => [scenario.name, scenario.signedIn, scenario.baseline])).toEqual([
      ['feed-first-page', true, 'feed-server.js'],
      ['feed-catch-up', true, 'feed-server.js'],
    ]);
  });
});
