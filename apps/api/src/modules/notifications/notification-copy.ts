import type { Locale, NotificationDetails, NotificationKind } from '@open-spaces/contracts';

/** What a notification's words are made of, as its mail and the API's `reason` need them. */
export interface NotificationText {
  kind: NotificationKind;
  /** The person who caused it, when the recipient may see them. */
  actorName: string | null;
  organisationName: string | null;
  subjectTitle: string;
  details: NotificationDetails;
}

interface Copy {
  /** One sentence saying what happened. */
  headline: (n: NotificationText) => string;
  /** Why this person was told. */
  reason: (n: NotificationText) => string;
}

type Catalogue = Record<NotificationKind, Copy>;

const someone: Record<Locale, string> = { en: 'Someone', de: 'Jemand', fr: 'Quelqu’un' };
const who = (locale: Locale, n: NotificationText) => n.actorName ?? someone[locale];
const org = (n: NotificationText) => n.organisationName ?? n.subjectTitle;
const quoted = (locale: Locale, text: string) =>
  locale === 'en' ? `“${text}”` : locale === 'de' ? `„${text}“` : `« ${text} »`;

const EN_ROLES: Record<string, string> = {
  owner: 'an owner',
  admin: 'an admin',
  editor: 'an editor',
  member: 'a member',
};

const EN: Catalogue = {
  new_follower: {
    headline: (n) => `${who('en', n)} followed you.`,
    reason: () => 'You get this because it is about your profile.',
  },
  organisation_invitation: {
    headline: (n) =>
      `${who('en', n)} invited you to join ${org(n)} as ${EN_ROLES[n.details.role ?? 'member'] ?? 'a member'}.`,
    reason: (n) => `You get this because ${org(n)} invited you.`,
  },
  member_joined: {
    headline: (n) => `${who('en', n)} joined ${org(n)}.`,
    reason: (n) => `You get this because you are an owner or admin of ${org(n)}.`,
  },
  post_comment: {
    headline: (n) => `${who('en', n)} commented on your post ${quoted('en', n.subjectTitle)}.`,
    reason: () => 'You get this because it is your post.',
  },
  comment_reply: {
    headline: (n) => `${who('en', n)} replied to your comment on ${quoted('en', n.subjectTitle)}.`,
    reason: () => 'You get this because it is your comment.',
  },
  event_changed: {
    headline: (n) =>
      n.details.change === 'postponed'
        ? `The event ${quoted('en', n.subjectTitle)} was moved to a new date.`
        : `The event ${quoted('en', n.subjectTitle)} was changed.`,
    reason: () => 'You get this because you answered this event.',
  },
  event_cancelled: {
    headline: (n) => `The event ${quoted('en', n.subjectTitle)} was cancelled.`,
    reason: () => 'You get this because you answered this event.',
  },
  waitlist_promoted: {
    headline: (n) => `A place came free: you are going to ${quoted('en', n.subjectTitle)}.`,
    reason: () =>
      'You get this because you were on the waitlist. If you can no longer come, please cancel your place on the event’s page so the next person can have it.',
  },
  call_deadline: {
    headline: (n) =>
      `The funding call ${quoted('en', n.subjectTitle)} closes in ${n.details.daysLeft ?? 3} days.`,
    reason: () => 'You get this because you saved this call.',
  },
  report_outcome: {
    headline: (n) =>
      n.details.outcome === 'actioned'
        ? `Your report about ${quoted('en', n.subjectTitle)} was upheld: a moderator acted on it.`
        : `Your report about ${quoted('en', n.subjectTitle)} was reviewed: no action was needed.`,
    reason: () => 'You get this because you made the report.',
  },
  moderation_action: {
    headline: (n) =>
      n.details.action === 'restored'
        ? `A moderator restored ${quoted('en', n.subjectTitle)}.`
        : `A moderator hid ${quoted('en', n.subjectTitle)}${n.details.reason ? `: ${n.details.reason}` : '.'}`,
    reason: () => 'You get this because you published it.',
  },
  contact_request: {
    headline: (n) =>
      `${who('en', n)} asked you for contact about ${quoted('en', n.subjectTitle)}${n.details.excerpt ? ` for ${n.details.excerpt}` : ''}.`,
    reason: () =>
      'You get this because you take contact requests. You can pause them in your profile settings.',
  },
  contact_request_accepted: {
    headline: (n) =>
      `${who('en', n)} accepted your contact request about ${quoted('en', n.subjectTitle)}: your conversation is open.`,
    reason: () => 'You get this because you sent the request.',
  },
  message: {
    headline: (n) =>
      `${who('en', n)} sent you a message${n.details.excerpt ? `: ${quoted('en', n.details.excerpt)}` : '.'}`,
    reason: () => 'You get this because you are in this conversation.',
  },
  partner_interest: {
    headline: (n) =>
      `${org(n)} is interested in joining your consortium for ${quoted('en', n.subjectTitle)}.`,
    reason: () => 'You get this because you are an owner, admin or editor of the lead organisation.',
  },
  partner_interest_answered: {
    headline: (n) =>
      n.details.answer === 'declined'
        ? `${org(n)} declined your organisation's interest in its consortium for ${quoted('en', n.subjectTitle)}.`
        : `${org(n)} accepted your organisation into its consortium for ${quoted('en', n.subjectTitle)}.`,
    reason: () => 'You get this because you are an owner, admin or editor of the interested organisation.',
  },
  case_published: {
    headline: (n) =>
      `A moderator published your case ${quoted('en', n.subjectTitle)} in the case repository.`,
    reason: () => 'You get this because you submitted the case.',
  },
  case_returned: {
    headline: (n) =>
      `A moderator returned your case ${quoted('en', n.subjectTitle)}${n.details.reason ? `: ${n.details.reason}` : '.'}`,
    reason: () => 'You get this because you submitted the case. Edit it and it goes back to the moderators.',
  },
  petition_milestone: {
    headline: (n) =>
      (n.details.percent ?? 100) >= 100
        ? `Your petition ${quoted('en', n.subjectTitle)} reached its goal.`
        : `Your petition ${quoted('en', n.subjectTitle)} reached ${n.details.percent}% of its goal.`,
    reason: () => 'You get this because you started this petition.',
  },
  idea_answered: {
    headline: (n) => `${org(n)} answered your idea ${quoted('en', n.subjectTitle)}.`,
    reason: () => 'You get this because you proposed the idea.',
  },
  budget_results: {
    headline: (n) => `The results of the budget ${quoted('en', n.subjectTitle)} are out.`,
    reason: () => 'You get this because you voted in this budget.',
  },
};

