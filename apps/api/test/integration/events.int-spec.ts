import { addMember, createOrganisation } from '../factories/organisations';
import { type Someone, someone as someoneIn } from '../factories/people';
import { createEvent, newEventInput } from '../factories/events';
import { bearer, login, registerUser } from '../factories/users';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';

let t: TestApp;
let organiser: Someone;
let visitor: Someone;

const someone = (displayName: string) => someoneIn(t, displayName);

beforeAll(async () => {
  t = await startTestApp({ LOGIN_LIMIT_PER_IP: '10000' });
  organiser = await someone('Olga Organiser');
  visitor = await someone('Victor Visitor');
});
afterAll(() => t.close());

describe('publishing an event', () => {
  it('publishes an event as a person, with its times in their zone and an activity', async () => {
    const response = await t.http().post('/api/events').set(organiser.auth).send(newEventInput()).expect(201);
    expect(response.body).toMatchObject({
      title: 'Community organising clinic',
      descriptionHtml: expect.stringContaining('<strong>your</strong>'),
      start: { local: '2027-07-14T18:30', timeZone: 'Europe/Lisbon', at: '2027-07-14T17:30:00.000Z' },
      end: { local: '2027-07-14T20:30', timeZone: 'Europe/Lisbon', at: '2027-07-14T19:30:00.000Z' },
      venue: { city: 'Lisbon', country: 'PT' },
      author: { person: { handle: organiser.handle }, organisation: null },
      status: 'scheduled',
      sequence: 0,
      canManage: true,
      myRsvp: null,
      moderation: { hidden: false, reason: null },
    });
    const activities = await t.sql('SELECT verb, countries FROM activities WHERE object_id = $1', [
      response.body.id,
    ]);
    expect(activities).toEqual([{ verb: 'published', countries: ['PT'] }]);
  });

  it('refuses anonymous visitors and unconfirmed accounts', async () => {
    expectProblem(await t.http().post('/api/events').send(newEventInput()), 401, 'unauthenticated');
    const unconfirmed = await registerUser(t);
    const { accessToken } = await login(t, unconfirmed);
    expectProblem(
      await t.http().post('/api/events').set(bearer(accessToken)).send(newEventInput()),
      403,
      'email_not_verified',
    );
  });

  it.each([
    ['an unknown time zone', { timeZone: 'Europe/Atlantis' }, 'timeZone'],
    ['a time the clocks skip', { timeZone: 'Europe/Lisbon', start: '2027-03-28T01:30' }, 'start'],
    ['an end before the start', { end: '2027-07-14T17:00' }, 'end'],
    ['a date that does not exist', { start: '2027-02-30T10:00' }, 'start'],
    ['an in-person event without a venue', { venue: null }, 'venue'],
    ['an online event without a link', { format: 'online' as const, venue: null }, 'onlineUrl'],
    ['an online link that is not https', { format: 'online' as const, onlineUrl: 'http://meet.example.org/x' }, 'onlineUrl'],
    ['a registration deadline in the past', { registrationDeadline: '2024-01-01T10:00' }, 'registrationDeadline'],
    ['a capacity of zero', { capacity: 0 }, 'capacity'],
    ['an unknown topic', { topics: ['no-such-topic'] }, 'topics.0', 'unknown_taxonomy_value'],
    [
      'an unknown venue country',
      { venue: { name: 'Hall', address: 'Main 1', city: 'X', country: 'ZZ' } },
      'venue.country',
      'unknown_taxonomy_value',
    ],
    ['an organisation audience on a personal event', { audience: 'organisation' as const }, 'audience'],
  ] as [string, Parameters<typeof newEventInput>[0], string, string?][])(
    'answers 400 naming the field for %s',
    async (_case, overrides, field, code = 'validation_failed') => {
    const response = await t.http().post('/api/events').set(organiser.auth).send(newEventInput(overrides));
    const problem = expectProblem(response, 400, code);
    expect(problem.errors?.map((error) => error.field)).toContain(field);
  },
  );

  it('lets organisation editors publish as the organisation, and refuses plain members', async () => {
    const owner = await someone('Owner Ola');
    const editor = await someone('Editor Eda');
    const member = await someone('Member Mo');
    const organisation = await createOrganisation(t, (await login(t, owner)).accessToken);
    await addMember(t, organisation, editor, 'editor');
    await addMember(t, organisation, member, 'member');
    const asOrg = { organisation: organisation.slug };
    const created = await t.http().post('/api/events').set(editor.auth).send(newEventInput(asOrg)).expect(201);
    expect(created.body.author.organisation).toMatchObject({ slug: organisation.slug });
    expectProblem(
      await t.http().post('/api/events').set(member.auth).send(newEventInput(asOrg)),
      403,
      'forbidden',
    );
    expectProblem(
      await t.http().post('/api/events').set(editor.auth).send(newEventInput({ organisation: 'no-such-org' })),
      404,
      'not_found',
    );
    // The owner manages the organisation's event; the plain member does not.
    expect((await t.http().get(`/api/events/${created.body.id}`).set(owner.auth)).body.canManage).toBe(true);
    expect((await t.http().get(`/api/events/${created.body.id}`).set(member.auth)).body.canManage).toBe(false);
  });
});

