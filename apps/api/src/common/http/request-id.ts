import { randomFillSync } from 'node:crypto';

/** What a client or proxy may send as `X-Request-Id` and have kept. */
export const GIVEN_REQUEST_ID = /^[\w.-]{1,64}$/;

/** What `newRequestId()` makes. */
export const NEW_REQUEST_ID = /^[\w-]{16}$/;

/** 96 random bits per id: unguessable, and no count of requests to read off it. */
const ID_BYTES = 12;
/** Every 3 bytes are 4 base64url characters: 16 per id, so ids can be cut from one encoded pool. */
const ID_CHARS = (ID_BYTES / 3) * 4;
const POOL_IDS = 1024;
const pool = Buffer.allocUnsafe(ID_BYTES * POOL_IDS);
let encodedPool = '';
let next = POOL_IDS;

/**
 * A new request id: 16 characters of base64url. Random bytes are drawn and encoded a
 * thousand ids at a time, and each id is a slice of that text: a cost every request pays,
 * about a quarter of `randomUUID()`'s.
 */
export function newRequestId(): string {
  if (next === POOL_IDS) {
    randomFillSync(pool);
    encodedPool = pool.toString('base64url');
    next = 0;
  }
  const start = next * ID_CHARS;
  next += 1;
  return encodedPool.slice(start, start + ID_CHARS);
}

/**
 * A request's id: the `X-Request-Id` it came with when that is 1–64 characters of
 * `[A-Za-z0-9_.-]` (so one id runs from the proxy to our logs), otherwise a new one.
 * Anything else is never echoed: it could smuggle text into logs and headers.
 */
export function requestIdOf(request: { headers: Record<string, string | string[] | undefined> }): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && GIVEN_REQUEST_ID.test(given) ? given : newRequestId();
}
