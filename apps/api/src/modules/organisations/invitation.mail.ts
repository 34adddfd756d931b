import type { Locale, OrganisationRole } from '@open-spaces/contracts';
import { composeMail, greeting, type MailCopy, type MailMessage } from '../mail/mail.templates';

export interface InvitationMailInput {
  organisationName: string;
  /** Null when the invited person may not see the inviter's profile. */
  inviterName: string | null;
  role: OrganisationRole;
  link: string;
}

const ROLE_NAMES: Record<Locale, Record<OrganisationRole, string>> = {
  en: { owner: 'an owner', admin: 'an admin', editor: 'an editor', member: 'a member' },
  de: { owner: 'Inhaber*in', admin: 'Admin', editor: 'Redakteur*in', member: 'Mitglied' },
  fr: { owner: 'propriétaire', admin: 'admin', editor: 'rédacteur·rice', member: 'membre' },
};

const INVITATION: Record<Locale, (input: InvitationMailInput) => MailCopy> = {
  en: (input) => ({
    subject: `You are invited to join ${input.organisationName} on Open Spaces`,
    greeting: greeting('en', null),
    before: [
      `${input.inviterName ?? 'Someone'} invited you to join ${input.organisationName} on Open Spaces as ${ROLE_NAMES.en[input.role]}.`,
      '',
      'To accept or decline, sign in (or create an account with this email address) and open:',
    ].join('\n'),
    after:
      'The invitation stays open until you answer it or the organisation withdraws it. If you do not know this organisation, you can ignore this mail.',
  }),
  de: (input) => ({
    subject: `Du bist eingeladen, ${input.organisationName} auf Open Spaces beizutreten`,
    greeting: greeting('de', null),
    before: [
      `${input.inviterName ?? 'Jemand'} hat dich eingeladen, ${input.organisationName} auf Open Spaces als ${ROLE_NAMES.de[input.role]} beizutreten.`,
      '',
      'Um die Einladung anzunehmen oder abzulehnen, melde dich an (oder lege ein Konto mit dieser E-Mail-Adresse an) und öffne:',
    ].join('\n'),
    after:
      'Die Einladung bleibt offen, bis du sie beantwortest oder die Organisation sie zurückzieht. Wenn du diese Organisation nicht kennst, kannst du diese Mail ignorieren.',
  }),
  fr: (input) => ({
    subject: `Vous êtes invité·e à rejoindre ${input.organisationName} sur Open Spaces`,
    greeting: greeting('fr', null),
    before: [
      `${input.inviterName ?? 'Quelqu’un'} vous invite à rejoindre ${input.organisationName} sur Open Spaces en tant que ${ROLE_NAMES.fr[input.role]}.`,
      '',
      'Pour accepter ou refuser, connectez-vous (ou créez un compte avec cette adresse e-mail) et ouvrez :',
    ].join('\n'),
    after:
      'L’invitation reste ouverte jusqu’à ce que vous y répondiez ou que l’organisation la retire. Si vous ne connaissez pas cette organisation, vous pouvez ignorer ce message.',
  }),
};

/** The invitation as mailed to an address that has no confirmed account yet. */
export function invitationMail(to: string, input: InvitationMailInput, locale: Locale): MailMessage {
  return composeMail(to, INVITATION[locale](input), input.link);
}
