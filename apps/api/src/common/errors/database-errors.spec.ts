import { isDatabaseUnavailable, isUniqueViolation } from './database-errors';

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', { code: 'ECONNREFUSED' }],
    ['a reset connection', { code: 'ECONNRESET' }],
    ['an unknown host', { code: 'ENOTFOUND' }],
    ['a connection exception class 08', { code: '08006' }],
    ['an administrator shutdown', { code: '57P01' }],
    ['a crash shutdown', { code: '57P02' }],
    ['a server starting up', { code: '57P03' }],
    ['too many connections', { code: '53300' }],
    ['a database not accepting connections', { code: '55000' }],
    ['a missing database', { code: '3D000' }],
    ['a terminated connection', new Error('Connection terminated unexpectedly')],
    ['a pool timeout', new Error('timeout exceeded when trying to connect')],
    ['an ended pool', new Error('Cannot use a pool after calling end on the pool')],
  ])('recognises %s', (_case, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('looks through a TypeORM driverError and an error cause', () => {
    expect(isDatabaseUnavailable({ message: 'Query failed', driverError: { code: '57P01' } })).toBe(true);
    expect(isDatabaseUnavailable(new Error('wrapped', { cause: { code: 'ECONNREFUSED' } }))).toBe(true);
  });

  it('stops looking after a few levels of nesting', () => {
    let error: { code?: string; cause?: unknown } = { code: 'ECONNREFUSED' };
    for (let level = 0; level < 5; level++) error = { cause: error };
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it.each([
    ['a unique violation', { code: '23505' }],
    ['a syntax error', { code: '42601' }],
    ['a plain error', new Error('Something else broke')],
    ['a string', 'Connection terminated'],
    ['null', null],
    ['undefined', undefined],
    ['a number code', { code: 8006 }],
  ])('does not mistake %s for an outage', (_case, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe('isUniqueViolation', () => {
  it('matches a unique violation on the named constraint, directly or inside driverError', () => {
    expect(isUniqueViolation({ code: '23505', constraint: 'users_email_key' }, 'users_email_key')).toBe(true);
    expect(
      isUniqueViolation({ driverError: { code: '23505', constraint: 'users_email_key' } }, 'users_email_key'),
    ).toBe(true);
  });

  it('does not match another constraint or another error', () => {
    expect(isUniqueViolation({ code: '23505', constraint: 'other_key' }, 'users_email_key')).toBe(false);
    expect(isUniqueViolation({ code: '23503', constraint: 'users_email_key' }, 'users_email_key')).toBe(
      false,
    );
  });
});
