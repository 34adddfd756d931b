import { hashPassword, isTooCommon, verifyPassword } from './passwords';

describe('isTooCommon', () => {
  it.each([
    'password',
    'PASSWORD',
    'Password',
    'qwertyuiop',
    'iloveyou',
    'password123',
    'password2024!',
    'sunshine!!',
    'football99',
  ])('refuses the leaked password %j and its digit or punctuation variants', (password) => {
    expect(isTooCommon(password)).toBe(true);
  });

  it.each(['aaaaaaaaaaaaaaaa', 'abababababababab', '1111111111111', '............'])(
    'refuses %j, which uses two characters or fewer',
    (password) => {
      expect(isTooCommon(password)).toBe(true);
    },
  );

  it.each(['abcabcabcabc', 'Abc1Abc1Abc1', '123412341234', 'xyzxyzxyzxyz'])(
    'refuses %j, which repeats a short unit',
    (password) => {
      expect(isTooCommon(password)).toBe(true);
    },
  );

  it.each([
    'qwertyuiopas',
    'asdfghjklzxc',
    'ABCDEFGHIJKLM',
    'qwertzuiopas',
    'azertyuiopqs',
    'mnbvcxzlkjhg',
    'qwertyuiopas123!',
  ])('refuses %j, a run along a keyboard row or the alphabet', (password) => {
    expect(isTooCommon(password)).toBe(true);
  });

  it('refuses the email address or its local part as the password', () => {
    expect(isTooCommon('maria.kowalska@example.org', 'maria.kowalska@example.org')).toBe(true);
    expect(isTooCommon('Maria.Kowalska@Example.org', 'maria.kowalska@example.org')).toBe(true);
    expect(isTooCommon('maria.kowalska', 'maria.kowalska@example.org')).toBe(true);
  });

  it.each([
    'lantern-orchard-harbour-42',
    'correct horse battery staple',
    'Zw8#kq2!Lm4@',
    'civic-space-demo-2026',
  ])('accepts %j', (password) => {
    expect(isTooCommon(password)).toBe(false);
  });

  it('accepts a password that merely contains the email address’s local part', () => {
    expect(isTooCommon('maria.kowalska-writes-grants', 'maria.kowalska@example.org')).toBe(false);
  });
});

describe('password hashing', () => {
  it('hashes with argon2id and verifies only the same password', async () => {
    const hash = await hashPassword('lantern-orchard-harbour-42');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await expect(verifyPassword(hash, 'lantern-orchard-harbour-42')).resolves.toBe(true);
    await expect(verifyPassword(hash, 'lantern-orchard-harbour-43')).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    const [first, second] = await Promise.all([
      hashPassword('same-password-1'),
      hashPassword('same-password-1'),
    ]);
    expect(first).not.toBe(second);
  });

  it('answers false, not an error, for a malformed stored hash', async () => {
    await expect(verifyPassword('not-a-hash', 'anything')).resolves.toBe(false);
  });
});
