import { AuthResult } from '@open-spaces/contracts';
import { type APIRequestContext, expect } from '@playwright/test';
import { moderatorHeaders } from './moderator-session';
import { PASSWORD, seedMember } from './support';

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
  /** The unsubscribe link (path and query) of a notification mail to the sweep's member. */
  unsubscribePath: string;
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

/** A published guide with a comment and a reply, written by the sweep's member as its organisation. */
async function samplePost(world: World): Promise<string> {
  const post = await apiPost<{ slug: string }>(world, '/api/posts', {
    kind: 'guide',
    title: 'How we ran a citizens’ assembly',
    summary: 'What worked, and what we would do differently.',
    body: 'We started **small**, with a handful of neighbours.\n\n- Invite widely\n- Pay for childcare',
    topics: ['democracy-and-participation'],
    countries: ['BE'],
    language: 'en',
    organisation: world.organisationSlug,
    status: 'published',
  });
  const comment = await apiPost<{ id: string }>(world, `/api/posts/${post.slug}/comments`, {
    body: 'Which venue did you use?',
  });
  await apiPost(world, `/api/posts/${post.slug}/comments`, { body: 'A school hall.', parentId: comment.id });
  return post.slug;
}

/** A case submitted by the sweep's member, with a linked organiser and a link; published by the moderator when asked. */
async function sampleCase(world: World, publish: boolean): Promise<string> {
  const submitted = await apiPost<{ id: string }>(world, '/api/cases', {
    title: 'Neighbourhood assembly on a shared garden',
    summary: 'Thirty neighbours drawn by lot decided how to use an empty lot behind the station.',
    description: 'We met **four times** in the school hall.',
    country: 'BE',
    place: 'Sweepville',
    scope: 'neighbourhood',
    startDate: '2024-03-02',
    ongoing: true,
    purpose: 'Decide together what to do with the empty lot.',
    iap2Level: 'empower',
    methods: ['citizens_assembly', 'participatory_mapping'],
    participantCount: 30,
    recruitment: 'Civic lottery among the households of the street block.',
    format: 'in_person',
    organisers: [{ organisation: world.organisationSlug }, { name: 'Sweepville District Office' }],
    funders: [{ name: 'Sweepville Community Fund' }],
    outcomes: 'A garden plan adopted by the district.',
    impact: 'The garden opened in the summer.',
    links: [{ url: 'https://garden.example.org', label: 'The garden plan' }],
    topics: ['democracy-and-participation'],
    language: 'en',
  });
  if (publish) {
    const origin = world.headers.Origin ?? '';
    const response = await world.request.post(`/api/cases/${submitted.id}/review`, {
      data: { decision: 'publish' },
      headers: await moderatorHeaders(world.request, origin),
    });
    expect(response.ok(), `publishing the case answered ${response.status()}`).toBe(true);
  }
  return submitted.id;
}

/** A petition started by the sweep's member: a draft, or opened (and signed by the member). */
async function samplePetition(world: World, state: 'draft' | 'open' | 'delivered'): Promise<string> {
  const petition = await apiPost<{ id: string }>(world, '/api/petitions', {
    title: 'Keep the Brussels community centres open',
    text: 'The city plans to close **three** community centres.\n\nWe ask the council to keep them open.',
    addressee: 'Brussels City Council',
    goal: 50,
    deadline: new Date(Date.now() + 30 * 24 * 3600_000).toISOString(),
    topics: ['democracy-and-participation'],
    countries: ['BE'],
    language: 'en',
  });
  if (state === 'draft') return petition.id;
  await apiPost(world, `/api/petitions/${petition.id}/open`, {});
  const signed = await world.request.put(`/api/petitions/${petition.id}/signature`, {
    data: { showName: true, shareContact: false },
    headers: world.headers,
  });
  expect(signed.ok(), `signing answered ${signed.status()}`).toBe(true);
  if (state === 'delivered') {
    await apiPost(world, `/api/petitions/${petition.id}/close`, {});
    await apiPost(world, `/api/petitions/${petition.id}/response`, {
      response: 'The council **agrees** to keep two of them open.',
    });
  }
  return petition.id;
}

