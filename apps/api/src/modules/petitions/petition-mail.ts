import type { Locale } from '@open-spaces/contracts';
import { composeMail, greeting, type MailMessage } from '../mail/mail.templates';

const quoted: Record<Locale, (title: string) => string> = {
  en: (title) => `“${title}”`,
  de: (title) => `„${title}“`,
  fr: (title) => `« ${title} »`,
};

const COPY: Record<Locale, (name: string, title: string) => Parameters<typeof composeMail>[1]> = {
  en: (name, title) => ({
    subject: `Confirm your signature: ${title}`,
    greeting: greeting('en', name),
    before: `Thank you for signing the petition ${quoted.en(title)}. Your signature counts once you confirm it by opening this link:`,
    after:
      'The link is valid for 48 hours. If you did not sign, ignore this mail: nothing is counted and your address is deleted.',
  }),
  de: (name, title) => ({
    subject: `Bestätige deine Unterschrift: ${title}`,
    greeting: greeting('de', name),
    before: `danke, dass du die Petition ${quoted.de(title)} unterschrieben hast. Deine Unterschrift zählt, sobald du sie mit diesem Link bestätigst:`,
    after:
      'Der Link ist 48 Stunden gültig. Wenn du nicht unterschrieben hast, ignoriere diese Mail: Es wird nichts gezählt und deine Adresse wird gelöscht.',
  }),
  fr: (name, title) => ({
    subject: `Confirmez votre signature : ${title}`,
    greeting: greeting('fr', name),
    before: `Merci d’avoir signé la pétition ${quoted.fr(title)}. Votre signature compte dès que vous la confirmez en ouvrant ce lien :`,
    after:
      'Le lien est valable 48 heures. Si vous n’avez pas signé, ignorez ce message : rien n’est compté et votre adresse est supprimée.',
  }),
};

/** The mail with a visitor's confirmation link, in the language their browser asked for. */
export function signatureConfirmationMail(
  to: string,
  name: string,
  title: string,
  link: string,
  locale: Locale,
): MailMessage {
  return composeMail(to, COPY[locale](name, title), link);
}
