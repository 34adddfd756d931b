import { createEvent } from '../factories/events';
import { type Someone, someone } from '../factories/people';
import { mailsTo } from '../factories/users';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';
import { waitFor } from '../setup/wait-for';

let t: TestApp;
let organiser: Someone;
let people: Someone[];

beforeAll(async () => {
  t = await startTestApp({ LOGIN_LIMIT_PER_IP: '10000' });
  organiser = await someone(t, 'Olga Organiser');
  people = [];
  for (const [name, locale] of [
    ['Ana Alves', 'en'],
    ['Bernd Braun', 'de'],
    ['Chloé Carré', 'fr'],
    ['Dario Dini', 'en'],
    ['Eva Ek', 'en'],
    ['=cmd|calc', 'en'],
  ] as const) {
    people.push(await someone(t, name, locale));
  }
});
afterAll(() => t.close());

const rsvp = (who: Someone, id: string, state: 'going' | 'interested') =>
  t.http().put(`/api/events/${id}/rsvp`).set(who.auth).send({ state });
const withdraw = (who: Someone, id: string) => t.http().delete(`/api/events/${id}/rsvp`).set(who.auth);

describe('RSVPs and the waitlist', () => {
  it('puts "going" beyond the capacity on the waitlist and gives a freed place to the first in line', async () => {
    const [ana, bernd, chloe] = people as [Someone, Someone, Someone];
    const { id } = await createEvent(t, organiser.auth, { capacity: 1 });

    const first = await rsvp(ana, id, 'going').expect(200);
    expect(first.body).toMatchObject({ myRsvp: 'going', placesLeft: 0, counts: { going: 1, waitlisted: 0 } });
    const second = await rsvp(bernd, id, 'going').expect(200);
    expect(second.body).toMatchObject({
      myRsvp: 'waitlisted',
      waitlistPosition: 1,
      counts: { going: 1, waitlisted: 1 },
    });
    const third = await rsvp(chloe, id, 'going').expect(200);
    expect(third.body).toMatchObject({ myRsvp: 'waitlisted', waitlistPosition: 2 });

    const gone = await withdraw(ana, id).expect(200);
    expect(gone.body).toMatchObject({ myRsvp: null, counts: { going: 1, waitlisted: 1 } });
    expect((await t.http().get(`/api/events/${id}`).set(bernd.auth)).body).toMatchObject({
      myRsvp: 'going',
      waitlistPosition: null,
    });
    expect((await t.http().get(`/api/events/${id}`).set(chloe.auth)).body).toMatchObject({
      myRsvp: 'waitlisted',
      waitlistPosition: 1,
    });

    const notified = await t.sql('SELECT user_id, kind FROM notifications WHERE subject_id = $1', [id]);
    expect(notified).toEqual([{ user_id: bernd.id, kind: 'waitlist_promoted' }]);
    // Bernd reads German: the mail that tells him is in German, links to the event and asks
    // him to give the place up there if he cannot come.
    await waitFor(async () => (await mailsTo(t, bernd.email)).some((mail) => mail.subject.includes('Platz')));
    const mail = (await mailsTo(t, bernd.email)).find((m) => m.subject.includes('Platz'));
    expect(mail?.subject).toBe(
      'Open Spaces: Ein Platz ist frei geworden: Du nimmst an „Community organising clinic“ teil.',
    );
    expect(mail?.text).toContain('damit die nächste Person den Platz bekommt');
    expect(mail?.links[0]).toBe(`http://localhost:3000/events/${id}`);
  });

  it('frees a place when someone going changes to interested', async () => {
    const [ana, bernd] = people as [Someone, Someone];
    const { id } = await createEvent(t, organiser.auth, { capacity: 1 });
    await rsvp(ana, id, 'going').expect(200);
    await rsvp(bernd, id, 'going').expect(200);
    expect((await rsvp(ana, id, 'interested').expect(200)).body).toMatchObject({
      myRsvp: 'interested',
      counts: { going: 1, interested: 1, waitlisted: 0 },
    });
    expect((await t.http().get(`/api/events/${id}`).set(bernd.auth)).body.myRsvp).toBe('going');
  });

  it('gives waiting people the places a larger capacity opens', async () => {
    const [ana, bernd, chloe] = people as [Someone, Someone, Someone];
    const { id } = await createEvent(t, organiser.auth, { capacity: 1 });
    for (const person of [ana, bernd, chloe]) await rsvp(person, id, 'going').expect(200);
    const raised = await t
      .http()
      .patch(`/api/events/${id}`)
      .set(organiser.auth)
      .send({ capacity: 3 })
      .expect(200);
    expect(raised.body.counts).toEqual({ going: 3, interested: 0, waitlisted: 0 });
  });

  it('never gives more places than the capacity when many answer at once', async () => {
    const { id } = await createEvent(t, organiser.auth, { capacity: 2 });
    const answers = await Promise.all(people.map((person) => rsvp(person, id, 'going')));
    expect(answers.map((answer) => answer.status)).toEqual(people.map(() => 200));
    const [counts] = await t.sql<{ going: number; waitlisted: number }>(
      `SELECT count(*) FILTER (WHERE state = 'going')::int AS going,
              count(*) FILTER (WHERE state = 'waitlisted')::int AS waitlisted
         FROM event_rsvps WHERE event_id = $1`,
      [id],
    );
    expect(counts).toEqual({ going: 2, waitlisted: people.length - 2 });
  });

  it('refuses answers from anonymous visitors and answers that are not going or interested', async () => {
    const { id } = await createEvent(t, organiser.auth);
    expectProblem(
      await t.http().put(`/api/events/${id}/rsvp`).send({ state: 'going' }),
      401,
      'unauthenticated',
    );
    const problem = expectProblem(
      await rsvp(people[0] as Someone, id, 'waitlisted' as 'going'),
      400,
      'validation_failed',
    );
    expect(problem.errors?.[0]?.field).toBe('state');
  });

  it('refuses answers after the registration deadline, to events that started and to cancelled events', async () => {
    const ana = people[0] as Someone;
    const closed = await createEvent(t, organiser.auth, { registrationDeadline: '2027-07-10T12:00' });
    await t.sql(`UPDATE events SET registration_deadline_at = now() - interval '1 hour' WHERE id = $1`, [
      closed.id,
    ]);
    expectProblem(await rsvp(ana, closed.id, 'going'), 409, 'registration_closed');
    expect((await t.http().get(`/api/events/${closed.id}`)).body.registrationOpen).toBe(false);

    const started = await createEvent(t, organiser.auth);
    await t.sql(
      `UPDATE events SET starts_at = now() - interval '1 hour', ends_at = now() + interval '1 hour' WHERE id = $1`,
      [started.id],
    );
    expectProblem(await rsvp(ana, started.id, 'interested'), 409, 'event_ended');

    const cancelled = await createEvent(t, organiser.auth);
    await t
      .http()
      .patch(`/api/events/${cancelled.id}`)
      .set(organiser.auth)
      .send({ status: 'cancelled' })
      .expect(200);
    expectProblem(await rsvp(ana, cancelled.id, 'going'), 409, 'event_cancelled');
    // Withdrawing stays possible.
    await withdraw(ana, cancelled.id).expect(200);
  });
});