/** A public hybrid event with a capacity, published by the sweep's member. */
function sweepEvent(world: World): Promise<{ id: string }> {
  return apiPost<{ id: string }>(world, '/api/events', {
    title: 'Accessibility sweep gathering',
    description: 'A **public** event with a venue and an online link.',
    timeZone: 'Europe/Brussels',
    start: '2030-05-14T18:30',
    end: '2030-05-14T20:30',
    format: 'hybrid',
    venue: { name: 'Maison des Associations', address: 'Rue Royale 1', city: 'Brussels', country: 'BE' },
    onlineUrl: 'https://meet.example.org/sweep',
    language: 'fr',
    capacity: 20,
  });
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

/** A partner search by the sweep's organisation on a call that requires partners. */
async function samplePartnerSearch(world: World): Promise<string> {
  const call = await publishCall(world);
  const search = await apiPost<{ id: string }>(world, `/api/funding-calls/${call.id}/partner-searches`, {
    organisation: world.organisationSlug,
    roles: [{ role: 'partner', competences: ['research-and-data'] }],
    countriesWanted: ['FR'],
    note: 'We look for a research partner.',
  });
  return `/funding/partner-searches/${search.id}`;
}

/**
 * The signed-in home feed with items in it: another member publishes a post and an event,
 * and the sweep's member follows them.
 */
async function feedWithItems(world: World): Promise<string> {
  const origin = world.headers.Origin ?? '';
  const other = await seedMember(world.request, origin, 'Flora Feedwriter', { visibility: 'public' });
  const login = await world.request.post('/api/auth/login', {
    data: { email: other.email, password: PASSWORD },
    headers: { Origin: origin },
  });
  const { accessToken } = AuthResult.parse(await login.json());
  const writer: World = { ...world, headers: { Origin: origin, Authorization: `Bearer ${accessToken}` } };
  await apiPost(writer, '/api/posts', {
    kind: 'news',
    title: 'Our assembly starts in May',
    summary: 'Everything you need to know about the first session.',
    body: 'We meet in **May**.',
    topics: ['democracy-and-participation'],
    countries: ['BE'],
    language: 'en',
    status: 'published',
  });
  await sweepEvent(writer);
  await apiPost(world, '/api/follows', { type: 'profile', target: other.handle });
  await apiPost(world, '/api/follows', { type: 'topic', target: 'democracy-and-participation' });
  return '/';
}

/** The sweep's member as someone else follows them, which lists a notification. */
async function notificationsWithItems(world: World): Promise<string> {
  const origin = world.headers.Origin ?? '';
  const other = await seedMember(world.request, origin, 'Nora Notifier', { visibility: 'public' });
  const login = await world.request.post('/api/auth/login', {
    data: { email: other.email, password: PASSWORD },
    headers: { Origin: origin },
  });
  const { accessToken } = AuthResult.parse(await login.json());
  const follower: World = { ...world, headers: { Origin: origin, Authorization: `Bearer ${accessToken}` } };
  await apiPost(follower, '/api/follows', { type: 'profile', target: world.handle });
  return '/notifications';
}

/**
 * Another member asks the sweep's member for contact and the sweep's member accepts, so the
 * request lists and the conversation have items; each side writes a message.
 */
async function conversationWithMessages(world: World): Promise<string> {
  const origin = world.headers.Origin ?? '';
  const other = await seedMember(world.request, origin, 'Jonas Journalist', { visibility: 'public' });
  const login = await world.request.post('/api/auth/login', {
    data: { email: other.email, password: PASSWORD },
    headers: { Origin: origin },
  });
  const { accessToken } = AuthResult.parse(await login.json());
  const journalist: World = { ...world, headers: { Origin: origin, Authorization: `Bearer ${accessToken}` } };
  const updated = await world.request.patch('/api/me/profile', {
    data: { acceptsContactRequests: true },
    headers: world.headers,
  });
  expect(updated.ok()).toBe(true);
  const request = await apiPost<{ id: string }>(journalist, `/api/people/${world.handle}/contact-requests`, {
    subject: 'Local assemblies',
    outlet: 'Brussels Weekly',
    deadline: null,
    message: 'Could we talk for a quarter of an hour about your assembly?',
  });
  const accepted = await apiPost<{ conversationId: string }>(
    world,
    `/api/contact-requests/${request.id}/accept`,
    {},
  );
  await apiPost(journalist, `/api/conversations/${accepted.conversationId}/messages`, { body: 'Thank you!' });
  await apiPost(world, `/api/conversations/${accepted.conversationId}/messages`, { body: 'Gladly.' });
  return `/messages/${accepted.conversationId}`;
}

/**
 * An open consultation of the sweep's organisation with an idea that has a comment, a reply
 * and a published answer; returns the process and idea ids.
 */
async function sweepConsultation(world: World): Promise<{ processId: string; ideaId: string }> {
  const day = 24 * 60 * 60 * 1000;
  const at = (days: number) => new Date(Date.now() + days * day).toISOString();
  const process = await apiPost<{ id: string }>(world, '/api/processes', {
    organisation: world.organisationSlug,
    title: 'Sweep consultation on the town square',
    description: 'How should the **square** change?',
    topics: ['democracy-and-participation'],
    scope: 'local',
    languages: ['en'],
    supportThreshold: 2,
    phases: [
      { kind: 'information', startsAt: at(-10), endsAt: at(-2), actions: [] },
      { kind: 'ideas', startsAt: at(-2), endsAt: at(20), actions: ['propose', 'support', 'comment'] },
      { kind: 'results', startsAt: at(20), endsAt: at(40), actions: [] },
    ],
  });
  const idea = await apiPost<{ id: string }>(world, `/api/processes/${process.id}/ideas`, {
    title: 'Plant shade trees',
    body: 'Summers are **hot**; trees would help.',
  });
  const comment = await apiPost<{ id: string }>(world, `/api/ideas/${idea.id}/comments`, {
    body: 'Which trees?',
  });
  await apiPost(world, `/api/ideas/${idea.id}/comments`, { body: 'Native ones.', parentId: comment.id });
  const answered = await world.request.put(`/api/ideas/${idea.id}/answer`, {
    data: { state: 'accepted', text: 'We will plant them in spring.', publish: true },
    headers: world.headers,
  });
  expect(answered.ok(), await answered.text()).toBe(true);
  return { processId: process.id, ideaId: idea.id };
}

/** An ISO instant `days` from now (negative for the past). */
function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString();
}

