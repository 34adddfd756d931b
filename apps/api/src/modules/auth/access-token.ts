import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

const Claims = z.object({
  sub: z.string(),
  sid: z.string(),
  exp: z.number(),
});
export type AccessClaims = z.infer<typeof Claims>;

/**
 * Short-lived access tokens: base64url(JSON claims) "." base64url(HMAC-SHA256). They name
 * the user and the session; the guard still checks that the session is live.
 */
export function signAccessToken(
  claims: Omit<AccessClaims, 'exp'>,
  secret: string,
  ttlSeconds: number,
): string {
  const payload = Buffer.from(
    JSON.stringify({ ...claims, exp: Math.floor(Date.now() / 1000) + ttlSeconds }),
  ).toString('base64url');
  return `${payload}.${sign(payload, secret)}`;
}

export function verifyAccessToken(token: string, secret: string, now = Date.now()): AccessClaims | null {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const claims = Claims.safeParse(parsed);
  if (!claims.success || claims.data.exp * 1000 <= now) return null;
  return claims.data;
}

function sign(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(`open-spaces.access.v1.${payload}`).digest('base64url');
}
