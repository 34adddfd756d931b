import type { MyProfile, Taxonomy } from '@open-spaces/contracts';

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
  followerCount: 0,
  followingCount: 0,
  followedByMe: false,
  isMe: true,
  visibility: 'members',
  cityVisible: true,
  onboarded: false,
  moderation: { hidden: false, reason: null },
};