/**
 * A budget in a process of the sweep's organisation, open for voting, with projects and the
 * sweep's member's checked-out ballot; closed too (its dates moved into the past) when
 * `closed`, so its results are published.
 */
async function sampleBudget(world: World, closed = false): Promise<{ id: string; processId: string }> {
  const process = await apiPost<{ id: string }>(world, '/api/processes', {
    organisation: world.organisationSlug,
    title: 'Neighbourhood budget 2030',
    description: 'Residents decide how the fund is spent.',
    topics: ['democracy-and-participation'],
    scope: 'local',
    languages: ['en'],
    phases: [{ kind: 'ideas', startsAt: daysFromNow(-5), endsAt: daysFromNow(30), actions: ['propose'] }],
  });
  const budget = await apiPost<{ id: string }>(world, `/api/processes/${process.id}/budgets`, {
    title: 'Green streets budget',
    description: 'Choose what makes our streets greener.',
    amount: 50_000_00,
    currency: 'EUR',
    rule: { type: 'knapsack', minSpendPercent: 70 },
    votingOpensAt: daysFromNow(-1),
    votingClosesAt: daysFromNow(20),
  });
  const projects = [
    { title: 'Trees on Rue Haute', cost: 30_000_00, location: 'Rue Haute' },
    { title: 'Rain gardens', cost: 15_000_00, location: null },
    { title: 'Benches in the square', cost: 5_000_00, location: 'Place du Jeu de Balle' },
  ];
  const ids: string[] = [];
  for (const project of projects) {
    ids.push((await apiPost<{ id: string }>(world, `/api/budgets/${budget.id}/projects`, project)).id);
  }
  for (const projectId of ids.slice(0, 2)) {
    await apiPost(world, `/api/budgets/${budget.id}/ballot/projects`, { projectId });
  }
  await apiPost(world, `/api/budgets/${budget.id}/ballot/checkout`, {});
  if (closed) {
    const moved = await world.request.patch(`/api/budgets/${budget.id}`, {
      data: { votingOpensAt: daysFromNow(-2), votingClosesAt: daysFromNow(-0.01) },
      headers: world.headers,
    });
    expect(moved.ok()).toBe(true);
  }
  return { id: budget.id, processId: process.id };
}

