import type { AddressInfo } from 'node:net';
import type { NotificationPage, NotificationPreferences, UnreadCount } from '@open-spaces/contracts';
import { Notifier } from '../../src/modules/notifications/notifier';
import { type Writer, writer } from '../factories/posts';
import { jobsSettled } from '../setup/jobs';
import { collect, connected, type LiveClient, liveClient } from '../setup/live-client';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';
import { waitFor } from '../setup/wait-for';

let t: TestApp;
let origin: string;
const clients: LiveClient[] = [];

beforeAll(async () => {
  t = await startTestApp({ NOTIFICATION_MAIL_GRACE_SECONDS: '1' });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  origin = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
});
afterEach(() => {
  for (const client of clients.splice(0)) client.disconnect();
});
afterAll(() => t.close());

async function online(who: Writer): Promise<LiveClient> {
  const client = liveClient(origin, who.accessToken);
  clients.push(client);
  return connected(client);
}

function follow(who: Writer, whom: Writer) {
  return t
    .http()
    .post('/api/follows')
    .set(who.auth)
    .send({ type: 'profile', target: whom.handle })
    .expect(200);
}

async function notifications(
  who: Writer,
  query: Record<string, string | number> = {},
): Promise<NotificationPage> {
  const response = await t.http().get('/api/notifications').set(who.auth).query(query);
  expect(response.status).toBe(200);
  return response.body as NotificationPage;
}

async function delivered(who: Writer, count: number): Promise<NotificationPage> {
  await jobsSettled(t);
  const page = await notifications(who);
  expect(page.items).toHaveLength(count);
  return page;
}

async function emailOf(who: Writer): Promise<string> {
  const [row] = await t.sql<{ email: string }>('SELECT email FROM users WHERE id = $1', [who.id]);
  if (!row) throw new Error('no such user');
  return row.email;
}

async function mailsTo(who: Writer) {
  return t.sql<{ subject: string; text_body: string; links: string[]; headers: Record<string, string> }>(
    `SELECT subject, text_body, links, headers FROM outbox_mails
      WHERE recipient = $1 AND subject NOT LIKE '%onfirm%' ORDER BY created_at`,
    [await emailOf(who)],
  );
}

function setChannel(who: Writer, kind: string, channel: string) {
  return t
    .http()
    .patch('/api/me/notification-preferences')
    .set(who.auth)
    .send({ channels: { [kind]: channel } })
    .expect(200);
}

