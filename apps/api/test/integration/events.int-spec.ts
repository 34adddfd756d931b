import { ModerationTargets } from '../../src/modules/moderation/moderation-targets';
import { createEvent, newEventInput } from '../factories/events';
import { addMember, createOrganisation } from '../factories/organisations';
import { type Someone, someone as someoneIn } from '../factories/people';
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
    [
      'an online link that is not https',
      { format: 'online' as const, onlineUrl: 'http://meet.example.org/x' },
      'onlineUrl',
    ],
    [
      'a registration deadline in the past',
      { registrationDeadline: '2024-01-01T10:00' },
      'registrationDeadline',
    ],
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
    const created = await t
      .http()
      .post('/api/events')
      .set(editor.auth)
      .send(newEventInput(asOrg))
      .expect(201);
    expect(created.body.author.organisation).toMatchObject({ slug: organisation.slug });
    const refused = await t.http().post('/api/events').set(member.auth).send(newEventInput(asOrg));
    expect(expectProblem(refused, 403, 'forbidden').errors?.[0]?.field).toBe('organisation');
    expectProblem(
      await t
        .http()
        .post('/api/events')
        .set(editor.auth)
        .send(newEventInput({ organisation: 'no-such-org' })),
      404,
      'not_found',
    );
    // The owner manages the organisation's event; the plain member does not.
    expect((await t.http().get(`/api/events/${created.body.id}`).set(owner.auth)).body.canManage).toBe(true);
    expect((await t.http().get(`/api/events/${created.body.id}`).set(member.auth)).body.canManage).toBe(
      false,
    );
  });
});

describe('choosing whom to organise an event as', () => {
  const slugsOf = (body: { items: { slug: string }[] }) => body.items.map((item) => item.slug);

  it('lists, by name, the organisations where the person is an owner, admin or editor, and no others', async () => {
    const person = await someone('Paula Picker');
    const colleague = await someone('Colin Colleague');
    const colleagueToken = (await login(t, colleague)).accessToken;
    const owned = await createOrganisation(t, (await login(t, person)).accessToken, { name: 'Zeta Watch' });
    const administered = await createOrganisation(t, colleagueToken, { name: 'alpha Collective' });
    const edited = await createOrganisation(t, colleagueToken, { name: 'Mid Forum' });
    const joined = await createOrganisation(t, colleagueToken, { name: 'Beta Members' });
    const elsewhere = await createOrganisation(t, colleagueToken, { name: 'Another Network' });
    await addMember(t, administered, person, 'admin');
    await addMember(t, edited, person, 'editor');
    await addMember(t, joined, person, 'member');

    const response = await t.http().get('/api/me/publishing-organisations').set(person.auth).expect(200);
    expect(response.body).toEqual({
      items: [
        { slug: administered.slug, name: 'alpha Collective' },
        { slug: edited.slug, name: 'Mid Forum' },
        { slug: owned.slug, name: 'Zeta Watch' },
      ],
    });
    expect(slugsOf(response.body)).not.toContain(joined.slug);
    expect(slugsOf(response.body)).not.toContain(elsewhere.slug);
  });

  it('lists exactly the organisations an event may be published as', async () => {
    const person = await someone('Ivo Isolde');
    const owner = await someone('Oona Owner');
    const ownerToken = (await login(t, owner)).accessToken;
    const edited = await createOrganisation(t, ownerToken);
    const joined = await createOrganisation(t, ownerToken);
    await addMember(t, edited, person, 'editor');
    await addMember(t, joined, person, 'member');

    const listed = await t.http().get('/api/me/publishing-organisations').set(person.auth).expect(200);
    expect(slugsOf(listed.body)).toEqual([edited.slug]);
    await t
      .http()
      .post('/api/events')
      .set(person.auth)
      .send(newEventInput({ organisation: edited.slug }))
      .expect(201);
    const refused = await t
      .http()
      .post('/api/events')
      .set(person.auth)
      .send(newEventInput({ organisation: joined.slug }));
    expect(expectProblem(refused, 403, 'forbidden').errors?.[0]?.field).toBe('organisation');
  });

  it('answers an empty list to someone who edits for no organisation', async () => {
    const nobody = await someone('Nora Nobody');
    const response = await t.http().get('/api/me/publishing-organisations').set(nobody.auth).expect(200);
    expect(response.body).toEqual({ items: [] });
  });

  it('refuses signed-out visitors', async () => {
    expectProblem(await t.http().get('/api/me/publishing-organisations'), 401, 'unauthenticated');
  });
});

