import type { Notification, NotificationPage } from '@open-spaces/contracts';
import { createEvent } from '../factories/events';
import { createOrganisation } from '../factories/organisations';
import { type Writer, writer } from '../factories/posts';
import { jobsSettled } from '../setup/jobs';
import { startTestApp, type TestApp } from '../setup/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ LOGIN_LIMIT_PER_IP: '10000' });
});
afterAll(() => t.close());

type Someone = Writer;

/** A signed-in person with a public profile, reading in this language. */
async function someone(name: string, locale: 'en' | 'de' | 'fr' = 'en'): Promise<Someone> {
  const who = await writer(t, 'public', name);
  await t.sql('UPDATE users SET locale = $2 WHERE id = $1', [who.id, locale]);
  return who;
}

/** What the person finds in their notifications once every job sent so far has run. */
async function notificationsOf(who: Someone): Promise<Notification[]> {
  await jobsSettled(t);
  const response = await t.http().get('/api/notifications').set(who.auth).expect(200);
  return (response.body as NotificationPage).items;
}

const rsvp = (who: Someone, id: string, state: 'going' | 'interested') =>
  t.http().put(`/api/events/${id}/rsvp`).set(who.auth).send({ state }).expect(200);

const changeEvent = (who: Someone, id: string, change: Record<string, unknown>) =>
  t.http().patch(`/api/events/${id}`).set(who.auth).send(change).expect(200);

describe('event changes', () => {
  it('tells everyone going or waitlisted that the event moved, was postponed or was cancelled', async () => {
    const olga = await someone('Olga Organiser');
    const organisation = await createOrganisation(t, olga.accessToken, { name: 'Harbour Collective' });
    const [going, waiting, interested, bystander] = [
      await someone('Gina Going'),
      await someone('Walt Waiting'),
      await someone('Ines Interested'),
      await someone('Bea Bystander'),
    ];
    const { id } = await createEvent(t, olga.auth, { capacity: 1, organisation: organisation.slug });
    await rsvp(going, id, 'going');
    await rsvp(waiting, id, 'going');
    await rsvp(interested, id, 'interested');
    // The organiser answering their own event is not told about their own change.
    await rsvp(olga, id, 'interested');

    await changeEvent(olga, id, {
      title: 'Harbour clinic',
      start: '2027-07-15T18:30',
      end: '2027-07-15T20:30',
    });
    await changeEvent(olga, id, { status: 'postponed' });
    await changeEvent(olga, id, { status: 'cancelled' });

    for (const participant of [going, waiting]) {
      const items = await notificationsOf(participant);
      expect(items.map((item) => [item.kind, item.details])).toEqual([
        ['event_cancelled', {}],
        ['event_changed', { change: 'postponed' }],
        ['event_changed', { change: 'updated' }],
      ]);
      expect(items[0]).toEqual(
        expect.objectContaining({
          actor: expect.objectContaining({ handle: olga.handle }),
          organisation: expect.objectContaining({ slug: organisation.slug }),
          subject: { type: 'event', title: 'Harbour clinic', path: `/events/${id}` },
          reason: 'You get this because you answered this event.',
        }),
      );
    }
    expect(await notificationsOf(interested)).toEqual([]);
    expect(await notificationsOf(bystander)).toEqual([]);
    expect(await notificationsOf(olga)).toEqual([]);
  });

  it('tells no one when only the description changes', async () => {
    const olga = await someone('Otto Organiser');
    const going = await someone('Gus Going');
    const { id } = await createEvent(t, olga.auth);
    await rsvp(going, id, 'going');
    await changeEvent(olga, id, { description: 'Now with coffee.' });
    expect(await notificationsOf(going)).toEqual([]);
  });
});

describe('the waitlist', () => {
  it('tells the person who moves up, and only them, without naming who freed the place', async () => {
    const olga = await someone('Oda Organiser');
    const [ana, bernd, chloe] = [
      await someone('Ana Place'),
      await someone('Bernd Platz', 'de'),
      await someone('Chloé Place', 'fr'),
    ];
    const { id } = await createEvent(t, olga.auth, { capacity: 1, title: 'Repair café' });
    await rsvp(ana, id, 'going');
    await rsvp(bernd, id, 'going');
    await rsvp(chloe, id, 'going');
    await t.http().delete(`/api/events/${id}/rsvp`).set(ana.auth).expect(200);

    const [promoted] = await notificationsOf(bernd);
    expect(promoted).toEqual(
      expect.objectContaining({
        kind: 'waitlist_promoted',
        actor: null,
        subject: { type: 'event', title: 'Repair café', path: `/events/${id}` },
      }),
    );
    expect(promoted?.reason).toContain('Warteliste');
    expect(await notificationsOf(chloe)).toEqual([]);
    expect(await notificationsOf(ana)).toEqual([]);
  });
});