describe('who sees an event', () => {
  it('shows a public event to everyone, and the online link only to people going and organisers', async () => {
    const { id } = await createEvent(t, organiser.auth, {
      format: 'hybrid',
      onlineUrl: 'https://meet.example.org/clinic',
    });
    const anonymous = await t.http().get(`/api/events/${id}`).expect(200);
    expect(anonymous.body).toMatchObject({ onlineUrl: null, hasOnlineLink: true, canManage: false, moderation: null });
    expect((await t.http().get(`/api/events/${id}`).set(organiser.auth)).body.onlineUrl).toBe(
      'https://meet.example.org/clinic',
    );
    await t.http().put(`/api/events/${id}/rsvp`).set(visitor.auth).send({ state: 'interested' }).expect(200);
    expect((await t.http().get(`/api/events/${id}`).set(visitor.auth)).body.onlineUrl).toBeNull();
    const going = await t.http().put(`/api/events/${id}/rsvp`).set(visitor.auth).send({ state: 'going' }).expect(200);
    expect(going.body.onlineUrl).toBe('https://meet.example.org/clinic');
  });

  it('shows a members event to signed-in people only', async () => {
    const { id } = await createEvent(t, organiser.auth, { audience: 'members' });
    expectProblem(await t.http().get(`/api/events/${id}`), 404, 'not_found');
    await t.http().get(`/api/events/${id}`).set(visitor.auth).expect(200);
  });

  it('shows an organisation event to its members only', async () => {
    const owner = await someone('Owner Ines');
    const organisation = await createOrganisation(t, (await login(t, owner)).accessToken);
    const { id } = await createEvent(t, owner.auth, { organisation: organisation.slug, audience: 'organisation' });
    expectProblem(await t.http().get(`/api/events/${id}`).set(visitor.auth), 404, 'not_found');
    await addMember(t, organisation, visitor, 'member');
    await t.http().get(`/api/events/${id}`).set(visitor.auth).expect(200);
  });

  it('hides the events of a hidden profile from everyone but its author', async () => {
    const hidden = await someone('Hidden Hanna');
    const { id } = await createEvent(t, hidden.auth);
    await t.http().patch('/api/me/profile').set(hidden.auth).send({ visibility: 'hidden' }).expect(200);
    expectProblem(await t.http().get(`/api/events/${id}`), 404, 'not_found');
    expectProblem(await t.http().get(`/api/events/${id}`).set(visitor.auth), 404, 'not_found');
    await t.http().get(`/api/events/${id}`).set(hidden.auth).expect(200);
    expectProblem(await t.http().put(`/api/events/${id}/rsvp`).set(visitor.auth).send({ state: 'going' }), 404, 'not_found');
    expectProblem(await t.http().get(`/api/events/${id}.ics`), 404, 'not_found');
  });

  it('hides events between a blocked pair, in both directions', async () => {
    const blocker = await someone('Blocking Bea');
    const { id: blockersEvent } = await createEvent(t, blocker.auth);
    const { id: visitorsEvent } = await createEvent(t, visitor.auth);
    await t.http().post('/api/blocks').set(blocker.auth).send({ handle: visitor.handle }).expect(204);
    expectProblem(await t.http().get(`/api/events/${blockersEvent}`).set(visitor.auth), 404, 'not_found');
    expectProblem(await t.http().get(`/api/events/${visitorsEvent}`).set(blocker.auth), 404, 'not_found');
    const list = await t.http().get('/api/events').set(visitor.auth).query({ limit: 100 }).expect(200);
    expect(list.body.items.map((event: { id: string }) => event.id)).not.toContain(blockersEvent);
  });

  it('answers 404 for ids that are not events', async () => {
    expectProblem(await t.http().get('/api/events/not-a-uuid'), 404, 'not_found');
    expectProblem(await t.http().get(`/api/events/${crypto.randomUUID()}`), 404, 'not_found');
  });
});

describe('moderation', () => {
  it('registers events as a moderation target; a hidden event shows only to its author, with the reason', async () => {
    const { ModerationTargets } = await import('../../src/modules/moderation/moderation-targets');
    const target = t.app.get(ModerationTargets).get('event');
    const { id } = await createEvent(t, organiser.auth, { title: 'Reported gathering' });
    expect(await target?.describe(id)).toEqual({ title: 'Reported gathering', authorId: organiser.id, path: `/events/${id}` });
    await target?.setHidden(id, { reason: 'spam' });
    expectProblem(await t.http().get(`/api/events/${id}`).set(visitor.auth), 404, 'not_found');
    const list = await t.http().get('/api/events').query({ limit: 100 }).expect(200);
    expect(list.body.items.map((event: { id: string }) => event.id)).not.toContain(id);
    const own = await t.http().get(`/api/events/${id}`).set(organiser.auth).expect(200);
    expect(own.body.moderation).toEqual({ hidden: true, reason: 'spam' });
    await target?.setHidden(id, null);
    await t.http().get(`/api/events/${id}`).set(visitor.auth).expect(200);
  });
});
