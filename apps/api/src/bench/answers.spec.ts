import { describeAnswer } from './answers';

const body = '{"status":"ok","version":"0.1.0"}';
const head = {
  'content-type': 'application/json; charset=utf-8',
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

function response(headers: Record<string, string>, status = 200): Response {
  return new Response(body, { status, headers });
}

describe('describeAnswer', () => {
  it('compares status, content type and body only, unless the headers must match', () => {
    const api = response({ ...head, 'x-request-id': 'Y7zhutGlgcE8pdVE' });
    const bare = response({ 'content-type': head['content-type'] });
    expect(describeAnswer(api, body, false)).toBe(describeAnswer(bare, body, false));
    expect(describeAnswer(api, body, true)).not.toBe(describeAnswer(bare, body, true));
  });

  it('finds the same headers equal whatever the request id and date', () => {
    const one = response({
      ...head,
      'x-request-id': 'Y7zhutGlgcE8pdVE',
      date: 'Wed, 02 Dec 2026 01:00:00 GMT',
    });
    const two = response({
      ...head,
      'x-request-id': 'AAAAbbbbCCCCdd-_',
      date: 'Wed, 02 Dec 2026 01:00:01 GMT',
    });
    expect(describeAnswer(one, body, true)).toBe(describeAnswer(two, body, true));
  });

  it('tells apart a different header value, a missing request id and a different status', () => {
    const reference = describeAnswer(response({ ...head, 'x-request-id': 'Y7zhutGlgcE8pdVE' }), body, true);
    const others = [
      response({ ...head, 'cache-control': 'public', 'x-request-id': 'Y7zhutGlgcE8pdVE' }),
      response(head),
      response({ ...head, 'x-request-id': 'Y7zhutGlgcE8pdVE' }, 201),
    ];
    for (const other of others) expect(describeAnswer(other, body, true)).not.toBe(reference);
  });
});
