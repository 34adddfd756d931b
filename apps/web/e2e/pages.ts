import { type APIRequestContext, expect } from '@playwright/test';

/**
 * Every page of the product, for the accessibility sweep. A page whose address needs data
 * (a profile, an organisation, a post...) makes it through the API in `path`, with the
 * sweep's own signed-in member.
 */
export interface World {
  request: APIRequestContext;
  /** Headers that sign API requests in as the sweep's member (Origin and bearer token). */
  headers: Record<string, string>;
  handle: string;
  organisationSlug: string;
}

export interface PageCheck {
  name: string;
  path: string | ((world: World) => Promise<string>);
  /** Pages behind sign-in are swept signed in only; the others both ways. */
  signedInOnly?: boolean;
}

/** Posts `data` to the API as the sweep's member and returns the parsed answer. */
export async function apiPost<T = Record<string, unknown>>(
  world: World,
  path: string,
  data: unknown,
): Promise<T> {
  const response = await world.request.post(path, { data, headers: world.headers });
  expect(response.ok(), `${path} answered ${response.status()}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/** A call published by the sweep's member for its organisation, with a deadline a year ahead. */
function publishCall(world: World): Promise<{ id: string }> {
  const nextYear = new Date().getUTCFullYear() + 1;
  return apiPost<{ id: string }>(world, '/api/funding-calls', {
    organisation: world.organisationSlug,
    title: 'Sweep Civic Fund',
    summary: 'Small grants for local civic work.',
    description: 'Apply with a **short** note.',
    applyUrl: 'https://funder.example.org/apply',
    currency: 'EUR',
    minGrant: 5000,
    maxGrant: 20000,
    deadlineModel: 'two_stage',
    deadlines: [
      { label: 'Stage 1', local: `${nextYear}-03-01T12:00` },
      { label: 'Stage 2', local: `${nextYear}-06-01T12:00`, timeZone: 'Europe/Lisbon' },
    ],
    eligibleCountries: ['EU27', 'NO'],
    eligibleKinds: ['cso'],
    topics: ['climate-and-environment'],
    languages: ['en'],
    minPartners: 2,
  });
}

export const pages: PageCheck[] = [
  { name: 'home', path: '/' },
  { name: 'people directory', path: '/people' },
  { name: 'profile', path: (w) => Promise.resolve(`/people/${w.handle}`) },
  { name: 'followers', path: (w) => Promise.resolve(`/people/${w.handle}/followers`) },
  { name: 'following', path: (w) => Promise.resolve(`/people/${w.handle}/following`) },
  { name: 'organisations directory', path: '/organisations' },
  { name: 'organisation', path: (w) => Promise.resolve(`/organisations/${w.organisationSlug}`) },
  {
    name: 'organisation followers',
    path: (w) => Promise.resolve(`/organisations/${w.organisationSlug}/followers`),
  },
  {
    name: 'manage organisation',
    path: (w) => Promise.resolve(`/organisations/${w.organisationSlug}/manage`),
    signedInOnly: true,
  },
  { name: 'new organisation', path: '/organisations/new', signedInOnly: true },
  { name: 'invitations', path: '/invitations', signedInOnly: true },
  { name: 'funding directory', path: '/funding' },
  { name: 'funding call', path: async (w) => `/funding/${(await publishCall(w)).id}` },
  { name: 'new funding call', path: '/funding/new', signedInOnly: true },
  { name: 'saved funding calls', path: '/funding/saved', signedInOnly: true },
  {
    name: 'edit funding call',
    path: async (w) => `/funding/${(await publishCall(w)).id}/edit`,
    signedInOnly: true,
  },
  {
    name: 'calls an organisation can apply for',
    path: (w) => Promise.resolve(`/funding/for/${w.organisationSlug}`),
    signedInOnly: true,
  },
  { name: 'profile settings', path: '/settings/profile', signedInOnly: true },
  { name: 'welcome', path: '/welcome', signedInOnly: true },
  { name: 'account', path: '/account', signedInOnly: true },
  { name: 'register', path: '/register' },
  { name: 'sign in', path: '/sign-in' },
  { name: 'verify email', path: '/verify-email' },
  { name: 'forgot password', path: '/forgot-password' },
  { name: 'reset password', path: '/reset-password' },
  { name: 'not found', path: '/no-such-page' },
];
