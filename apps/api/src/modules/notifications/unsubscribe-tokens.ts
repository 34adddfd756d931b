import { createHmac, timingSafeEqual } from 'node:crypto';
import { UnsubscribeScope } from '@open-spaces/contracts';

/**
 * The token in a mail's unsubscribe link: who and what it stops, signed with the server's
 * secret so nobody can stop another person's mails. It does not expire: a link in an old
 * mail must still work (RFC 8058), and all it can do is stop mail.
 */
export interface Unsubscribe {
  userId: string;
  scope: UnsubscribeScope;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function signature(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(`unsubscribe:${payload}`).digest();
}

export function unsubscribeToken(secret: string, { userId, scope }: Unsubscribe): string {
  const payload = `${userId}.${scope}`;
  return `${Buffer.from(payload).toString('base64url')}.${signature(secret, payload).toString('base64url')}`;
}

/** What a token stops, or null when it is not one of ours. */
export function readUnsubscribeToken(secret: string, token: string): Unsubscribe | null {
  const [encoded, signed, extra] = token.split('.');
  if (encoded === undefined || signed === undefined || extra !== undefined) return null;
  const payload = Buffer.from(encoded, 'base64url').toString('utf8');
  const expected = signature(secret, payload);
  const given = Buffer.from(signed, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [userId, scope] = payload.split('.');
  const parsed = UnsubscribeScope.safeParse(scope);
  if (userId === undefined || !UUID.test(userId) || !parsed.success) return null;
  return { userId, scope: parsed.data };
}
