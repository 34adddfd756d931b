import type { MyProfile, ProfileLink, Visibility } from '@open-spaces/contracts';

/** What the profile editor's inputs hold; `toProfileRequest` turns it into the contract's request. */
export interface ProfileFormValues extends Record<string, unknown> {
  handle: string;
  displayName: string;
  headline: string;
  bio: string;
  country: string;
  city: string;
  cityVisible: boolean;
  languages: string[];
  topics: string[];
  skills: string;
  offers: string[];
  needs: string[];
  links: ProfileLink[];
  openToPress: boolean;
  pressTopics: string[];
  pressLanguages: string[];
  acceptsContactRequests: boolean;
  visibility: Visibility;
}

export const profileFormValues = (profile: MyProfile): ProfileFormValues => ({
  handle: profile.handle,
  displayName: profile.displayName,
  headline: profile.headline,
  bio: profile.bio,
  country: profile.country ?? '',
  city: profile.city ?? '',
  cityVisible: profile.cityVisible,
  languages: profile.languages,
  topics: profile.topics,
  skills: profile.skills.join(', '),
  offers: profile.offers,
  needs: profile.needs,
  links: profile.links,
  openToPress: profile.openToPress,
  pressTopics: profile.pressTopics,
  pressLanguages: profile.pressLanguages,
  acceptsContactRequests: profile.acceptsContactRequests,
  visibility: profile.visibility,
});

export const toProfileRequest = (values: ProfileFormValues) => ({
  ...values,
  country: values.country === '' ? null : values.country,
  city: values.city.trim() === '' ? null : values.city,
  skills: values.skills
    .split(',')
    .map((skill) => skill.trim())
    .filter(Boolean),
});
