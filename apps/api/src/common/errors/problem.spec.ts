import { errorCodes } from '@open-spaces/contracts';
import { problem } from './problem';

describe('problem', () => {
  it('builds RFC 9457 details with a stable type URI derived from the code', () => {
    expect(problem({ status: 404, code: 'not_found', detail: 'Nothing here.' })).toEqual({
      type: 'https://open-spaces.eu/problems/not-found',
      title: 'Not Found',
      status: 404,
      detail: 'Nothing here.',
      code: 'not_found',
    });
  });

  it.each([
    [400, 'Bad Request'],
    [401, 'Unauthorized'],
    [403, 'Forbidden'],
    [405, 'Method Not Allowed'],
    [408, 'Request Timeout'],
    [409, 'Conflict'],
    [410, 'Gone'],
    [413, 'Content Too Large'],
    [414, 'URI Too Long'],
    [415, 'Unsupported Media Type'],
    [429, 'Too Many Requests'],
    [431, 'Request Header Fields Too Large'],
    [500, 'Internal Server Error'],
    [503, 'Service Unavailable'],
  ])('titles status %i as %j', (status, title) => {
    expect(problem({ status, code: 'validation_failed', detail: 'x' }).title).toBe(title);
  });

  it('falls back to a generic title for a status without one', () => {
    expect(problem({ status: 418, code: 'validation_failed', detail: 'x' }).title).toBe('Error');
  });

  it('includes instance, request id and field errors only when given', () => {
    const full = problem({
      status: 400,
      code: 'validation_failed',
      detail: 'The request is not valid: email.',
      instance: '/api/auth/register',
      requestId: 'req-1',
      errors: [{ field: 'email', message: 'Enter a valid email address.', code: 'invalid_format' }],
    });
    expect(full).toMatchObject({
      instance: '/api/auth/register',
      requestId: 'req-1',
      errors: [{ field: 'email', message: 'Enter a valid email address.', code: 'invalid_format' }],
    });
    const bare = problem({ status: 400, code: 'validation_failed', detail: 'x', instance: '' });
    expect(Object.keys(bare).sort()).toEqual(['code', 'detail', 'status', 'title', 'type']);
  });

  it('gives every error code a distinct type URI', () => {
    const types = errorCodes.map((code) => problem({ status: 400, code, detail: 'x' }).type);
    expect(new Set(types).size).toBe(errorCodes.length);
    for (const type of types) expect(type).toMatch(/^https:\/\/open-spaces\.eu\/problems\/[a-z-]+$/);
  });
});
