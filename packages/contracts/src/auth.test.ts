import { describe, expect, it } from 'vitest';
import { ChangePasswordRequest, LoginRequest, RegisterRequest, UpdateMeRequest } from './auth.js';

describe('RegisterRequest', () => {
  it('normalises the email address to trimmed lower case', () => {
    const parsed = RegisterRequest.parse({
      email: '  Ana.Silva@Example.ORG ',
      password: 'a long enough passphrase',
      displayName: ' Ana ',
    });
    expect(parsed.email).toBe('ana.silva@example.org');
    expect(parsed.displayName).toBe('Ana');
  });

  it('names every field that is wrong', () => {
    const result = RegisterRequest.safeParse({ email: 'not-an-email', password: 'short', displayName: '' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'displayName',
      'email',
      'password',
    ]);
  });

  it.each([
    ['11 characters', 'a'.repeat(11), false],
    ['12 characters', 'a'.repeat(12), true],
    ['128 characters', 'a'.repeat(128), true],
    ['129 characters', 'a'.repeat(129), false],
  ])('accepts a password of %s: %s', (_label, password, ok) => {
    const result = RegisterRequest.safeParse({ email: 'a@b.eu', password, displayName: 'A' });
    expect(result.success).toBe(ok);
  });

  it('refuses a display name longer than 80 characters', () => {
    expect(
      RegisterRequest.safeParse({ email: 'a@b.eu', password: 'x'.repeat(12), displayName: 'n'.repeat(81) })
        .success,
    ).toBe(false);
  });
});

describe('LoginRequest', () => {
  it('accepts any non-empty password so old passwords still sign in', () => {
    expect(LoginRequest.safeParse({ email: 'a@b.eu', password: 'short' }).success).toBe(true);
    expect(LoginRequest.safeParse({ email: 'a@b.eu', password: '' }).success).toBe(false);
  });
});

describe('ChangePasswordRequest', () => {
  it('applies the password rules to the new password only', () => {
    expect(
      ChangePasswordRequest.safeParse({ currentPassword: 'old', newPassword: 'a new passphrase' }).success,
    ).toBe(true);
    expect(ChangePasswordRequest.safeParse({ currentPassword: 'old', newPassword: 'short' }).success).toBe(
      false,
    );
  });
});

describe('the mail language', () => {
  const account = { email: 'ana@example.org', password: 'a long enough passphrase', displayName: 'Ana' };

  it('is optional at registration and one of en, de, fr', () => {
    expect(RegisterRequest.parse(account).locale).toBeUndefined();
    expect(RegisterRequest.parse({ ...account, locale: 'fr' }).locale).toBe('fr');
    expect(RegisterRequest.safeParse({ ...account, locale: 'fr-FR' }).success).toBe(false);
  });

  it('is the only field an account holder sends to change their account', () => {
    expect(UpdateMeRequest.parse({ locale: 'de' })).toEqual({ locale: 'de' });
    expect(UpdateMeRequest.safeParse({}).success).toBe(false);
    expect(UpdateMeRequest.safeParse({ locale: 'de', id: 'someone-else' }).success).toBe(false);
  });
});
