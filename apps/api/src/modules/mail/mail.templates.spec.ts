import { Locale } from '@open-spaces/contracts';
import { type MailMessage, passwordResetMail, verificationMail } from './mail.templates';

const LOCALES = Locale.options;

const link = 'https://open-spaces.example/verify-email?token=abc_DEF-123';
const resetLink = 'https://open-spaces.example/reset-password?token=xyz';

interface Parts {
  subject: string;
  greeting: string;
  purpose: RegExp;
  validity: string;
  notYou: string;
}

/** The parts every mail has: subject, greeting by name, what the link does, how long, if it was not you. */
function expectParts(mail: MailMessage, expected: Parts): void {
  expect(mail.to).toBe('ana@example.org');
  expect(mail.subject).toBe(expected.subject);
  expect(mail.text.split('\n')[0]).toBe(expected.greeting);
  expect(mail.text).toMatch(expected.purpose);
  expect(mail.text).toContain(expected.validity);
  expect(mail.text).toContain(expected.notYou);
}

describe('mail templates', () => {
  describe('verificationMail', () => {
    it.each([
      {
        locale: 'en',
        subject: 'Confirm your email address for Open Spaces',
        greeting: 'Hello Ana Ionescu,',
        purpose: /confirm your email address by opening this link:$/m,
        validity: 'valid for 48 hours',
        notYou: 'If you did not create an account, you can ignore this mail.',
      },
      {
        locale: 'de',
        subject: 'Bestätige deine E-Mail-Adresse für Open Spaces',
        greeting: 'Hallo Ana Ionescu,',
        purpose: /bestätige deine E-Mail-Adresse, indem du diesen Link öffnest:$/m,
        validity: '48 Stunden gültig',
        notYou: 'Wenn du kein Konto angelegt hast, kannst du diese Mail ignorieren.',
      },
      {
        locale: 'fr',
        subject: 'Confirmez votre adresse e-mail pour Open Spaces',
        greeting: 'Bonjour Ana Ionescu,',
        purpose: /confirmer votre adresse e-mail en ouvrant ce lien :$/m,
        validity: 'valable 48 heures',
        notYou: 'Si vous n’avez pas créé de compte, vous pouvez ignorer ce message.',
      },
    ] as const)(
      'in $locale: greets by name, says what the link does, how long it works and what to do if it was not you',
      (expected) => {
        const mail = verificationMail('ana@example.org', 'Ana Ionescu', link, expected.locale);
        expectParts(mail, expected);
      },
    );

    it.each(LOCALES)('in %s carries the link on a line of its own and lists it for the outbox', (locale) => {
      const mail = verificationMail('ana@example.org', 'Ana Ionescu', link, locale);
      expect(mail.text.split('\n')).toContain(link);
      expect(mail.links).toEqual([link]);
    });
  });

  describe('passwordResetMail', () => {
    it.each([
      {
        locale: 'en',
        subject: 'Reset your Open Spaces password',
        greeting: 'Hello Ana Ionescu,',
        purpose: /reset the password of your Open Spaces account\. To choose a new one, open:$/m,
        validity: 'works once and for one hour',
        notYou: 'If it was not you, ignore this mail: your password stays as it is.',
      },
      {
        locale: 'de',
        subject: 'Setze dein Passwort für Open Spaces zurück',
        greeting: 'Hallo Ana Ionescu,',
        purpose: /Passwort deines Open-Spaces-Kontos zurückzusetzen\. Um ein neues zu wählen, öffne:$/m,
        validity: 'funktioniert einmal und eine Stunde lang',
        notYou: 'Wenn du das nicht warst, ignoriere diese Mail: Dein Passwort bleibt, wie es ist.',
      },
      {
        locale: 'fr',
        subject: 'Réinitialisez votre mot de passe Open Spaces',
        greeting: 'Bonjour Ana Ionescu,',
        purpose: /mot de passe de votre compte Open Spaces\. Pour en choisir un nouveau, ouvrez :$/m,
        validity: 'ne fonctionne qu’une fois et pendant une heure',
        notYou: 'Si ce n’était pas vous, ignorez ce message : votre mot de passe reste inchangé.',
      },
    ] as const)(
      'in $locale: greets by name, says what the link does, how long it works and that ignoring it is safe',
      (expected) => {
        const mail = passwordResetMail('ana@example.org', 'Ana Ionescu', resetLink, expected.locale);
        expectParts(mail, expected);
      },
    );

    it.each(LOCALES)('in %s carries the one link on a line of its own', (locale) => {
      const mail = passwordResetMail('ana@example.org', 'Ana Ionescu', resetLink, locale);
      expect(mail.text.split('\n')).toContain(resetLink);
      expect(mail.links).toEqual([resetLink]);
    });
  });

  it.each(LOCALES)('in %s keeps a display name with unusual characters as it is in plain text', (locale) => {
    const mail = verificationMail('o@example.org', 'Zoë <O’Brien> & Co', link, locale);
    expect(mail.text.split('\n')[0]).toMatch(/^\S+ Zoë <O’Brien> & Co,$/);
  });

  it('writes each language in its own words', () => {
    const texts = LOCALES.map((locale) => verificationMail('a@example.org', 'Ana', link, locale).text);
    expect(new Set(texts).size).toBe(LOCALES.length);
    const subjects = LOCALES.map((locale) => passwordResetMail('a@example.org', 'Ana', link, locale).subject);
    expect(new Set(subjects).size).toBe(LOCALES.length);
  });
});
