import { createHmac } from 'node:crypto';
import { signAccessToken, verifyAccessToken } from './access-token';

const SECRET = 'unit-secret-unit-secret-unit-secret-0123';
const claims = { sub: '7d1f3a52-3c0e-4f59-9d0e-2b3e4c5d6e7f', sid: '0b9c8d7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e' };

function forge(payload: unknown, secret = SECRET): string {
  const encoded = Buffer.from(JSON.stringify(payload)).toString('base64url');
  const signature = createHmac('sha256', secret)
    .update(`open-spaces.access.v1.${encoded}`)
    .digest('base64url');
  return `${encoded}.${signature}`;
}

describe('access tokens', () => {
  it('round-trips the user and session of a fresh token', () => {
    const token = signAccessToken(claims, SECRET, 900);
    const verified = verifyAccessToken(token, SECRET);
    expect(verified).toMatchObject(claims);
    expect(verified?.exp).toBe(Math.floor(Date.now() / 1000) + 900);
  });

  it('is two base64url parts and carries no secret', () => {
    const token = signAccessToken(claims, SECRET, 60);
    expect(token).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString()).not.toContain(SECRET);
  });

  it('refuses a token signed with another secret', () => {
    const token = signAccessToken(claims, 'another-secret-another-secret-another', 900);
    expect(verifyAccessToken(token, SECRET)).toBeNull();
  });

  it('refuses a token whose claims were changed after signing', () => {
    const token = signAccessToken(claims, SECRET, 900);
    const [, signature] = token.split('.');
    const changed = Buffer.from(
      JSON.stringify({ ...claims, sub: 'ffffffff-ffff-4fff-bfff-ffffffffffff', exp: 9_999_999_999 }),
    ).toString('base64url');
    expect(verifyAccessToken(`${changed}.${signature}`, SECRET)).toBeNull();
  });

  it('refuses a token whose signature was changed', () => {
    const token = signAccessToken(claims, SECRET, 900);
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    expect(verifyAccessToken(`${token.slice(0, -1)}${last}`, SECRET)).toBeNull();
    expect(verifyAccessToken(`${token}A`, SECRET)).toBeNull();
  });

  it('refuses a token from the moment it expires', () => {
    const token = signAccessToken(claims, SECRET, 60);
    const exp = verifyAccessToken(token, SECRET)?.exp ?? 0;
    expect(verifyAccessToken(token, SECRET, exp * 1000 - 1)).not.toBeNull();
    expect(verifyAccessToken(token, SECRET, exp * 1000)).toBeNull();
    expect(verifyAccessToken(signAccessToken(claims, SECRET, -1), SECRET)).toBeNull();
  });

  it.each([
    ['an empty string', ''],
    ['one part', 'abc'],
    ['an empty signature', 'abc.'],
    ['an empty payload', '.abc'],
    ['three parts', 'a.b.c'],
    ['a JWT-looking string', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.'],
  ])('refuses a malformed token: %s', (_case, token) => {
    expect(verifyAccessToken(token, SECRET)).toBeNull();
  });

  it('refuses a correctly signed payload that is not JSON', () => {
    const encoded = Buffer.from('not json').toString('base64url');
    const signature = createHmac('sha256', SECRET)
      .update(`open-spaces.access.v1.${encoded}`)
      .digest('base64url');
    expect(verifyAccessToken(`${encoded}.${signature}`, SECRET)).toBeNull();
  });

  it.each([
    ['without a session', { sub: claims.sub, exp: 9_999_999_999 }],
    ['without a user', { sid: claims.sid, exp: 9_999_999_999 }],
    ['without an expiry', { ...claims }],
    ['with a text expiry', { ...claims, exp: '9999999999' }],
    ['that is an array', [claims.sub, claims.sid]],
  ])('refuses correctly signed claims %s', (_case, payload) => {
    expect(verifyAccessToken(forge(payload), SECRET)).toBeNull();
  });

  it('accepts correctly signed well-formed claims, which shows the forged cases fail on content', () => {
    expect(verifyAccessToken(forge({ ...claims, exp: 9_999_999_999 }), SECRET)).toMatchObject(claims);
  });
});