describe('notifications', () => {
  it('lists what concerns the person, newest first, with who, what, where and why, and counts the unread', async () => {
    const ana = await writer(t, 'public', 'Ana Followed');
    const ben = await writer(t, 'public', 'Ben Follower');
    const cai = await writer(t, 'public', 'Cai Follower');
    await follow(ben, ana);
    await follow(cai, ana);
    // Following again is not news.
    await follow(ben, ana);

    const page = await delivered(ana, 2);
    expect(page.unreadCount).toBe(2);
    expect(page.items.map((item) => item.actor?.displayName)).toEqual(['Cai Follower', 'Ben Follower']);
    expect(page.items[1]).toEqual(
      expect.objectContaining({
        kind: 'new_follower',
        readAt: null,
        actor: expect.objectContaining({ handle: ben.handle, displayName: 'Ben Follower' }),
        subject: { type: 'profile', title: 'Ben Follower', path: `/people/${ben.handle}` },
        reason: 'You get this because it is about your profile.',
      }),
    );
    const count = await t.http().get('/api/notifications/unread-count').set(ana.auth).expect(200);
    expect(count.body).toEqual({ unreadCount: 2 });
    // The follower is not told about their own follow.
    expect((await notifications(ben)).items).toEqual([]);
  });

  it('pages with a cursor and filters the unread', async () => {
    const ana = await writer(t, 'public', 'Ana Paged');
    const followers = [];
    for (let i = 0; i < 5; i += 1) followers.push(await writer(t, 'public', `Follower ${i}`));
    for (const follower of followers) await follow(follower, ana);
    await jobsSettled(t);

    const first = await notifications(ana, { limit: 3 });
    expect(first.items.map((item) => item.actor?.displayName)).toEqual([
      'Follower 4',
      'Follower 3',
      'Follower 2',
    ]);
    expect(first.nextCursor).not.toBeNull();
    const second = await notifications(ana, { limit: 3, after: first.nextCursor as string });
    expect(second.items.map((item) => item.actor?.displayName)).toEqual(['Follower 1', 'Follower 0']);
    expect(second.nextCursor).toBeNull();

    await t.http().post(`/api/notifications/${first.items[0]?.id}/read`).set(ana.auth).expect(204);
    const unread = await notifications(ana, { unread: 'true' });
    expect(unread.items).toHaveLength(4);
    expect(unread.unreadCount).toBe(4);
    expectProblem(
      await t.http().get('/api/notifications').set(ana.auth).query({ after: 'nonsense' }),
      400,
      'validation_failed',
    );
    expectProblem(
      await t.http().get('/api/notifications').set(ana.auth).query({ limit: 500 }),
      400,
      'validation_failed',
    );
  });

  it('marks one, or everything up to what was shown, read; never another person’s', async () => {
    const ana = await writer(t, 'public', 'Ana Reader');
    const ben = await writer(t, 'public', 'Ben Reader');
    const cai = await writer(t, 'public', 'Cai Reader');
    await follow(ben, ana);
    const [shown] = (await delivered(ana, 1)).items;
    await follow(cai, ana);
    await delivered(ana, 2);

    // Someone else's notification answers as if it did not exist.
    expectProblem(
      await t.http().post(`/api/notifications/${shown?.id}/read`).set(ben.auth),
      404,
      'not_found',
    );
    expectProblem(await t.http().post('/api/notifications/abc/read').set(ana.auth), 404, 'not_found');
    expectProblem(await t.http().post(`/api/notifications/${shown?.id}/read`), 401, 'unauthenticated');

    // Everything up to the one shown: the one that came after stays unread.
    const marked = await t
      .http()
      .post('/api/notifications/read')
      .set(ana.auth)
      .send({ upTo: shown?.id })
      .expect(200);
    expect(marked.body).toEqual({ unreadCount: 1 });
    const after = await t.http().post('/api/notifications/read').set(ana.auth).send({}).expect(200);
    expect((after.body as UnreadCount).unreadCount).toBe(0);
    expect((await notifications(ana)).items.every((item) => item.readAt !== null)).toBe(true);
    expectProblem(
      await t.http().post('/api/notifications/read').set(ana.auth).send({ upTo: 'x', other: 1 }),
      400,
      'validation_failed',
    );
  });

  it('arrives live with the unread count, and reading updates the person’s other pages', async () => {
    const ana = await writer(t, 'public', 'Ana Live');
    const ben = await writer(t, 'public', 'Ben Live');
    const page = await online(ana);
    const otherTab = await online(ana);
    const arrived = collect(page, 'notification:new');
    const counted = collect(otherTab, 'notification:unread');
    const bens = collect(await online(ben), 'notification:new');

    await follow(ben, ana);
    await waitFor(() => arrived.length === 1, 'the live notification');
    const [item] = (await notifications(ana)).items;
    expect(arrived).toEqual([{ id: item?.id, unreadCount: 1 }]);

    await t.http().post('/api/notifications/read').set(ana.auth).send({}).expect(200);
    await waitFor(() => counted.length === 1, 'the unread count');
    expect(counted).toEqual([{ unreadCount: 0 }]);
    expect(bens).toEqual([]);
  });

  it('leaves out people in a block and suspended accounts, in the list, the count and live', async () => {
    const ana = await writer(t, 'public', 'Ana Blocks');
    const ben = await writer(t, 'public', 'Ben Blocked');
    const cai = await writer(t, 'public', 'Cai Suspended');
    const dan = await writer(t, 'public', 'Dan Blocked Before');
    await follow(ben, ana);
    await follow(cai, ana);
    await delivered(ana, 2);

    await t.http().post('/api/blocks').set(ana.auth).send({ handle: ben.handle }).expect(204);
    await t.sql('UPDATE users SET suspended_at = now() WHERE id = $1', [cai.id]);
    const page = await notifications(ana);
    expect(page.items).toEqual([]);
    expect(page.unreadCount).toBe(0);

    // A block made first means no notification at all, not even later after an unblock.
    await t.http().post('/api/blocks').set(dan.auth).send({ handle: ana.handle }).expect(204);
    const arrived = collect(await online(ana), 'notification:new');
    await t.sql(`INSERT INTO follows (follower_id, target_type, target_id) VALUES ($1, 'profile', $2)`, [
      dan.id,
      ana.id,
    ]);
    await t.http().delete(`/api/blocks/${ana.handle}`).set(dan.auth).expect(204);
    await jobsSettled(t);
    expect(arrived).toEqual([]);
    const [notified] = await t.sql<{ n: number }>(
      'SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND actor_id = $2',
      [ana.id, dan.id],
    );
    expect(notified?.n).toBe(0);
  });

  it('keeps each kind’s channel: off writes nothing, app lists without mail', async () => {
    const ana = await writer(t, 'public', 'Ana Prefs');
    const ben = await writer(t, 'public', 'Ben Prefs');
    const defaults = await t.http().get('/api/me/notification-preferences').set(ana.auth).expect(200);
    const preferences = defaults.body as NotificationPreferences;
    expect(preferences.channels.new_follower).toBe('digest');
    expect(preferences.channels.post_comment).toBe('email');
    expect(preferences.digest).toEqual({ frequency: 'weekly', hour: 8, timeZone: 'Europe/Brussels' });

    const changed = await t
      .http()
      .patch('/api/me/notification-preferences')
      .set(ana.auth)
      .send({ channels: { new_follower: 'off' }, digest: { frequency: 'daily', timeZone: 'Europe/Warsaw' } })
      .expect(200);
    expect(changed.body).toEqual({
      channels: { ...preferences.channels, new_follower: 'off' },
      digest: { frequency: 'daily', hour: 8, timeZone: 'Europe/Warsaw' },
    });
    await follow(ben, ana);
    await delivered(ana, 0);

    for (const body of [
      { channels: { new_follower: 'loud' } },
      { channels: { no_such_kind: 'app' } },
      { digest: { hour: 24 } },
      { digest: { timeZone: 'Mars/Olympus' } },
      { extra: true },
    ]) {
      expectProblem(
        await t.http().patch('/api/me/notification-preferences').set(ana.auth).send(body),
        400,
        'validation_failed',
      );
    }
    expectProblem(await t.http().get('/api/me/notification-preferences'), 401, 'unauthenticated');
  });

  it('mails at once a person who is not online, with a one-click unsubscribe', async () => {
    const ana = await writer(t, 'public', 'Ana Mailed');
    const ben = await writer(t, 'public', 'Ben Mailer');
    await setChannel(ana, 'new_follower', 'email');
    await follow(ben, ana);
    await jobsSettled(t);

    const [mail, ...more] = await mailsTo(ana);
    expect(more).toEqual([]);
    expect(mail?.subject).toBe('Open Spaces: Ben Mailer followed you.');
    expect(mail?.text_body).toContain('You get this because it is about your profile.');
    expect(mail?.links[0]).toBe(`http://localhost:3000/people/${ben.handle}`);
    expect(mail?.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const post = /^<(.+)>$/.exec(mail?.headers['List-Unsubscribe'] ?? '')?.[1] ?? '';
    expect(post).toMatch(/^http:\/\/localhost:3000\/api\/notifications\/unsubscribe\?token=/);
    expect(mail?.links).toContain(post.replace('/api/notifications/unsubscribe', '/unsubscribe'));

    // What a mail client does: a form post to the header's address, no cookie, no sign-in.
    const path = post.replace('http://localhost:3000', '');
    const answer = await t
      .http()
      .post(path)
      .set('content-type', 'application/x-www-form-urlencoded')
      .send('List-Unsubscribe=One-Click')
      .expect(200);
    expect(answer.body).toEqual({ scope: 'new_follower', unsubscribed: true });
    const preferences = await t.http().get('/api/me/notification-preferences').set(ana.auth).expect(200);
    expect((preferences.body as NotificationPreferences).channels.new_follower).toBe('app');
    // Still listed in the app.
    const cai = await writer(t, 'public', 'Cai After');
    await follow(cai, ana);
    await delivered(ana, 2);
    expect(await mailsTo(ana)).toHaveLength(1);
  });

  it('does not mail what a person online read within the grace period, and mails it when they did not', async () => {
    const ana = await writer(t, 'public', 'Ana Online');
    const ben = await writer(t, 'public', 'Ben Online');
    const cai = await writer(t, 'public', 'Cai Online');
    await setChannel(ana, 'new_follower', 'email');
    const arrived = collect(await online(ana), 'notification:new');

    await follow(ben, ana);
    await waitFor(() => arrived.length === 1, 'the live notification');
    await t.http().post('/api/notifications/read').set(ana.auth).send({}).expect(200);
    await follow(cai, ana);
    await waitFor(() => arrived.length === 2, 'the second live notification');
    await waitFor(async () => (await mailsTo(ana)).length === 1, 'the mail of the unread one', 8_000);
    await jobsSettled(t);
    const mails = await mailsTo(ana);
    expect(mails.map((mail) => mail.subject)).toEqual(['Open Spaces: Cai Online followed you.']);
  });

  it('refuses unsubscribe links that are not ours, and answers what a link stops without changing it', async () => {
    expectProblem(
      await t
        .http()
        .get('/api/notifications/unsubscribe')
        .query({ token: 'x'.repeat(40) }),
      400,
      'unsubscribe_token_invalid',
    );
    expectProblem(await t.http().get('/api/notifications/unsubscribe'), 400, 'validation_failed');
    expectProblem(
      await t
        .http()
        .post('/api/notifications/unsubscribe')
        .query({ token: 'x'.repeat(40) })
        .set('content-type', 'application/x-www-form-urlencoded')
        .send('List-Unsubscribe=One-Click'),
      400,
      'unsubscribe_token_invalid',
    );
    // Forms are taken on that route only.
    const form = await t
      .http()
      .patch('/api/me/notification-preferences')
      .set('content-type', 'application/x-www-form-urlencoded')
      .send('channels=1');
    expect([401, 415]).toContain(form.status);
  });
});

describe('digests', () => {
  function notifier(): Notifier {
    return t.app.get(Notifier);
  }

  it('lists what the person missed, with why, once per occurrence in their time zone, and stops by one click', async () => {
    const ana = await writer(t, 'public', 'Ana Digest');
    const ben = await writer(t, 'public', 'Ben Digest');
    const cai = await writer(t, 'public', 'Cai Digest');
    const dan = await writer(t, 'public', 'Dan Digest');
    await t
      .http()
      .patch('/api/me/notification-preferences')
      .set(ana.auth)
      .send({ digest: { frequency: 'daily', hour: 8, timeZone: 'Asia/Tokyo' } })
      .expect(200);
    await follow(ben, ana);
    await follow(cai, ana);
    await follow(dan, ana);
    const [newest] = (await delivered(ana, 3)).items;
    // What was read in the app is not mailed again.
    await t.http().post(`/api/notifications/${newest?.id}/read`).set(ana.auth).expect(204);

    // 07:59 in Tokyo: yesterday's occurrence is due (nothing was ever sent).
    const before = new Date('2026-12-03T22:59:00Z');
    await notifier().sweepDigests(before);
    await jobsSettled(t);
    const [digest, ...others] = await mailsTo(ana);
    expect(others).toEqual([]);
    expect(digest?.subject).toBe('Your daily Open Spaces digest: 2 notifications');
    expect(digest?.text_body).toContain('Ben Digest followed you.');
    expect(digest?.text_body).toContain('Cai Digest followed you.');
    expect(digest?.text_body).not.toContain('Dan Digest');
    expect(digest?.text_body).toContain('You get this because it is about your profile.');
    expect(digest?.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');

    // The same occurrence again: nothing.
    await notifier().sweepDigests(before);
    await jobsSettled(t);
    expect(await mailsTo(ana)).toHaveLength(1);

    // Something new waits for the next occurrence, 08:00 in Tokyo, and comes alone.
    const eve = await writer(t, 'public', 'Eve Digest');
    await follow(eve, ana);
    await delivered(ana, 4);
    await notifier().sweepDigests(new Date('2026-12-03T22:59:30Z'));
    await jobsSettled(t);
    expect(await mailsTo(ana)).toHaveLength(1);
    await notifier().sweepDigests(new Date('2026-12-03T23:00:00Z'));
    await jobsSettled(t);
    const second = (await mailsTo(ana))[1];
    expect(second?.subject).toBe('Your daily Open Spaces digest: 1 notification');
    expect(second?.text_body).toContain('Eve Digest followed you.');

    // One click stops the digests; what arrives then waits in the app only.
    const post = /^<(.+)>$/.exec(second?.headers['List-Unsubscribe'] ?? '')?.[1] ?? '';
    const token = new URL(post).searchParams.get('token') ?? '';
    const info = await t.http().get('/api/notifications/unsubscribe').query({ token }).expect(200);
    expect(info.body).toEqual({ scope: 'digest', unsubscribed: false });
    await t.http().post('/api/notifications/unsubscribe').query({ token }).send({}).expect(200);
    const after = await t.http().get('/api/notifications/unsubscribe').query({ token }).expect(200);
    expect(after.body).toEqual({ scope: 'digest', unsubscribed: true });
    const fay = await writer(t, 'public', 'Fay Digest');
    await follow(fay, ana);
    await delivered(ana, 5);
    await notifier().sweepDigests(new Date('2026-12-04T23:00:00Z'));
    await jobsSettled(t);
    expect(await mailsTo(ana)).toHaveLength(2);
  });

  it('sends weekly digests on Mondays at the person’s hour, in their language', async () => {
    const ana = await writer(t, 'public', 'Ana Weekly');
    const ben = await writer(t, 'public', 'Ben Weekly');
    await t.http().patch('/api/me').set(ana.auth).send({ locale: 'de' }).expect(200);
    await t
      .http()
      .patch('/api/me/notification-preferences')
      .set(ana.auth)
      .send({ digest: { frequency: 'weekly', hour: 18, timeZone: 'Europe/Berlin' } })
      .expect(200);
    await t.sql(
      "UPDATE notification_settings SET last_digest_at = '2026-11-30T17:00:00Z' WHERE user_id = $1",
      [ana.id],
    );
    await follow(ben, ana);
    await delivered(ana, 1);

    // Sunday 6 December, and Monday 7 December 17:59 in Berlin: not yet.
    await notifier().sweepDigests(new Date('2026-12-06T20:00:00Z'));
    await notifier().sweepDigests(new Date('2026-12-07T16:59:00Z'));
    await jobsSettled(t);
    expect(await mailsTo(ana)).toEqual([]);
    // Monday 18:00 in Berlin.
    await notifier().sweepDigests(new Date('2026-12-07T17:00:00Z'));
    await jobsSettled(t);
    const [digest] = await mailsTo(ana);
    expect(digest?.subject).toBe('Deine wöchentliche Zusammenfassung von Open Spaces: 1 Benachrichtigung');
    expect(digest?.text_body).toContain('Ben Weekly folgt dir jetzt.');
    expect(digest?.text_body).toContain('Du erhältst das, weil es dein Profil betrifft.');
  });
});
