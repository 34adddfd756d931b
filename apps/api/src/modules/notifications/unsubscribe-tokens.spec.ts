import { readUnsubscribeToken, unsubscribeToken } from './unsubscribe-tokens';

const SECRET = 'a-secret-of-enough-length-for-tests';
const USER = '0b7c6f3e-1d2a-4c5b-8e9f-a1b2c3d4e5f6';

describe('unsubscribe tokens', () => {
  it('read back who and what they stop', () => {
    const token = unsubscribeToken(SECRET, { userId: USER, scope: 'digest' });
    expect(readUnsubscribeToken(SECRET, token)).toEqual({ userId: USER, scope: 'digest' });
    const kind = unsubscribeToken(SECRET, { userId: USER, scope: 'post_comment' });
    expect(readUnsubscribeToken(SECRET, kind)).toEqual({ userId: USER, scope: 'post_comment' });
  });

  it('are refused when signed with another secret', () => {
    const token = unsubscribeToken('another-secret-entirely-different', { userId: USER, scope: 'digest' });
    expect(readUnsubscribeToken(SECRET, token)).toBeNull();
  });

  it('are refused when their person or scope was changed', () => {
    const token = unsubscribeToken(SECRET, { userId: USER, scope: 'digest' });
    const [, signed] = token.split('.');
    const other = Buffer.from(`${USER.replace('0b7c', '1b7c')}.digest`).toString('base64url');
    expect(readUnsubscribeToken(SECRET, `${other}.${signed}`)).toBeNull();
    const scope = Buffer.from(`${USER}.new_follower`).toString('base64url');
    expect(readUnsubscribeToken(SECRET, `${scope}.${signed}`)).toBeNull();
  });

  it('are refused when malformed', () => {
    for (const token of ['', 'abc', 'a.b.c', '.', `${'x'.repeat(30)}.`]) {
      expect(readUnsubscribeToken(SECRET, token)).toBeNull();
    }
    const unknownScope = Buffer.from(`${USER}.everything`).toString('base64url');
    const signed = unsubscribeToken(SECRET, { userId: USER, scope: 'digest' }).split('.')[1];
    expect(readUnsubscribeToken(SECRET, `${unknownScope}.${signed}`)).toBeNull();
  });
});