export const pages: PageCheck[] = [
  { name: 'home', path: '/' },
  { name: 'home feed', path: feedWithItems, signedInOnly: true },
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
  { name: 'events directory', path: '/events' },
  { name: 'event', path: async (w) => `/events/${(await sweepEvent(w)).id}` },
  { name: 'new event', path: '/events/new', signedInOnly: true },
  {
    name: 'edit event',
    path: async (w) => `/events/${(await sweepEvent(w)).id}/edit`,
    signedInOnly: true,
  },
  { name: 'invitations', path: '/invitations', signedInOnly: true },
  { name: 'petitions', path: '/petitions' },
  { name: 'petition', path: async (w) => `/petitions/${await samplePetition(w, 'open')}` },
  { name: 'delivered petition', path: async (w) => `/petitions/${await samplePetition(w, 'delivered')}` },
  { name: 'new petition', path: '/petitions/new', signedInOnly: true },
  { name: 'my petitions', path: '/petitions/mine', signedInOnly: true },
  {
    name: 'edit petition',
    path: async (w) => `/petitions/${await samplePetition(w, 'draft')}/edit`,
    signedInOnly: true,
  },
  { name: 'petition confirmation with a broken link', path: '/petitions/confirm?token=copied-only-in-part' },
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
  { name: 'partner searches', path: '/funding/partner-searches', signedInOnly: true },
  { name: 'partner search', path: samplePartnerSearch, signedInOnly: true },
  { name: 'consultations', path: '/processes' },
  { name: 'consultation', path: async (w) => `/processes/${(await sweepConsultation(w)).processId}` },
  { name: 'idea', path: async (w) => `/ideas/${(await sweepConsultation(w)).ideaId}` },
  { name: 'new consultation', path: '/processes/new', signedInOnly: true },
  {
    name: 'edit consultation',
    path: async (w) => `/processes/${(await sweepConsultation(w)).processId}/edit`,
    signedInOnly: true,
  },
  { name: 'budget', path: async (w) => `/budgets/${(await sampleBudget(w)).id}`, signedInOnly: true },
  { name: 'budget results', path: async (w) => `/budgets/${(await sampleBudget(w, true)).id}/results` },
  {
    name: 'manage budget',
    path: async (w) => `/budgets/${(await sampleBudget(w)).id}/manage`,
    signedInOnly: true,
  },
  {
    name: 'process budgets',
    path: async (w) => `/processes/${(await sampleBudget(w)).processId}/budgets`,
    signedInOnly: true,
  },
  {
    name: 'new budget',
    path: async (w) => `/processes/${(await sampleBudget(w)).processId}/budgets/new`,
    signedInOnly: true,
  },
  { name: 'profile settings', path: '/settings/profile', signedInOnly: true },
  { name: 'welcome', path: '/welcome', signedInOnly: true },
  { name: 'account', path: '/account', signedInOnly: true },
  { name: 'notifications', path: notificationsWithItems, signedInOnly: true },
  { name: 'notifications, unread only', path: '/notifications?unread=true', signedInOnly: true },
  { name: 'notification settings', path: '/settings/notifications', signedInOnly: true },
  { name: 'unsubscribe', path: (w) => Promise.resolve(w.unsubscribePath) },
  { name: 'unsubscribe with a broken link', path: '/unsubscribe?token=copied-only-in-part-from-the-mail' },
  { name: 'news', path: '/news' },
  { name: 'search', path: '/search' },
  { name: 'search results', path: (w) => samplePost(w).then(() => '/search?q=assembly') },
  { name: 'post', path: (w) => samplePost(w).then((slug) => `/news/${slug}`) },
  { name: 'edit post', path: (w) => samplePost(w).then((slug) => `/news/${slug}/edit`), signedInOnly: true },
  { name: 'new post', path: '/news/new', signedInOnly: true },
  { name: 'my posts', path: '/news/mine', signedInOnly: true },
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
  { name: 'cases', path: '/cases' },
  { name: 'case', path: (w) => sampleCase(w, true).then((id) => `/cases/${id}`) },
  {
    name: 'submitted case',
    path: (w) => sampleCase(w, false).then((id) => `/cases/${id}`),
    signedInOnly: true,
  },
  {
    name: 'edit case',
    path: (w) => sampleCase(w, false).then((id) => `/cases/${id}/edit`),
    signedInOnly: true,
  },
  { name: 'submit case', path: '/cases/new', signedInOnly: true },
  { name: 'my cases', path: '/cases/mine', signedInOnly: true },
  { name: 'cases to review', path: '/cases/review', signedInOnly: true },
  { name: 'pending tools', path: '/tools/pending', signedInOnly: true },
  { name: 'moderation queue', path: '/moderation', signedInOnly: true },
  { name: 'moderation audit log', path: '/moderation/audit', signedInOnly: true },
  { name: 'experts', path: '/experts' },
  { name: 'conversation', path: conversationWithMessages, signedInOnly: true },
  { name: 'messages', path: '/messages', signedInOnly: true },
  { name: 'contact requests received', path: '/contact-requests', signedInOnly: true },
  { name: 'contact requests sent', path: '/contact-requests?box=sent', signedInOnly: true },
  {
    name: 'person suggestions',
    path: async (w) => {
      const response = await w.request.patch('/api/me/profile', {
        data: { needs: ['fundraising'], offers: ['translation'], topics: ['democracy-and-participation'] },
        headers: w.headers,
      });
      expect(response.ok(), `PATCH /api/me/profile answered ${response.status()}`).toBe(true);
      return '/people/suggestions';
    },
    signedInOnly: true,
  },
  {
    name: 'organisation suggestions',
    path: (w) => Promise.resolve(`/organisations/${w.organisationSlug}/suggestions`),
    signedInOnly: true,
  },
];
