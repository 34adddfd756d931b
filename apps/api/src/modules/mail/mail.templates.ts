import type { Locale } from '@open-spaces/contracts';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  links: string[];
  /** Extra header fields, such as `List-Unsubscribe`. */
  headers?: Record<string, string>;
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

/** What the mail to an address that someone tried to sign up with again says, in one language. */
interface SignUpAttemptCopy {
  subject: string;
  greeting: string;
  /** What happened, and that nothing changed. */
  what: string;
  /** Before the sign-in link. */
  signIn: string;
  /** Before the link to the forgot-password page. */
  resetPassword: string;
  /** What to do if it was not them. */
  notYou: string;
}

const SIGN_UP_ATTEMPT: Record<Locale, (displayName: string) => SignUpAttemptCopy> = {
  en: (name) => ({
    subject: 'Someone tried to create an Open Spaces account with your address',
    greeting: greeting('en', name),
    what: 'Someone tried to create a new Open Spaces account with this email address. There already is an account with this address, so nothing was created or changed.',
    signIn: 'If it was you, you can sign in here:',
    resetPassword: 'If you have forgotten your password, choose a new one here:',
    notYou:
      'If it was not you, you can ignore this mail: your account stays as it is, and whoever tried was not told that it exists.',
  }),
  de: (name) => ({
    subject: 'Jemand wollte mit deiner Adresse ein Open-Spaces-Konto anlegen',
    greeting: greeting('de', name),
    what: 'jemand wollte mit dieser E-Mail-Adresse ein neues Open-Spaces-Konto anlegen. Mit dieser Adresse gibt es schon ein Konto, deshalb wurde nichts angelegt oder geändert.',
    signIn: 'Wenn du das warst, kannst du dich hier anmelden:',
    resetPassword: 'Wenn du dein Passwort vergessen hast, wähle hier ein neues:',
    notYou:
      'Wenn du das nicht warst, kannst du diese Mail ignorieren: Dein Konto bleibt, wie es ist, und wer es versucht hat, hat nicht erfahren, dass es existiert.',
  }),
  fr: (name) => ({
    subject: 'Quelqu’un a essayé de créer un compte Open Spaces avec votre adresse',
    greeting: greeting('fr', name),
    what: 'Quelqu’un a essayé de créer un nouveau compte Open Spaces avec cette adresse e-mail. Un compte existe déjà avec cette adresse, donc rien n’a été créé ni modifié.',
    signIn: 'Si c’était vous, vous pouvez vous connecter ici :',
    resetPassword: 'Si vous avez oublié votre mot de passe, choisissez-en un nouveau ici :',
    notYou:
      'Si ce n’était pas vous, vous pouvez ignorer ce message : votre compte reste inchangé, et la personne qui a essayé n’a pas appris qu’il existe.',
  }),
};

/** Tells the owner of an address that someone tried to sign up with it, with the ways back in. */
export function signUpAttemptMail(
  to: string,
  displayName: string,
  links: { signIn: string; resetPassword: string },
  locale: Locale,
): MailMessage {
  const copy = SIGN_UP_ATTEMPT[locale](displayName);
  return {
    to,
    subject: copy.subject,
    text: [
      copy.greeting,
      '',
      copy.what,
      '',
      copy.signIn,
      links.signIn,
      '',
      copy.resetPassword,
      links.resetPassword,
      '',
      copy.notYou,
    ].join('\n'),
    links: [links.signIn, links.resetPassword],
  };
}
