import type { Locale } from '@open-spaces/contracts';
import { composeMail, greeting, type MailCopy, type MailMessage } from '../mail/mail.templates';

const PROMOTED: Record<Locale, (name: string, title: string) => MailCopy> = {
  en: (name, title) => ({
    subject: `You have a place at ${title}`,
    greeting: greeting('en', name),
    before: `A place became free at "${title}" and you were first on the waitlist: you are now going. The event's page:`,
    after: 'If you can no longer come, please cancel your place there so the next person can have it.',
  }),
  de: (name, title) => ({
    subject: `Du hast einen Platz bei ${title}`,
    greeting: greeting('de', name),
    before: `Bei „${title}“ ist ein Platz frei geworden und du warst die erste Person auf der Warteliste: Du bist jetzt dabei. Die Seite der Veranstaltung:`,
    after: 'Wenn du nicht mehr kommen kannst, sag bitte dort ab, damit die nächste Person den Platz bekommt.',
  }),
  fr: (name, title) => ({
    subject: `Vous avez une place pour ${title}`,
    greeting: greeting('fr', name),
    before: `Une place s’est libérée pour « ${title} » et vous étiez en tête de la liste d’attente : vous y participez désormais. La page de l’événement :`,
    after:
      'Si vous ne pouvez plus venir, annulez votre place sur cette page afin que la personne suivante puisse l’avoir.',
  }),
};

/** Tells someone from the waitlist that they now have a place. */
export function promotedMail(
  to: string,
  name: string,
  title: string,
  link: string,
  locale: Locale,
): MailMessage {
  return composeMail(to, PROMOTED[locale](name, title), link);
}
