import type { Notification, NotificationPage } from '@open-spaces/contracts';
import { FundingCallSavesService } from '../../src/modules/funding-calls/funding-call-saves.service';
import { createEvent } from '../factories/events';
import { publishFundingCall } from '../factories/funding-calls';
import { addMember, createOrganisation } from '../factories/organisations';
import { createPost, type Writer, writer } from '../factories/posts';
import { jobsSettled } from '../setup/jobs';
import { startTestApp, type TestApp } from '../setup/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ LOGIN_LIMIT_PER_IP: '10000' });
});
afterAll(() => t.close());

type Someone = Writer;

/** A signed-in person with a public profile, reading in this language. */
async function someone(
  name: string,
  locale: 'en' | 'de' | 'fr' = 'en',
  role: 'member' | 'moderator' = 'member',
): Promise<Someone> {
  const who = await writer(t, 'public', name, role);
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

describe('deadlines of saved calls', () => {
  const DAY = 24 * 3600 * 1000;
  const start = new Date(Math.floor(Date.now() / 60_000) * 60_000);
  const at = (days: number) => new Date(start.getTime() + days * DAY);
  const remind = (days: number) => t.app.get(FundingCallSavesService).remindDeadlines(at(days));
  let funder: Someone;
  let foundation: { slug: string };

  beforeAll(async () => {
    funder = await someone('Fran Funder');
    foundation = await createOrganisation(t, funder.accessToken, { kind: 'foundation', name: 'Tide Fund' });
  });

  /** A call of the foundation closing this many days after the start, in UTC. */
  const callClosingIn = (days: number, title: string) =>
    publishFundingCall(t, funder.auth, foundation.slug, {
      title,
      deadlines: [{ label: 'Deadline', local: at(days).toISOString().slice(0, 16), timeZone: 'UTC' }],
    });

  const save = (who: Someone, id: string, organisation: string | null = null) =>
    t.http().post(`/api/funding-calls/${id}/saves`).set(who.auth).send({ organisation }).expect(200);

  const reminders = async (who: Someone) =>
    (await notificationsOf(who))
      .filter((item) => item.kind === 'call_deadline')
      .map((item) => [item.subject.title, item.details.daysLeft]);

  it('reminds whoever saved the call at 14 days and at 3, once each, and no one else', async () => {
    const sam = await someone('Sam Saver');
    const cleo = await someone('Cleo Collective');
    const stranger = await someone('Stu Stranger');
    const cso = await createOrganisation(t, cleo.accessToken, { kind: 'cso', name: 'Tidal Collective' });
    const member = await someone('Mo Member');
    await addMember(t, cso, member, 'member');
    const id = await callClosingIn(20, 'Harbour Grants');
    await save(sam, id);
    await save(cleo, id, cso.slug);

    expect(await remind(0)).toBe(0);
    await remind(7);
    const [reminder] = await notificationsOf(sam);
    expect(reminder).toEqual(
      expect.objectContaining({
        kind: 'call_deadline',
        actor: null,
        subject: { type: 'funding_call', title: 'Harbour Grants', path: `/funding/${id}` },
        details: { daysLeft: 14 },
        reason: 'You get this because you saved this call.',
      }),
    );
    // A second pass, at the same moment or later, does not remind again.
    expect(await remind(7)).toBe(0);
    expect(await remind(10)).toBe(0);
    await remind(18);
    expect(await remind(19)).toBe(0);
    // Past the deadline, nothing is due.
    expect(await remind(21)).toBe(0);

    for (const saver of [sam, cleo]) {
      expect(await reminders(saver)).toEqual([
        ['Harbour Grants', 3],
        ['Harbour Grants', 14],
      ]);
    }
    // The organisation's other members and people who did not save it are not reminded.
    expect(await reminders(member)).toEqual([]);
    expect(await reminders(stranger)).toEqual([]);
    expect(await reminders(funder)).toEqual([]);
  });

  it('gives a call saved two days before its deadline one 3-day reminder, not both', async () => {
    const late = await someone('Lea Late');
    const id = await callClosingIn(25, 'Late Grants');
    await save(late, id);
    expect(await remind(23)).toBe(1);
    expect(await reminders(late)).toEqual([['Late Grants', 3]]);
  });

  it('does not remind about a call the saver may no longer see', async () => {
    const hid = await someone('Hal Hidden');
    const id = await callClosingIn(30, 'Hidden Grants');
    await save(hid, id);
    await t.sql(`UPDATE funding_calls SET hidden_at = now(), hidden_reason = 'spam' WHERE id = $1`, [id]);
    expect(await remind(28)).toBe(0);
    expect(await reminders(hid)).toEqual([]);
  });
});

describe('moderation', () => {
  let moderator: Someone;

  beforeAll(async () => {
    moderator = await someone('Vera Moderator', 'en', 'moderator');
  });

  const report = (who: Someone, objectType: string, objectId: string) =>
    t.http().post('/api/reports').set(who.auth).send({ objectType, objectId, reason: 'spam' }).expect(201);

  const act = (
    action: 'hide' | 'restore' | 'dismiss',
    objectType: string,
    objectId: string,
    reason: string,
  ) =>
    t
      .http()
      .post(`/api/moderation/${action}`)
      .set(moderator.auth)
      .send({ objectType, objectId, reason })
      .expect(204);

  it('tells the reporters their report was upheld and the author why their post was hidden, naming no one', async () => {
    const author = await someone('Ada Author');
    const [rita, rob, bystander] = [
      await someone('Rita Reporter'),
      await someone('Rob Reporter'),
      await someone('Bo Bystander'),
    ];
    const post = await createPost(t, author, { title: 'Miracle cures' });
    await report(rita, 'post', post.id);
    await report(rob, 'post', post.id);

    await act('hide', 'post', post.id, 'Health misinformation');

    for (const reporter of [rita, rob]) {
      expect(await notificationsOf(reporter)).toEqual([
        expect.objectContaining({
          kind: 'report_outcome',
          actor: null,
          subject: { type: 'post', title: 'Miracle cures', path: `/news/${post.slug}` },
          details: { outcome: 'actioned' },
          reason: 'You get this because you made the report.',
        }),
      ]);
    }
    const [hidden] = await notificationsOf(author);
    expect(hidden).toEqual(
      expect.objectContaining({
        kind: 'moderation_action',
        actor: null,
        subject: { type: 'post', title: 'Miracle cures', path: `/news/${post.slug}` },
        details: { action: 'hidden', reason: 'Health misinformation' },
        reason: 'You get this because you published it.',
      }),
    );
    // Nothing the author is shown names a reporter or the moderator.
    const shown = JSON.stringify(await notificationsOf(author));
    for (const name of [rita.handle, rob.handle, moderator.handle, 'Rita', 'Rob', 'Vera']) {
      expect(shown).not.toContain(name);
    }
    expect(await notificationsOf(bystander)).toEqual([]);
    expect(await notificationsOf(moderator)).toEqual([]);

    await act('restore', 'post', post.id, 'Sources checked');
    const [restored] = await notificationsOf(author);
    expect(restored).toEqual(
      expect.objectContaining({ kind: 'moderation_action', actor: null, details: { action: 'restored' } }),
    );
    // A restore closes no report: the reporters hear nothing more.
    expect(await notificationsOf(rita)).toHaveLength(1);
  });

  it('tells the reporter of a dismissed report, and no one else', async () => {
    const olga = await someone('Ole Organiser');
    const reporter = await someone('Ria Reporter');
    const other = await someone('Otis Other');
    const { id } = await createEvent(t, olga.auth, { title: 'Open mic' });
    await report(reporter, 'event', id);

    await act('dismiss', 'event', id, 'Nothing wrong');

    expect(await notificationsOf(reporter)).toEqual([
      expect.objectContaining({
        kind: 'report_outcome',
        actor: null,
        subject: { type: 'event', title: 'Open mic', path: `/events/${id}` },
        details: { outcome: 'dismissed' },
      }),
    ]);
    expect(await notificationsOf(olga)).toEqual([]);
    expect(await notificationsOf(other)).toEqual([]);
  });

  it('tells the author when their event is hidden even if no one reported it', async () => {
    const olga = await someone('Oona Organiser');
    const { id } = await createEvent(t, olga.auth, { title: 'Pop-up market' });
    await act('hide', 'event', id, 'Commercial advertising');
    expect(await notificationsOf(olga)).toEqual([
      expect.objectContaining({
        kind: 'moderation_action',
        subject: { type: 'event', title: 'Pop-up market', path: `/events/${id}` },
        details: { action: 'hidden', reason: 'Commercial advertising' },
      }),
    ]);
  });
});
