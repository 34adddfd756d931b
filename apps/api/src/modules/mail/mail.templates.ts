import type { Locale } from '@open-spaces/contracts';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  links: string[];
}

/** What a mail says around its one link, in one language. */
export interface MailCopy {
  subject: string;
  greeting: string;
  /** What the link does, on the lines before it. */
  before: string;
  /** How long it works and what to do if the mail was not expected, after it. */
  after: string;
}

const HELLO: Record<Locale, string> = { en: 'Hello', de: 'Hallo', fr: 'Bonjour' };

/** A mail's first line: the person by name when there is one. */
export function greeting(locale: Locale, name: string | null): string {
  return name ? `${HELLO[locale]} ${name},` : `${HELLO[locale]},`;
}

/** A plain-text mail with its link on a line of its own, and listed for the outbox. */
export function composeMail(to: string, copy: MailCopy, link: string): MailMessage {
  return {
    to,
    subject: copy.subject,
    text: [copy.greeting, '', copy.before, '', link, '', copy.after].join('\n'),
    links: [link],
  };
}

const VERIFICATION: Record<Locale, (displayName: string) => MailCopy> = {
  en: (name) => ({
    subject: 'Confirm your email address for Open Spaces',
    greeting: greeting('en', name),
    before: 'Welcome to Open Spaces. Please confirm your email address by opening this link:',
    after: 'The link is valid for 48 hours. If you did not create an account, you can ignore this mail.',
  }),
  de: (name) => ({
    subject: 'Bestätige deine E-Mail-Adresse für Open Spaces',
    greeting: greeting('de', name),
    before: 'willkommen bei Open Spaces. Bitte bestätige deine E-Mail-Adresse, indem du diesen Link öffnest:',
    after:
      'Der Link ist 48 Stunden gültig. Wenn du kein Konto angelegt hast, kannst du diese Mail ignorieren.',
  }),
  fr: (name) => ({
    subject: 'Confirmez votre adresse e-mail pour Open Spaces',
    greeting: greeting('fr', name),
    before: 'Bienvenue sur Open Spaces. Veuillez confirmer votre adresse e-mail en ouvrant ce lien :',
    after:
      'Le lien est valable 48 heures. Si vous n’avez pas créé de compte, vous pouvez ignorer ce message.',
  }),
};

const PASSWORD_RESET: Record<Locale, (displayName: string) => MailCopy> = {
  en: (name) => ({
    subject: 'Reset your Open Spaces password',
    greeting: greeting('en', name),
    before: 'Someone asked to reset the password of your Open Spaces account. To choose a new one, open:',
    after:
      'The link works once and for one hour. If it was not you, ignore this mail: your password stays as it is.',
  }),
  de: (name) => ({
    subject: 'Setze dein Passwort für Open Spaces zurück',
    greeting: greeting('de', name),
    before:
      'jemand hat darum gebeten, das Passwort deines Open-Spaces-Kontos zurückzusetzen. Um ein neues zu wählen, öffne:',
    after:
      'Der Link funktioniert einmal und eine Stunde lang. Wenn du das nicht warst, ignoriere diese Mail: Dein Passwort bleibt, wie es ist.',
  }),
  fr: (name) => ({
    subject: 'Réinitialisez votre mot de passe Open Spaces',
    greeting: greeting('fr', name),
    before:
      'Quelqu’un a demandé à réinitialiser le mot de passe de votre compte Open Spaces. Pour en choisir un nouveau, ouvrez :',
    after:
      'Le lien ne fonctionne qu’une fois et pendant une heure. Si ce n’était pas vous, ignorez ce message : votre mot de passe reste inchangé.',
  }),
};

export function verificationMail(to: string, displayName: string, link: string, locale: Locale): MailMessage {
  return composeMail(to, VERIFICATION[locale](displayName), link);
}

export function passwordResetMail(
  to: string,
  displayName: string,
  link: string,
  locale: Locale,
): MailMessage {
  return composeMail(to, PASSWORD_RESET[locale](displayName), link);
}
