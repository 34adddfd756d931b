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
  { name: 'profile settings', path: '/settings/profile', signedInOnly: true },
  { name: 'welcome', path: '/welcome', signedInOnly: true },
  { name: 'account', path: '/account', signedInOnly: true },
  { name: 'register', path: '/register' },
  { name: 'sign in', path: '/sign-in' },
  { name: 'verify email', path: '/verify-email' },
  { name: 'forgot password', path: '/forgot-password' },
  { name: 'reset password', path: '/reset-password' },
  { name: 'not found', path: '/no-such-page' },
  { name: 'tools directory', path: '/tools' },
  {
    name: 'tool',
    path: async (w) => {
      const tool = await apiPost<{ slug: string }>(w, '/api/tools', {
        name: 'Sweep Pad',
        slug: `sweep-pad-${Math.random().toString(36).slice(2, 8)}`,
        website: 'https://pad.example.org',
        category: 'documents',
        priceModel: 'free',
        openSource: true,
        description: 'A pad for **shared notes**.',
      });
      return `/tools/${tool.slug}`;
    },
  },
  { name: 'propose tool', path: '/tools/propose', signedInOnly: true },
  { name: 'pending tools', path: '/tools/pending', signedInOnly: true },
  { name: 'moderation queue', path: '/moderation', signedInOnly: true },
  { name: 'moderation audit log', path: '/moderation/audit', signedInOnly: true },
];