const DE_ROLES: Record<string, string> = {
  owner: 'Inhaber*in',
  admin: 'Admin',
  editor: 'Redakteur*in',
  member: 'Mitglied',
};

const DE: Catalogue = {
  new_follower: {
    headline: (n) => `${who('de', n)} folgt dir jetzt.`,
    reason: () => 'Du erhältst das, weil es dein Profil betrifft.',
  },
  organisation_invitation: {
    headline: (n) =>
      `${who('de', n)} hat dich eingeladen, ${org(n)} als ${DE_ROLES[n.details.role ?? 'member'] ?? 'Mitglied'} beizutreten.`,
    reason: (n) => `Du erhältst das, weil ${org(n)} dich eingeladen hat.`,
  },
  member_joined: {
    headline: (n) => `${who('de', n)} ist ${org(n)} beigetreten.`,
    reason: (n) => `Du erhältst das, weil du Inhaber*in oder Admin von ${org(n)} bist.`,
  },
  post_comment: {
    headline: (n) => `${who('de', n)} hat deinen Beitrag ${quoted('de', n.subjectTitle)} kommentiert.`,
    reason: () => 'Du erhältst das, weil es dein Beitrag ist.',
  },
  comment_reply: {
    headline: (n) =>
      `${who('de', n)} hat auf deinen Kommentar zu ${quoted('de', n.subjectTitle)} geantwortet.`,
    reason: () => 'Du erhältst das, weil es dein Kommentar ist.',
  },
  event_changed: {
    headline: (n) =>
      n.details.change === 'postponed'
        ? `Die Veranstaltung ${quoted('de', n.subjectTitle)} wurde verschoben.`
        : `Die Veranstaltung ${quoted('de', n.subjectTitle)} wurde geändert.`,
    reason: () => 'Du erhältst das, weil du auf diese Veranstaltung geantwortet hast.',
  },
  event_cancelled: {
    headline: (n) => `Die Veranstaltung ${quoted('de', n.subjectTitle)} wurde abgesagt.`,
    reason: () => 'Du erhältst das, weil du auf diese Veranstaltung geantwortet hast.',
  },
  waitlist_promoted: {
    headline: (n) => `Ein Platz ist frei geworden: Du nimmst an ${quoted('de', n.subjectTitle)} teil.`,
    reason: () =>
      'Du erhältst das, weil du auf der Warteliste standest. Wenn du nicht mehr kommen kannst, sag bitte auf der Seite der Veranstaltung ab, damit die nächste Person den Platz bekommt.',
  },
  call_deadline: {
    headline: (n) =>
      `Die Förderausschreibung ${quoted('de', n.subjectTitle)} endet in ${n.details.daysLeft ?? 3} Tagen.`,
    reason: () => 'Du erhältst das, weil du diese Ausschreibung gespeichert hast.',
  },
  report_outcome: {
    headline: (n) =>
      n.details.outcome === 'actioned'
        ? `Deiner Meldung zu ${quoted('de', n.subjectTitle)} wurde stattgegeben: Die Moderation hat gehandelt.`
        : `Deine Meldung zu ${quoted('de', n.subjectTitle)} wurde geprüft: Es war nichts zu tun.`,
    reason: () => 'Du erhältst das, weil du die Meldung gemacht hast.',
  },
  moderation_action: {
    headline: (n) =>
      n.details.action === 'restored'
        ? `Die Moderation hat ${quoted('de', n.subjectTitle)} wiederhergestellt.`
        : `Die Moderation hat ${quoted('de', n.subjectTitle)} ausgeblendet${n.details.reason ? `: ${n.details.reason}` : '.'}`,
    reason: () => 'Du erhältst das, weil du es veröffentlicht hast.',
  },
  contact_request: {
    headline: (n) =>
      `${who('de', n)} bittet dich um Kontakt zum Thema ${quoted('de', n.subjectTitle)}${n.details.excerpt ? ` für ${n.details.excerpt}` : ''}.`,
    reason: () =>
      'Du erhältst das, weil du Kontaktanfragen annimmst. Du kannst sie in deinen Profileinstellungen pausieren.',
  },
  contact_request_accepted: {
    headline: (n) =>
      `${who('de', n)} hat deine Kontaktanfrage zu ${quoted('de', n.subjectTitle)} angenommen: Eure Unterhaltung ist offen.`,
    reason: () => 'Du erhältst das, weil du die Anfrage gestellt hast.',
  },
  message: {
    headline: (n) =>
      `${who('de', n)} hat dir eine Nachricht geschickt${n.details.excerpt ? `: ${quoted('de', n.details.excerpt)}` : '.'}`,
    reason: () => 'Du erhältst das, weil du an dieser Unterhaltung teilnimmst.',
  },
  partner_interest: {
    headline: (n) => `${org(n)} möchte eurem Konsortium für ${quoted('de', n.subjectTitle)} beitreten.`,
    reason: () =>
      'Du erhältst das, weil du Inhaber*in, Admin oder Redakteur*in der federführenden Organisation bist.',
  },
  partner_interest_answered: {
    headline: (n) =>
      n.details.answer === 'declined'
        ? `${org(n)} hat das Interesse deiner Organisation am Konsortium für ${quoted('de', n.subjectTitle)} abgelehnt.`
        : `${org(n)} hat deine Organisation in das Konsortium für ${quoted('de', n.subjectTitle)} aufgenommen.`,
    reason: () =>
      'Du erhältst das, weil du Inhaber*in, Admin oder Redakteur*in der interessierten Organisation bist.',
  },
  case_published: {
    headline: (n) =>
      `Eine Moderatorin oder ein Moderator hat deinen Fall ${quoted('de', n.subjectTitle)} in der Fallsammlung veröffentlicht.`,
    reason: () => 'Du erhältst das, weil du den Fall eingereicht hast.',
  },
  case_returned: {
    headline: (n) =>
      `Die Moderation hat deinen Fall ${quoted('de', n.subjectTitle)} zurückgegeben${n.details.reason ? `: ${n.details.reason}` : '.'}`,
    reason: () =>
      'Du erhältst das, weil du den Fall eingereicht hast. Bearbeite ihn, dann geht er wieder an die Moderation.',
  },
  petition_milestone: {
    headline: (n) =>
      (n.details.percent ?? 100) >= 100
        ? `Deine Petition ${quoted('de', n.subjectTitle)} hat ihr Ziel erreicht.`
        : `Deine Petition ${quoted('de', n.subjectTitle)} hat ${n.details.percent} % ihres Ziels erreicht.`,
    reason: () => 'Du erhältst das, weil du diese Petition gestartet hast.',
  },
  idea_answered: {
    headline: (n) => `${org(n)} hat auf deine Idee ${quoted('de', n.subjectTitle)} geantwortet.`,
    reason: () => 'Du erhältst das, weil du die Idee vorgeschlagen hast.',
  },
  budget_results: {
    headline: (n) => `Die Ergebnisse des Budgets ${quoted('de', n.subjectTitle)} sind da.`,
    reason: () => 'Du erhältst das, weil du über dieses Budget abgestimmt hast.',
  },
};

