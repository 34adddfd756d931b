import { z } from 'zod';
import { AppException } from '../errors/app.exception';
import { decodeCursor, encodeCursor, NameIdKey, PgTimestamp } from './cursor';

const ID = '3f1c2a9e-8b7d-4c6e-9a5f-1b2c3d4e5f60';
const handMade = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');

function refusal(run: () => unknown): AppException {
  try {
    run();
  } catch (error) {
    if (error instanceof AppException) return error;
    throw error;
  }
  throw new Error('expected the cursor to be refused');
}

describe('page cursors', () => {
  it('reads back what a list wrote', () => {
    expect(decodeCursor(encodeCursor(['Anna Nowak', ID]), NameIdKey)).toEqual(['Anna Nowak', ID]);
    expect(decodeCursor(undefined, NameIdKey)).toBeUndefined();
  });

  it('refuses garbage, another shape and a row id that is not one, as invalid_cursor', () => {
    for (const cursor of ['%%%', handMade({ a: 1 }), handMade(['abc', 'not-a-uuid']), handMade(['abc'])]) {
      const error = refusal(() => decodeCursor(cursor, NameIdKey));
      expect(error.status).toBe(400);
      expect(error.extra.errors?.[0]?.code).toBe('invalid_cursor');
    }
  });

  it('refuses a cursor holding text the database cannot take', () => {
    const error = refusal(() => decodeCursor(handMade(['a\u0000', ID]), NameIdKey));
    expect(error.extra.errors?.[0]).toMatchObject({ field: 'after', code: 'invalid_cursor' });
    refusal(() => decodeCursor(handMade(['a\ud800', ID]), z.tuple([z.string(), z.guid()])));
  });
});

describe('PostgreSQL timestamps in cursors', () => {
  it('accepts what PostgreSQL writes: fractions, offsets, a leap day', () => {
    for (const text of [
      '2026-12-01 09:30:00+00',
      '2026-12-01 09:30:00.123456+00',
      '2024-02-29 23:59:59.5-03',
      '2026-06-30 12:00:00+05:30',
    ]) {
      expect(PgTimestamp.safeParse(text).success).toBe(true);
    }
  });

  it('refuses dates that do not exist, times out of range and offsets PostgreSQL rejects', () => {
    for (const text of [
      '2024-99-99 99:99:99+00',
      '2023-02-29 10:00:00+00',
      '2026-04-31 10:00:00+00',
      '2026-12-01 24:00:00+00',
      '2026-12-01 10:00:00+99',
      '2026-12-01T10:00:00Z',
      '0000-01-01 10:00:00+00',
    ]) {
      expect(PgTimestamp.safeParse(text).success).toBe(false);
    }
  });
});
