import ICAL from 'ical.js';
import { createEvent } from '../factories/events';
import { type Someone, someone } from '../factories/people';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';

let t: TestApp;
let organiser: Someone;
let member: Someone;

beforeAll(async () => {
  t = await startTestApp({ LOGIN_LIMIT_PER_IP: '10000' });
  organiser = await someone(t, 'Olga Organiser');
  member = await someone(t, 'Mira Member');
});
afterAll(() => t.close());

/** Parses iCalendar text with an independent parser. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    events: calendar.getAllSubcomponents('vevent'),
    zones: calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid')),
  };
}

async function feedUrl(who: Someone): Promise<string> {
  const created = await t.http().post('/api/me/calendar-feed').set(who.auth).expect(201);
  return new URL(created.body.url).pathname;
}

describe('one event as iCalendar', () => {
  it('has a stable UID, its zone with a VTIMEZONE, and a SEQUENCE that grows when it moves', async () => {
    const { id } = await createEvent(t, organiser.auth, { title: 'Lisbon clinic' });
    const first = await t.http().get(`/api/events/${id}.ics`).expect(200);
    expect(first.headers['content-type']).toContain('text/calendar');
    const { events, zones } = parse(first.text);
    expect(events).toHaveLength(1);
    const event = events[0] as ICAL.Component;
    expect(event.getFirstPropertyValue('uid')).toBe(`event-${id}@localhost:3000`);
    expect(event.getFirstPropertyValue('summary')).toBe('Lisbon clinic');
    expect(event.getFirstPropertyValue('sequence')).toBe(0);
    expect(event.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Lisbon');
    expect(event.getFirstPropertyValue('dtstart')?.toString()).toBe('2027-07-14T18:30:00');
    expect(event.getFirstPropertyValue('last-modified')).toBeTruthy();
    expect(zones).toEqual(['Europe/Lisbon']);

    await t
      .http()
      .patch(`/api/events/${id}`)
      .set(organiser.auth)
      .send({ start: '2027-07-14T19:00' })
      .expect(200);
    await t.http().patch(`/api/events/${id}`).set(organiser.auth).send({ status: 'cancelled' }).expect(200);
    const moved = parse((await t.http().get(`/api/events/${id}.ics`).expect(200)).text)
      .events[0] as ICAL.Component;
    expect(moved.getFirstPropertyValue('uid')).toBe(`event-${id}@localhost:3000`);
    expect(moved.getFirstPropertyValue('sequence')).toBe(2);
    expect(moved.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('answers 404 for an event the visitor may not see', async () => {
    const { id } = await createEvent(t, organiser.auth, { audience: 'members' });
    expectProblem(await t.http().get(`/api/events/${id}.ics`), 404, 'not_found');
    await t.http().get(`/api/events/${id}.ics`).set(member.auth).expect(200);
  });
});

describe('the personal calendar feed', () => {
  it('has no feed until one is made, and stores only a hash of its secret', async () => {
    expect((await t.http().get('/api/me/calendar-feed').set(member.auth).expect(200)).body).toEqual({
      exists: false,
      url: null,
      createdAt: null,
    });
    const path = await feedUrl(member);
    expect(path).toMatch(/^\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const token = path.slice('/api/calendar/'.length, -'.ics'.length);
    const stored = await t.sql<{ token_hash: string }>(
      'SELECT token_hash FROM calendar_feeds WHERE user_id = $1',
      [member.id],
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]?.token_hash).not.toContain(token);
    expect((await t.http().get('/api/me/calendar-feed').set(member.auth).expect(200)).body).toMatchObject({
      exists: true,
      url: null,
    });
  });

  it('lists the events the person goes to, in every zone they use, and not the ones they only follow', async () => {
    const person = await someone(t, 'Paula Person');
    const going = await createEvent(t, organiser.auth, {
      title: 'Going to this',
      format: 'hybrid',
      onlineUrl: 'https://meet.example.org/going',
    });
    const berlin = await createEvent(t, organiser.auth, {
      title: 'Berlin meetup',
      timeZone: 'Europe/Berlin',
      venue: { name: 'Haus', address: 'Str. 1', city: 'Berlin', country: 'DE' },
    });
    const interested = await createEvent(t, organiser.auth, { title: 'Only interested' });
    await t.http().put(`/api/events/${going.id}/rsvp`).set(person.auth).send({ state: 'going' }).expect(200);
    await t.http().put(`/api/events/${berlin.id}/rsvp`).set(person.auth).send({ state: 'going' }).expect(200);
    await t
      .http()
      .put(`/api/events/${interested.id}/rsvp`)
      .set(person.auth)
      .send({ state: 'interested' })
      .expect(200);
    const path = await feedUrl(person);
    const response = await t.http().get(path).expect(200);
    expect(response.headers['content-type']).toContain('text/calendar');
    const { events, zones } = parse(response.text);
    expect(events.map((event) => event.getFirstPropertyValue('summary')).sort()).toEqual([
      'Berlin meetup',
      'Going to this',
    ]);
    expect([...zones].sort()).toEqual(['Europe/Berlin', 'Europe/Lisbon']);
    // People going get the online link; the public event file leaves it out.
    const mine = events.find((event) => event.getFirstPropertyValue('summary') === 'Going to this');
    expect(String(mine?.getFirstPropertyValue('description'))).toContain('https://meet.example.org/going');
    const publicFile = await t.http().get(`/api/events/${going.id}.ics`).expect(200);
    expect(publicFile.text).not.toContain('meet.example.org');
  });

  it('stops answering at the old address when rotated or revoked', async () => {
    const person = await someone(t, 'Rita Rotate');
    const first = await feedUrl(person);
    const second = await feedUrl(person);
    expectProblem(await t.http().get(first), 404, 'not_found');
    await t.http().get(second).expect(200);
    expect((await t.http().delete('/api/me/calendar-feed').set(person.auth).expect(200)).body.exists).toBe(
      false,
    );
    expectProblem(await t.http().get(second), 404, 'not_found');
  });

  it('refuses anonymous management and unknown tokens', async () => {
    expectProblem(await t.http().get('/api/me/calendar-feed'), 401, 'unauthenticated');
    expectProblem(await t.http().post('/api/me/calendar-feed'), 401, 'unauthenticated');
    expectProblem(await t.http().delete('/api/me/calendar-feed'), 401, 'unauthenticated');
    expectProblem(await t.http().get('/api/calendar/not-a-token.ics'), 404, 'not_found');
    expectProblem(await t.http().get(`/api/calendar/${'a'.repeat(43)}.ics`), 404, 'not_found');
  });
});
