import type { DigestFrequency, Locale } from '@open-spaces/contracts';
import { greeting, type MailMessage } from '../mail/mail.templates';

/** Where a mail's recipient can stop it or change what they get. */
export interface MailFooterLinks {
  /** The page that confirms the unsubscribe (the body's link). */
  unsubscribePage: string;
  /** The address mail clients post `List-Unsubscribe=One-Click` to (RFC 8058). */
  unsubscribePost: string;
  preferences: string;
}

/** One notification as a mail or digest lists it. */
export interface MailedNotification {
  headline: string;
  reason: string;
  /** Absolute link to what it is about; null when that no longer exists. */
  link: string | null;
}

interface Words {
  single: { subjectPrefix: string; open: string; stop: string };
  digest: {
    subject: (frequency: Exclude<DigestFrequency, 'off'>, count: number) => string;
    intro: (frequency: Exclude<DigestFrequency, 'off'>) => string;
    more: (count: number, link: string) => string;
    stop: string;
  };
  preferences: string;
}

const WORDS: Record<Locale, Words> = {
  en: {
    single: {
      subjectPrefix: 'Open Spaces: ',
      open: 'Open it on Open Spaces:',
      stop: 'Stop mails like this one:',
    },
    digest: {
      subject: (frequency, count) =>
        `Your ${frequency === 'daily' ? 'daily' : 'weekly'} Open Spaces digest: ${count} ${count === 1 ? 'notification' : 'notifications'}`,
      intro: (frequency) =>
        `Here is what happened ${frequency === 'daily' ? 'since yesterday' : 'this week'} that you have not seen yet:`,
      more: (count, link) => `And ${count} more: ${link}`,
      stop: 'Stop these digests:',
    },
    preferences: 'Choose which mails you get:',
  },
  de: {
    single: {
      subjectPrefix: 'Open Spaces: ',
      open: 'Auf Open Spaces öffnen:',
      stop: 'Keine Mails dieser Art mehr:',
    },
    digest: {
      subject: (frequency, count) =>
        `Deine ${frequency === 'daily' ? 'tägliche' : 'wöchentliche'} Zusammenfassung von Open Spaces: ${count} ${count === 1 ? 'Benachrichtigung' : 'Benachrichtigungen'}`,
      intro: (frequency) =>
        `Das ist ${frequency === 'daily' ? 'seit gestern' : 'diese Woche'} passiert, und du hast es noch nicht gesehen:`,
      more: (count, link) => `Und ${count} weitere: ${link}`,
      stop: 'Keine Zusammenfassungen mehr:',
    },
    preferences: 'Wähle, welche Mails du bekommst:',
  },
  fr: {
    single: {
      subjectPrefix: 'Open Spaces : ',
      open: 'Ouvrir sur Open Spaces :',
      stop: 'Ne plus recevoir ce type de message :',
    },
    digest: {
      subject: (frequency, count) =>
        `Votre résumé ${frequency === 'daily' ? 'quotidien' : 'hebdomadaire'} d’Open Spaces : ${count} ${count === 1 ? 'notification' : 'notifications'}`,
      intro: (frequency) =>
        `Voici ce qui s’est passé ${frequency === 'daily' ? 'depuis hier' : 'cette semaine'} et que vous n’avez pas encore vu :`,
      more: (count, link) => `Et ${count} de plus : ${link}`,
      stop: 'Ne plus recevoir ces résumés :',
    },
    preferences: 'Choisissez les messages que vous recevez :',
  },
};

/** The header fields of one-click unsubscribe (RFC 8058, with RFC 2369's `List-Unsubscribe`). */
export function unsubscribeHeaders(links: MailFooterLinks): Record<string, string> {
  return {
    'List-Unsubscribe': `<${links.unsubscribePost}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

/** A mail sent at once for one notification. */
export function notificationMail(
  to: string,
  name: string,
  locale: Locale,
  notification: MailedNotification,
  links: MailFooterLinks,
): MailMessage {
  const words = WORDS[locale];
  const lines = [greeting(locale, name), '', notification.headline, '', notification.reason];
  if (notification.link) lines.push('', words.single.open, notification.link);
  lines.push('', '—', words.preferences, links.preferences, '', words.single.stop, links.unsubscribePage);
  return {
    to,
    subject: `${words.single.subjectPrefix}${oneLine(notification.headline)}`,
    text: lines.join('\n'),
    links: [...(notification.link ? [notification.link] : []), links.preferences, links.unsubscribePage],
    headers: unsubscribeHeaders(links),
  };
}

/** The digest: what the person missed, each with why they get it, and how to stop it. */
export function digestMail(
  to: string,
  name: string,
  locale: Locale,
  frequency: Exclude<DigestFrequency, 'off'>,
  items: MailedNotification[],
  total: number,
  allLink: string,
  links: MailFooterLinks,
): MailMessage {
  const words = WORDS[locale];
  const lines = [greeting(locale, name), '', words.digest.intro(frequency)];
  for (const item of items) {
    lines.push('', `• ${item.headline}`, `  ${item.reason}`);
    if (item.link) lines.push(`  ${item.link}`);
  }
  if (total > items.length) lines.push('', words.digest.more(total - items.length, allLink));
  lines.push('', '—', words.preferences, links.preferences, '', words.digest.stop, links.unsubscribePage);
  return {
    to,
    subject: words.digest.subject(frequency, total),
    text: lines.join('\n'),
    links: [
      ...items.flatMap((item) => (item.link ? [item.link] : [])),
      ...(total > items.length ? [allLink] : []),
      links.preferences,
      links.unsubscribePage,
    ],
    headers: unsubscribeHeaders(links),
  };
}

/** A subject is one line: a moderator's reason may hold line breaks. */
function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 150 ? `${flat.slice(0, 149)}…` : flat;
}
