import { passwordResetMail, verificationMail } from './mail.templates';

const link = 'https://open-spaces.example/verify-email?token=abc_DEF-123';

describe('mail templates', () => {
  describe('verificationMail', () => {
    const mail = verificationMail('ana@example.org', 'Ana Ionescu', link);

    it('addresses the account holder by name', () => {
      expect(mail.to).toBe('ana@example.org');
      expect(mail.subject).toBe('Confirm your email address for Open Spaces');
      expect(mail.text.split('\n')[0]).toBe('Hello Ana Ionescu,');
    });

    it('carries the link on a line of its own and lists it for the outbox', () => {
      expect(mail.text.split('\n')).toContain(link);
      expect(mail.links).toEqual([link]);
    });

    it('says how long the link works and what to do if it was not asked for', () => {
      expect(mail.text).toContain('48 hours');
      expect(mail.text).toMatch(/did not create an account/);
    });
  });

  describe('passwordResetMail', () => {
    const resetLink = 'https://open-spaces.example/reset-password?token=xyz';
    const mail = passwordResetMail('ana@example.org', 'Ana Ionescu', resetLink);

    it('addresses the account holder and carries the one link', () => {
      expect(mail.to).toBe('ana@example.org');
      expect(mail.subject).toBe('Reset your Open Spaces password');
      expect(mail.text.split('\n')[0]).toBe('Hello Ana Ionescu,');
      expect(mail.text.split('\n')).toContain(resetLink);
      expect(mail.links).toEqual([resetLink]);
    });

    it('says the link works once, for one hour, and that ignoring it is safe', () => {
      expect(mail.text).toMatch(/works once and for one hour/);
      expect(mail.text).toMatch(/ignore this mail: your password stays as it is/);
    });
  });

  it('keeps a display name with unusual characters as it is in plain text', () => {
    const mail = verificationMail('o@example.org', 'Zoë <O’Brien> & Co', link);
    expect(mail.text).toContain('Hello Zoë <O’Brien> & Co,');
  });
});
