import { createHash, randomBytes } from 'node:crypto';

/** A random token for a link or a cookie, and the only form of it we store. */
export function newToken(): { raw: string; hash: string } {
  const raw = randomBytes(32).toString('base64url');
  return { raw, hash: hashToken(raw) };
}

export function hashToken(raw: string): string {
  return createHash('sha256').update(raw).digest('base64url');
}