const FR_ROLES: Record<string, string> = {
  owner: 'propriétaire',
  admin: 'admin',
  editor: 'rédacteur·rice',
  member: 'membre',
};

const FR: Catalogue = {
  new_follower: {
    headline: (n) => `${who('fr', n)} vous suit désormais.`,
    reason: () => 'Vous recevez ceci parce que cela concerne votre profil.',
  },
  organisation_invitation: {
    headline: (n) =>
      `${who('fr', n)} vous invite à rejoindre ${org(n)} en tant que ${FR_ROLES[n.details.role ?? 'member'] ?? 'membre'}.`,
    reason: (n) => `Vous recevez ceci parce que ${org(n)} vous a invité·e.`,
  },
  member_joined: {
    headline: (n) => `${who('fr', n)} a rejoint ${org(n)}.`,
    reason: (n) => `Vous recevez ceci parce que vous êtes propriétaire ou admin de ${org(n)}.`,
  },
  post_comment: {
    headline: (n) => `${who('fr', n)} a commenté votre publication ${quoted('fr', n.subjectTitle)}.`,
    reason: () => 'Vous recevez ceci parce que c’est votre publication.',
  },
  comment_reply: {
    headline: (n) => `${who('fr', n)} a répondu à votre commentaire sur ${quoted('fr', n.subjectTitle)}.`,
    reason: () => 'Vous recevez ceci parce que c’est votre commentaire.',
  },
  event_changed: {
    headline: (n) =>
      n.details.change === 'postponed'
        ? `L’événement ${quoted('fr', n.subjectTitle)} a été reporté.`
        : `L’événement ${quoted('fr', n.subjectTitle)} a été modifié.`,
    reason: () => 'Vous recevez ceci parce que vous avez répondu à cet événement.',
  },
  event_cancelled: {
    headline: (n) => `L’événement ${quoted('fr', n.subjectTitle)} a été annulé.`,
    reason: () => 'Vous recevez ceci parce que vous avez répondu à cet événement.',
  },
  waitlist_promoted: {
    headline: (n) => `Une place s’est libérée : vous participez à ${quoted('fr', n.subjectTitle)}.`,
    reason: () =>
      'Vous recevez ceci parce que vous étiez sur la liste d’attente. Si vous ne pouvez plus venir, annulez votre place sur la page de l’événement afin que la personne suivante puisse l’avoir.',
  },
  call_deadline: {
    headline: (n) =>
      `L’appel à financement ${quoted('fr', n.subjectTitle)} se termine dans ${n.details.daysLeft ?? 3} jours.`,
    reason: () => 'Vous recevez ceci parce que vous avez enregistré cet appel.',
  },
  report_outcome: {
    headline: (n) =>
      n.details.outcome === 'actioned'
        ? `Votre signalement concernant ${quoted('fr', n.subjectTitle)} a été retenu : la modération est intervenue.`
        : `Votre signalement concernant ${quoted('fr', n.subjectTitle)} a été examiné : aucune action n’était nécessaire.`,
    reason: () => 'Vous recevez ceci parce que vous avez fait le signalement.',
  },
  moderation_action: {
    headline: (n) =>
      n.details.action === 'restored'
        ? `La modération a rétabli ${quoted('fr', n.subjectTitle)}.`
        : `La modération a masqué ${quoted('fr', n.subjectTitle)}${n.details.reason ? ` : ${n.details.reason}` : '.'}`,
    reason: () => 'Vous recevez ceci parce que vous l’avez publié.',
  },
  contact_request: {
    headline: (n) =>
      `${who('fr', n)} vous demande un contact au sujet de ${quoted('fr', n.subjectTitle)}${n.details.excerpt ? ` pour ${n.details.excerpt}` : ''}.`,
    reason: () =>
      'Vous recevez ceci parce que vous acceptez les demandes de contact. Vous pouvez les suspendre dans les réglages de votre profil.',
  },
  contact_request_accepted: {
    headline: (n) =>
      `${who('fr', n)} a accepté votre demande de contact au sujet de ${quoted('fr', n.subjectTitle)} : votre conversation est ouverte.`,
    reason: () => 'Vous recevez ceci parce que vous avez envoyé la demande.',
  },
  message: {
    headline: (n) =>
      `${who('fr', n)} vous a envoyé un message${n.details.excerpt ? ` : ${quoted('fr', n.details.excerpt)}` : '.'}`,
    reason: () => 'Vous recevez ceci parce que vous participez à cette conversation.',
  },
  partner_interest: {
    headline: (n) => `${org(n)} souhaite rejoindre votre consortium pour ${quoted('fr', n.subjectTitle)}.`,
    reason: () =>
      'Vous recevez ceci parce que vous êtes propriétaire, admin ou rédacteur·rice de l’organisation cheffe de file.',
  },
  partner_interest_answered: {
    headline: (n) =>
      n.details.answer === 'declined'
        ? `${org(n)} a refusé l’intérêt de votre organisation pour son consortium ${quoted('fr', n.subjectTitle)}.`
        : `${org(n)} a accepté votre organisation dans son consortium pour ${quoted('fr', n.subjectTitle)}.`,
    reason: () =>
      'Vous recevez ceci parce que vous êtes propriétaire, admin ou rédacteur·rice de l’organisation intéressée.',
  },
  case_published: {
    headline: (n) =>
      `La modération a publié votre cas ${quoted('fr', n.subjectTitle)} dans le répertoire des cas.`,
    reason: () => 'Vous recevez ceci parce que vous avez soumis ce cas.',
  },
  case_returned: {
    headline: (n) =>
      `La modération vous a renvoyé votre cas ${quoted('fr', n.subjectTitle)}${n.details.reason ? ` : ${n.details.reason}` : '.'}`,
    reason: () =>
      'Vous recevez ceci parce que vous avez soumis ce cas. Modifiez-le et il retournera à la modération.',
  },
  petition_milestone: {
    headline: (n) =>
      (n.details.percent ?? 100) >= 100
        ? `Votre pétition ${quoted('fr', n.subjectTitle)} a atteint son objectif.`
        : `Votre pétition ${quoted('fr', n.subjectTitle)} a atteint ${n.details.percent} % de son objectif.`,
    reason: () => 'Vous recevez ceci parce que vous avez lancé cette pétition.',
  },
  idea_answered: {
    headline: (n) => `${org(n)} a répondu à votre idée ${quoted('fr', n.subjectTitle)}.`,
    reason: () => 'Vous recevez ceci parce que vous avez proposé cette idée.',
  },
  budget_results: {
    headline: (n) => `Les résultats du budget ${quoted('fr', n.subjectTitle)} sont publiés.`,
    reason: () => 'Vous recevez ceci parce que vous avez voté pour ce budget.',
  },
};

const CATALOGUES: Record<Locale, Catalogue> = { en: EN, de: DE, fr: FR };

export function notificationHeadline(locale: Locale, n: NotificationText): string {
  return CATALOGUES[locale][n.kind].headline(n);
}

export function notificationReason(locale: Locale, n: NotificationText): string {
  return CATALOGUES[locale][n.kind].reason(n);
}
