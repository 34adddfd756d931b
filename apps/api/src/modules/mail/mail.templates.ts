export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  links: string[];
}

export function verificationMail(to: string, displayName: string, link: string): MailMessage {
  return {
    to,
    subject: 'Confirm your email address for Open Spaces',
    text: [
      `Hello ${displayName},`,
      '',
      'Welcome to Open Spaces. Please confirm your email address by opening this link:',
      '',
      link,
      '',
      'The link is valid for 48 hours. If you did not create an account, you can ignore this mail.',
    ].join('\n'),
    links: [link],
  };
}

export function passwordResetMail(to: string, displayName: string, link: string): MailMessage {
  return {
    to,
    subject: 'Reset your Open Spaces password',
    text: [
      `Hello ${displayName},`,
      '',
      'Someone asked to reset the password of your Open Spaces account. To choose a new one, open:',
      '',
      link,
      '',
      'The link works once and for one hour. If it was not you, ignore this mail: your password stays as it is.',
    ].join('\n'),
    links: [link],
  };
}