describe('participants', () => {
  it('lists participants to organisers in the order they answered, with waitlist places', async () => {
    const [ana, bernd, chloe] = people as [Someone, Someone, Someone];
    const { id } = await createEvent(t, organiser.auth, { capacity: 1 });
    await rsvp(ana, id, 'going').expect(200);
    await rsvp(bernd, id, 'going').expect(200);
    await rsvp(chloe, id, 'interested').expect(200);
    const first = await t
      .http()
      .get(`/api/events/${id}/participants`)
      .set(organiser.auth)
      .query({ limit: 2 })
      .expect(200);
    expect(first.body.items).toEqual([
      expect.objectContaining({
        handle: ana.handle,
        displayName: 'Ana Alves',
        state: 'going',
        waitlistPosition: null,
      }),
      expect.objectContaining({ handle: bernd.handle, state: 'waitlisted', waitlistPosition: 1 }),
    ]);
    const next = await t
      .http()
      .get(`/api/events/${id}/participants`)
      .set(organiser.auth)
      .query({ limit: 2, after: first.body.nextCursor })
      .expect(200);
    expect(next.body).toEqual({
      items: [expect.objectContaining({ handle: chloe.handle, state: 'interested' })],
      nextCursor: null,
    });
  });

  it('refuses the list and the export to anyone but organisers', async () => {
    const [ana] = people as [Someone];
    const { id } = await createEvent(t, organiser.auth);
    await rsvp(ana, id, 'going').expect(200);
    expectProblem(await t.http().get(`/api/events/${id}/participants`).set(ana.auth), 403, 'forbidden');
    expectProblem(await t.http().get(`/api/events/${id}/participants.csv`).set(ana.auth), 403, 'forbidden');
    expectProblem(await t.http().get(`/api/events/${id}/participants`), 401, 'unauthenticated');
    expectProblem(
      await t.http().get(`/api/events/${id}/participants`).set(organiser.auth).query({ after: 'nonsense' }),
      400,
      'validation_failed',
    );
  });

  it('exports names and handles as formula-safe CSV, never addresses', async () => {
    const [ana, , , , , formula] = people as Someone[];
    const { id } = await createEvent(t, organiser.auth);
    await rsvp(ana as Someone, id, 'going').expect(200);
    await rsvp(formula as Someone, id, 'interested').expect(200);
    const response = await t.http().get(`/api/events/${id}/participants.csv`).set(organiser.auth).expect(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const lines = response.text.trimEnd().split('\r\n');
    expect(lines).toEqual([
      'name,handle,state,waitlist_position',
      `Ana Alves,${ana?.handle},going,`,
      `'=cmd|calc,${formula?.handle},interested,`,
    ]);
    expect(response.text).not.toContain('@example.org');
  });
});
