import { z } from 'zod';
import { AppException } from '../errors/app.exception';
import { unstorableTextPath } from '../validation/storable-text';

/**
 * Keyset cursors: the sort key of the last row of a page, as opaque base64url JSON.
 * A list query continues strictly after it, so pages stay stable while rows are added.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<T extends z.ZodType>(
  cursor: string | undefined,
  shape: T,
  field = 'after',
): z.infer<T> | undefined {
  if (cursor === undefined) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor(field);
  }
  // A cursor is made by us, but it comes back from the client: what it holds goes into
  // SQL only once it is exactly the shape the list writes.
  const parsed = shape.safeParse(raw);
  if (!parsed.success || unstorableTextPath(parsed.data)) throw invalidCursor(field);
  return parsed.data;
}

/** A page request once the contract has checked it: the cursor to continue after, and the size. */
export interface PageRequest {
  after?: string;
  limit: number;
}

/** Takes `limit + 1` rows and returns one page of them with the cursor of the next. */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  toItem: (row: Row) => Item,
  keyOf: (row: Row) => readonly (string | number)[],
): { items: Item[]; nextCursor: string | null } {
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  return { items: pageRows.map(toItem), nextCursor: more && last ? encodeCursor(keyOf(last)) : null };
}

function invalidCursor(field: string) {
  return new AppException(
    400,
    'validation_failed',
    'The page cursor is not valid; start from the first page.',
    {
      errors: [{ field, code: 'invalid_cursor', message: 'The page cursor is not valid.' }],
    },
  );
}

/** The usual key: a text sort column and the row id as a tie-breaker. */
export const NameIdKey = z.tuple([z.string(), z.guid()]);

const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2}) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?[+-](0\d|1[0-5])(:[0-5]\d)?$/;

/**
 * A `timestamptz` as PostgreSQL writes it as text (`2026-12-01 09:30:00.123+00`), with a
 * date that exists and an offset PostgreSQL accepts.
 */
export const PgTimestamp = z.string().refine((text) => {
  const match = TIMESTAMP.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
});

/** The key of a newest-first list: when the row was made (microseconds kept) and its id. */
const TimeIdKey = z.tuple([PgTimestamp, z.guid()]);

/** Where a newest-first list continues: after the row made at `at` with id `id`. */
export interface TimeIdPosition {
  at: string;
  id: string;
}

/** Reads the cursor of a newest-first list, written from its last row's (time, id). */
export function decodeTimeIdCursor(cursor: string | undefined): TimeIdPosition | undefined {
  const key = decodeCursor(cursor, TimeIdKey);
  return key && { at: key[0], id: key[1] };
}
