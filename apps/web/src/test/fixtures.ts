import type { Event, MyProfile, Notification, NotificationPage, Taxonomy } from '@open-spaces/contracts';

const names = (en: string, de: string, fr: string) => ({ en, de, fr });

export const taxonomy: Taxonomy = {
  topics: [
    {
      slug: 'climate',
      names: names('Climate and environment', 'Klima und Umwelt', 'Climat et environnement'),
      retired: false,
    },
    {
      slug: 'human-rights',
      names: names('Human rights', 'Menschenrechte', 'Droits humains'),
      retired: false,
    },
    {
      slug: 'media-freedom',
      names: names('Media freedom', 'Pressefreiheit', 'Liberté des médias'),
      retired: false,
    },
  ],
  countries: [
    { code: 'DE', names: names('Germany', 'Deutschland', 'Allemagne'), europe: true },
    { code: 'PL', names: names('Poland', 'Polen', 'Pologne'), europe: true },
  ],
  languages: [
    { code: 'en', names: names('English', 'Englisch', 'Anglais') },
    { code: 'pl', names: names('Polish', 'Polnisch', 'Polonais') },
  ],
  support: [
    { slug: 'fundraising', names: names('Fundraising', 'Fundraising', 'Collecte de fonds') },
    { slug: 'legal-advice', names: names('Legal advice', 'Rechtsberatung', 'Conseil juridique') },
  ],
};

export const myProfile: MyProfile = {
  handle: 'ada',
  displayName: 'Ada Lovelace',
  headline: '',
  bio: '',
  bioHtml: '',
  country: null,
  city: null,
  languages: [],
  topics: [],
  skills: [],
  offers: [],
  needs: [],
  links: [],
  avatar: null,
  openToPress: false,
  pressTopics: [],
  pressLanguages: [],
  acceptsContactRequests: false,
  followerCount: 0,
  followingCount: 0,
  followedByMe: false,
  isMe: true,
  visibility: 'members',
  cityVisible: true,
  onboarded: false,
  moderation: { hidden: false, reason: null },
};

/** An event organised as Civic Lab in Berlin, as the API answers it; override what a test is about. */
export function anEvent(overrides: Partial<Event> = {}): Event {
  return {
    id: '5b0c8a4e-7a55-4d1c-9a3e-0d6a3f0a1b2c',
    title: 'Community organising clinic',
    description: 'Bring questions.',
    descriptionHtml: '<p>Bring questions.</p>',
    author: {
      person: { handle: 'olga', displayName: 'Olga Organiser', avatar: null },
      organisation: { slug: 'civic-lab', name: 'Civic Lab', kind: 'cso', logo: null },
    },
    start: { local: '2030-06-12T18:30', timeZone: 'Europe/Berlin', at: '2030-06-12T16:30:00.000Z' },
    end: { local: '2030-06-12T20:30', timeZone: 'Europe/Berlin', at: '2030-06-12T18:30:00.000Z' },
    format: 'in_person',
    venue: { name: 'Casa Comum', address: 'Hauptstraße 1', city: 'Berlin', country: 'DE' },
    onlineUrl: null,
    hasOnlineLink: false,
    topics: [],
    language: 'en',
    capacity: null,
    registrationDeadline: null,
    status: 'scheduled',
    audience: 'organisation',
    sequence: 0,
    counts: { going: 0, interested: 0, waitlisted: 0 },
    placesLeft: null,
    registrationOpen: true,
    myRsvp: null,
    waitlistPosition: null,
    canManage: true,
    moderation: null,
    createdAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
    ...overrides,
  };
}

/** Ana Novak's follow of the signed-in member, unread; change what a test is about. */
export function notificationFixture(overrides: Partial<Notification> = {}): Notification {
  return {
    id: '10',
    kind: 'new_follower',
    createdAt: '2026-12-02T11:55:00.000Z',
    readAt: null,
    actor: { handle: 'ana', displayName: 'Ana Novak', avatar: null },
    organisation: null,
    subject: { type: 'profile', title: 'Ana Novak', path: '/people/ana' },
    details: {},
    reason: 'You get this because it is about your profile.',
    ...overrides,
  };
}

export function notificationPage(items: Notification[], nextCursor: string | null = null): NotificationPage {
  return { items, nextCursor, unreadCount: items.filter((item) => item.readAt === null).length };
}
