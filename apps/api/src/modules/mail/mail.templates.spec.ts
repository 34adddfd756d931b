import { Locale } from '@open-spaces/contracts';
import { type MailMessage, passwordResetMail, signUpAttemptMail, verificationMail } from './mail.templates';

const LOCALES = Locale.options;

const link = 'https://open-spaces.example/verify-email?token=abc_DEF-123';
const resetLink = 'https://open-spaces.example/reset-password?token=xyz';
const wayBack = {
  signIn: 'https://open-spaces.example/sign-in',
  resetPassword: 'https://open-spaces.example/forgot-password',
};

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

  describe('signUpAttemptMail', () => {
    it.each([
      {
        locale: 'en',
        subject: 'Someone tried to create an Open Spaces account with your address',
        greeting: 'Hello Ana Ionescu,',
        what: /^Someone tried to create a new Open Spaces account with this email address\. .*nothing was created or changed\.$/m,
        signIn: 'If it was you, you can sign in here:',
        resetPassword: 'If you have forgotten your password, choose a new one here:',
        notYou: 'If it was not you, you can ignore this mail: your account stays as it is',
      },
      {
        locale: 'de',
        subject: 'Jemand wollte mit deiner Adresse ein Open-Spaces-Konto anlegen',
        greeting: 'Hallo Ana Ionescu,',
        what: /^jemand wollte mit dieser E-Mail-Adresse ein neues Open-Spaces-Konto anlegen\. .*nichts angelegt oder geändert\.$/m,
        signIn: 'Wenn du das warst, kannst du dich hier anmelden:',
        resetPassword: 'Wenn du dein Passwort vergessen hast, wähle hier ein neues:',
        notYou: 'Wenn du das nicht warst, kannst du diese Mail ignorieren: Dein Konto bleibt, wie es ist',
      },
      {
        locale: 'fr',
        subject: 'Quelqu’un a essayé de créer un compte Open Spaces avec votre adresse',
        greeting: 'Bonjour Ana Ionescu,',
        what: /^Quelqu’un a essayé de créer un nouveau compte Open Spaces avec cette adresse e-mail\. .*rien n’a été créé ni modifié\.$/m,
        signIn: 'Si c’était vous, vous pouvez vous connecter ici :',
        resetPassword: 'Si vous avez oublié votre mot de passe, choisissez-en un nouveau ici :',
        notYou: 'Si ce n’était pas vous, vous pouvez ignorer ce message : votre compte reste inchangé',
      },
    ] as const)(
      'in $locale: greets by name, says what happened, how to sign in or reset, and that ignoring it is safe',
      (expected) => {
        const mail = signUpAttemptMail('ana@example.org', 'Ana Ionescu', wayBack, expected.locale);
        expect(mail.to).toBe('ana@example.org');
        expect(mail.subject).toBe(expected.subject);
        const lines = mail.text.split('\n');
        expect(lines[0]).toBe(expected.greeting);
        expect(mail.text).toMatch(expected.what);
        expect(lines[lines.indexOf(expected.signIn) + 1]).toBe(wayBack.signIn);
        expect(lines[lines.indexOf(expected.resetPassword) + 1]).toBe(wayBack.resetPassword);
        expect(lines.at(-1)).toContain(expected.notYou);
      },
    );

    it.each(LOCALES)('in %s lists both links for the outbox and carries no token', (locale) => {
      const mail = signUpAttemptMail('ana@example.org', 'Ana Ionescu', wayBack, locale);
      expect(mail.links).toEqual([wayBack.signIn, wayBack.resetPassword]);
      expect(mail.text).not.toContain('token=');
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
    const notices = LOCALES.map((locale) => signUpAttemptMail('a@example.org', 'Ana', wayBack, locale).text);
    expect(new Set(notices).size).toBe(LOCALES.length);
  });
});