describe('who sees an event', () => {
  it('shows a public event to everyone, and the online link only to people going and organisers', async () => {
    const { id } = await createEvent(t, organiser.auth, {
      format: 'hybrid',
      onlineUrl: 'https://meet.example.org/clinic',
    });
    const anonymous = await t.http().get(`/api/events/${id}`).expect(200);
    expect(anonymous.body).toMatchObject({
      onlineUrl: null,
      hasOnlineLink: true,
      canManage: false,
      moderation: null,
    });
    expect((await t.http().get(`/api/events/${id}`).set(organiser.auth)).body.onlineUrl).toBe(
      'https://meet.example.org/clinic',
    );
    await t.http().put(`/api/events/${id}/rsvp`).set(visitor.auth).send({ state: 'interested' }).expect(200);
    expect((await t.http().get(`/api/events/${id}`).set(visitor.auth)).body.onlineUrl).toBeNull();
    const going = await t
      .http()
      .put(`/api/events/${id}/rsvp`)
      .set(visitor.auth)
      .send({ state: 'going' })
      .expect(200);
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
    const { id } = await createEvent(t, owner.auth, {
      organisation: organisation.slug,
      audience: 'organisation',
    });
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
    expectProblem(
      await t.http().put(`/api/events/${id}/rsvp`).set(visitor.auth).send({ state: 'going' }),
      404,
      'not_found',
    );
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
    const target = t.app.get(ModerationTargets).get('event');
    const { id } = await createEvent(t, organiser.auth, { title: 'Reported gathering' });
    expect(await target?.describe(id)).toEqual({
      title: 'Reported gathering',
      authorId: organiser.id,
      path: `/events/${id}`,
    });
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

describe('the event directory', () => {
  let ids: Record<string, string>;

  beforeAll(async () => {
    const author = await someone('Directory Dora');
    const venue = (city: string, country: string) => ({ name: 'Hall', address: 'Main 1', city, country });
    ids = {};
    for (const [key, overrides] of Object.entries({
      lisbonMarch: { start: '2031-03-10T10:00', end: '2031-03-10T12:00', topics: ['media-freedom'] },
      berlinApril: {
        timeZone: 'Europe/Berlin',
        start: '2031-04-02T10:00',
        end: '2031-04-02T12:00',
        venue: venue('Berlin', 'DE'),
        language: 'de',
        topics: ['media-freedom'],
      },
      onlineMay: {
        start: '2031-05-05T10:00',
        end: '2031-05-05T12:00',
        format: 'online' as const,
        venue: null,
        onlineUrl: 'https://meet.example.org/may',
        topics: ['media-freedom'],
      },
    })) {
      ids[key] = (await createEvent(t, author.auth, { title: key, ...overrides })).id;
    }
    const past = await createEvent(t, author.auth, { title: 'pastOne', topics: ['media-freedom'] });
    await t.sql(
      `UPDATE events SET starts_at = '2020-01-01 10:00+00', ends_at = '2020-01-01 12:00+00' WHERE id = $1`,
      [past.id],
    );
    ids.past = past.id;
  });

  const titles = (body: { items: { title: string }[] }) => body.items.map((item) => item.title);
  const list = (query: Record<string, string | number>) =>
    t
      .http()
      .get('/api/events')
      .query({ topic: 'media-freedom', from: '2031-01-01', ...query })
      .expect(200);

  it('lists upcoming events soonest first, page by page', async () => {
    const first = await list({ limit: 2 });
    expect(titles(first.body)).toEqual(['lisbonMarch', 'berlinApril']);
    const next = await list({ limit: 2, after: first.body.nextCursor });
    expect(titles(next.body)).toEqual(['onlineMay']);
    expect(next.body.nextCursor).toBeNull();
    expect(first.body.items[1]).toMatchObject({
      city: 'Berlin',
      country: 'DE',
      start: { local: '2031-04-02T10:00', timeZone: 'Europe/Berlin' },
      goingCount: 0,
    });
  });

  it('filters by country, format, language and local dates', async () => {
    expect(titles((await list({ country: 'DE' })).body)).toEqual(['berlinApril']);
    expect(titles((await list({ format: 'online' })).body)).toEqual(['onlineMay']);
    expect(titles((await list({ language: 'de' })).body)).toEqual(['berlinApril']);
    expect(titles((await list({ from: '2031-04-01', to: '2031-04-30' })).body)).toEqual(['berlinApril']);
    expect(titles((await list({ to: '2031-03-10' })).body)).toEqual(['lisbonMarch']);
  });

  it('shows past events latest first in the past view', async () => {
    const past = await t
      .http()
      .get('/api/events')
      .query({ when: 'past', topic: 'media-freedom' })
      .expect(200);
    expect(titles(past.body)).toEqual(['pastOne']);
  });

  it('answers 400 naming the field for invalid filters', async () => {
    for (const [field, value] of [
      ['country', 'Germany'],
      ['format', 'roadshow'],
      ['from', '2031-13-01'],
      ['limit', '0'],
      ['when', 'someday'],
    ]) {
      const problem = expectProblem(
        await t
          .http()
          .get('/api/events')
          .query({ [field as string]: value }),
        400,
        'validation_failed',
      );
      expect(problem.errors?.[0]?.field).toBe(field);
    }
  });
});

describe('changing an event', () => {
  it('moves an event: a new sequence, an "updated" activity and a notification for each participant', async () => {
    const going = await someone('Gina Going');
    const { id } = await createEvent(t, organiser.auth);
    await t.http().put(`/api/events/${id}/rsvp`).set(going.auth).send({ state: 'going' }).expect(200);
    const retitled = await t
      .http()
      .patch(`/api/events/${id}`)
      .set(organiser.auth)
      .send({ title: 'New name' })
      .expect(200);
    expect(retitled.body).toMatchObject({ title: 'New name', sequence: 0 });
    const moved = await t
      .http()
      .patch(`/api/events/${id}`)
      .set(organiser.auth)
      .send({ start: '2027-07-15T18:30', end: '2027-07-15T20:30' })
      .expect(200);
    expect(moved.body).toMatchObject({
      sequence: 1,
      start: { local: '2027-07-15T18:30', at: '2027-07-15T17:30:00.000Z' },
    });
    const activities = await t.sql<{ verb: string }>(
      'SELECT verb FROM activities WHERE object_id = $1 ORDER BY id',
      [id],
    );
    expect(activities.map((a) => a.verb)).toEqual(['published', 'updated']);
    expect(
      await t.sql('SELECT user_id, kind, details FROM notifications WHERE subject_id = $1', [id]),
    ).toEqual([{ user_id: going.id, kind: 'event_changed', details: { change: 'updated' } }]);
  });

  it('postpones and cancels with their activities; a cancelled event cannot be changed', async () => {
    const { id } = await createEvent(t, organiser.auth);
    await t.http().patch(`/api/events/${id}`).set(organiser.auth).send({ status: 'postponed' }).expect(200);
    const cancelled = await t
      .http()
      .patch(`/api/events/${id}`)
      .set(organiser.auth)
      .send({ status: 'cancelled' })
      .expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', sequence: 2, registrationOpen: false });
    const activities = await t.sql<{ verb: string }>(
      'SELECT verb FROM activities WHERE object_id = $1 ORDER BY id',
      [id],
    );
    expect(activities.map((a) => a.verb)).toEqual(['published', 'postponed', 'cancelled']);
    expectProblem(
      await t.http().patch(`/api/events/${id}`).set(organiser.auth).send({ status: 'scheduled' }),
      409,
      'event_cancelled',
    );
  });

  it('refuses changes from anyone but organisers, and invalid changes with the field named', async () => {
    const { id } = await createEvent(t, organiser.auth);
    expectProblem(
      await t.http().patch(`/api/events/${id}`).set(visitor.auth).send({ title: 'Mine' }),
      403,
      'forbidden',
    );
    expectProblem(await t.http().patch(`/api/events/${id}`).send({ title: 'Mine' }), 401, 'unauthenticated');
    const gap = expectProblem(
      await t
        .http()
        .patch(`/api/events/${id}`)
        .set(organiser.auth)
        .send({ start: '2027-03-28T01:30', end: '2027-03-28T03:00' }),
      400,
      'validation_failed',
    );
    expect(gap.errors?.map((error) => error.field)).toEqual(['start']);
    const online = expectProblem(
      await t.http().patch(`/api/events/${id}`).set(organiser.auth).send({ format: 'online' }),
      400,
      'validation_failed',
    );
    expect(online.errors?.map((error) => error.field)).toEqual(['onlineUrl']);
    const unknown = expectProblem(
      await t.http().patch(`/api/events/${id}`).set(organiser.auth).send({ colour: 'red' }),
      400,
      'validation_failed',
    );
    expect(unknown.errors?.length).toBeGreaterThan(0);
  });
});
