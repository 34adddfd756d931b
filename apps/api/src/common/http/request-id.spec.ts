import { GIVEN_REQUEST_ID, newRequestId, requestIdOf } from './request-id';

describe('request ids', () => {
  it('makes 16-character base64url ids that a proxy could also have sent', () => {
    const id = newRequestId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(GIVEN_REQUEST_ID.test(id)).toBe(true);
  });

  it('never repeats an id, also across refills of its pool of random bytes', () => {
    const ids = new Set<string>();
    // Three refills of a pool of 1024 ids.
    for (let i = 0; i < 3500; i++) ids.add(newRequestId());
    expect(ids.size).toBe(3500);
  });

  it('gives ids with no order to read a request count from', () => {
    const ids = Array.from({ length: 200 }, () => newRequestId());
    expect([...ids].sort()).not.toEqual(ids);
    // Every character position varies, not only the last ones as in a counter.
    for (let position = 0; position < 16; position++) {
      expect(new Set(ids.map((id) => id[position])).size).toBeGreaterThan(10);
    }
  });

  it('keeps an X-Request-Id of 1–64 token characters', () => {
    expect(requestIdOf({ headers: { 'x-request-id': 'edge-7f3a.1' } })).toBe('edge-7f3a.1');
    expect(requestIdOf({ headers: { 'x-request-id': 'a'.repeat(64) } })).toBe('a'.repeat(64));
  });

  it('replaces one that is too long, has other characters, is empty or repeated', () => {
    for (const given of ['a'.repeat(65), 'bad id', 'x\r\nset-cookie: a=b', '', ['one', 'two']]) {
      const id = requestIdOf({ headers: { 'x-request-id': given } });
      expect(id).not.toEqual(given);
      expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    }
    expect(requestIdOf({ headers: {} })).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });
});
