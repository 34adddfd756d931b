import type { OrganisationRole } from '@open-spaces/contracts';
import type { MailMessage } from '../mail/mail.templates';

const ROLE_NAMES: Record<OrganisationRole, string> = {
  owner: 'an owner',
  admin: 'an admin',
  editor: 'an editor',
  member: 'a member',
};

export function invitationMail(
  to: string,
  input: { organisationName: string; inviterName: string; role: OrganisationRole; link: string },
): MailMessage {
  return {
    to,
    subject: `You are invited to join ${input.organisationName} on Open Spaces`,
    text: [
      'Hello,',
      '',
      `${input.inviterName} invited you to join ${input.organisationName} on Open Spaces as ${ROLE_NAMES[input.role]}.`,
      '',
      'To accept or decline, sign in (or create an account with this email address) and open:',
      '',
      input.link,
      '',
      'If you do not know this organisation, you can ignore this mail.',
    ].join('\n'),
    links: [input.link],
  };
}
