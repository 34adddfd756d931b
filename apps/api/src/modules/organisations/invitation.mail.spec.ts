import { Locale } from '@open-spaces/contracts';
import { invitationMail } from './invitation.mail';

const LOCALES = Locale.options;

const link = 'https://open-spaces.example/invitations';
const input = {
  organisationName: 'Green Commons',
  inviterName: 'Ana Popescu',
  role: 'editor' as const,
  link,
};

describe('invitationMail', () => {
  it.each([
    {
      locale: 'en',
      subject: 'You are invited to join Green Commons on Open Spaces',
      greeting: 'Hello,',
      invited: 'Ana Popescu invited you to join Green Commons on Open Spaces as an editor.',
      purpose: /To accept or decline, sign in .* and open:$/m,
      validity: 'The invitation stays open until you answer it or the organisation withdraws it.',
      notYou: 'If you do not know this organisation, you can ignore this mail.',
    },
    {
      locale: 'de',
      subject: 'Du bist eingeladen, Green Commons auf Open Spaces beizutreten',
      greeting: 'Hallo,',
      invited: 'Ana Popescu hat dich eingeladen, Green Commons auf Open Spaces als Redakteur*in beizutreten.',
      purpose: /Um die Einladung anzunehmen oder abzulehnen, melde dich an .* und öffne:$/m,
      validity: 'Die Einladung bleibt offen, bis du sie beantwortest oder die Organisation sie zurückzieht.',
      notYou: 'Wenn du diese Organisation nicht kennst, kannst du diese Mail ignorieren.',
    },
    {
      locale: 'fr',
      subject: 'Vous êtes invité·e à rejoindre Green Commons sur Open Spaces',
      greeting: 'Bonjour,',
      invited:
        'Ana Popescu vous invite à rejoindre Green Commons sur Open Spaces en tant que rédacteur·rice.',
      purpose: /Pour accepter ou refuser, connectez-vous .* et ouvrez :$/m,
      validity: 'L’invitation reste ouverte jusqu’à ce que vous y répondiez ou que l’organisation la retire.',
      notYou: 'Si vous ne connaissez pas cette organisation, vous pouvez ignorer ce message.',
    },
  ] as const)('in $locale: greets, names inviter, organisation and role, and says what to do', (expected) => {
    const mail = invitationMail('jonas@example.org', input, expected.locale);
    expect(mail.to).toBe('jonas@example.org');
    expect(mail.subject).toBe(expected.subject);
    expect(mail.text.split('\n')[0]).toBe(expected.greeting);
    expect(mail.text).toContain(expected.invited);
    expect(mail.text).toMatch(expected.purpose);
    expect(mail.text).toContain(expected.validity);
    expect(mail.text).toContain(expected.notYou);
    expect(mail.text.split('\n')).toContain(link);
    expect(mail.links).toEqual([link]);
  });

  it.each([
    ['en', 'Someone invited you'],
    ['de', 'Jemand hat dich eingeladen'],
    ['fr', 'Quelqu’un vous invite'],
  ] as const)('in %s hides an inviter it may not name', (locale, invited) => {
    const mail = invitationMail('someone@example.org', { ...input, inviterName: null }, locale);
    expect(mail.text).toContain(invited);
    expect(mail.text).not.toContain('Ana Popescu');
  });

  it.each(LOCALES)('in %s names every role', (locale) => {
    const texts = (['owner', 'admin', 'editor', 'member'] as const).map(
      (role) => invitationMail('jonas@example.org', { ...input, role }, locale).text,
    );
    expect(new Set(texts).size).toBe(4);
  });
});
