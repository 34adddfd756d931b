import type { AddressInfo } from 'node:net';
import { createEvent } from '../factories/events';
import { createPost, newPostInput, type Writer, writer } from '../factories/posts';
import { bearer, login, registerUser } from '../factories/users';
import { collect, connected, type LiveClient, liveClient, watch } from '../setup/live-client';
import { startTestApp, type TestApp } from '../setup/test-app';
import { waitFor } from '../setup/wait-for';

let t: TestApp;
let origin: string;
const clients: LiveClient[] = [];

beforeAll(async () => {
  t = await startTestApp({ LOGIN_LIMIT_PER_IP: '10000' });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  origin = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
});
afterEach(() => {
  for (const client of clients.splice(0)) client.disconnect();
});
afterAll(() => t.close());

function client(token: string | undefined, reconnection = false): LiveClient {
  const made = liveClient(origin, token, reconnection);
  clients.push(made);
  return made;
}

const comment = (who: Writer, slug: string, body: string) =>
  t.http().post(`/api/posts/${slug}/comments`).set(who.auth).send({ body }).expect(201);

/** Lets events already sent arrive, before asserting that something did not. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('connecting', () => {
  it('refuses a connection without a token, with a forged one, and with one of an ended session', async () => {
    await expect(connected(client(undefined))).rejects.toThrow('unauthenticated');
    await expect(connected(client('forged.token'))).rejects.toThrow('unauthenticated');
    const ended = await writer(t);
    await t.http().post('/api/auth/logout').set(ended.auth).expect(204);
    await expect(connected(client(ended.accessToken))).rejects.toThrow('unauthenticated');
  });

  it('lets a signed-in person in', async () => {
    const person = await writer(t);
    expect((await connected(client(person.accessToken))).connected).toBe(true);
  });
});

describe('watching a post', () => {
  it('tells those watching a post of each new comment, but not the people in a block with its author', async () => {
    const author = await writer(t);
    const reader = await writer(t);
    const blocking = await writer(t);
    const commenter = await writer(t);
    const post = await createPost(t, author);
    await t.http().post('/api/blocks').set(blocking.auth).send({ handle: commenter.handle }).expect(204);

    const readerSocket = await connected(client(reader.accessToken));
    const blockingSocket = await connected(client(blocking.accessToken));
    expect(await watch(readerSocket, { type: 'post', slug: post.slug })).toEqual({ ok: true });
    expect(await watch(blockingSocket, { type: 'post', slug: post.slug })).toEqual({ ok: true });
    const readerSaw = collect(readerSocket, 'post:comment-added');
    const blockingSaw = collect(blockingSocket, 'post:comment-added');

    const added = (await comment(commenter, post.slug, 'Live from Lisbon')).body;
    await waitFor(() => readerSaw.length === 1, 'the comment to arrive');
    expect(readerSaw).toEqual([{ postId: post.id, commentId: added.id }]);
    await settle();
    expect(blockingSaw).toEqual([]);
  });

  it('stops telling once the page unwatches, and says nothing of a hidden profile’s comments', async () => {
    const author = await writer(t);
    const reader = await writer(t);
    const hidden = await writer(t, 'hidden');
    const post = await createPost(t, author);
    const socket = await connected(client(reader.accessToken));
    await watch(socket, { type: 'post', slug: post.slug });
    const seen = collect(socket, 'post:comment-added');

    await comment(hidden, post.slug, 'Nobody else can read me');
    await settle();
    expect(seen).toEqual([]);

    socket.emit('unwatch', { type: 'post', slug: post.slug });
    await settle();
    await comment(author, post.slug, 'After the page closed');
    await settle();
    expect(seen).toEqual([]);
  });

  it('refuses to watch what the viewer may not see, and a malformed target', async () => {
    const author = await writer(t);
    const outsider = await writer(t);
    const draft = (
      await t
        .http()
        .post('/api/posts')
        .set(author.auth)
        .send({ ...newPostInput(), status: 'draft' })
        .expect(201)
    ).body;
    const socket = await connected(client(outsider.accessToken));
    expect(await watch(socket, { type: 'post', slug: draft.slug })).toEqual({ ok: false, code: 'not_found' });
    expect(await watch(socket, { type: 'event', id: 'not-a-uuid' })).toEqual({
      ok: false,
      code: 'invalid_target',
    });
    expect(await watch(socket, { type: 'profile', id: author.id })).toEqual({
      ok: false,
      code: 'invalid_target',
    });
  });
});

describe('watching an event', () => {
  it('sends the new counts when someone takes or frees a place', async () => {
    const organiser = await writer(t);
    const viewer = await writer(t);
    const attendee = await writer(t);
    const event = await createEvent(t, organiser.auth, { capacity: 1 });
    const socket = await connected(client(viewer.accessToken));
    expect(await watch(socket, { type: 'event', id: event.id })).toEqual({ ok: true });
    const seen = collect(socket, 'event:attendance');

    await t
      .http()
      .put(`/api/events/${event.id}/rsvp`)
      .set(attendee.auth)
      .send({ state: 'going' })
      .expect(200);
    await waitFor(() => seen.length === 1, 'the first count');
    await t.http().put(`/api/events/${event.id}/rsvp`).set(viewer.auth).send({ state: 'going' }).expect(200);
    await waitFor(() => seen.length === 2, 'the waitlist count');
    await t.http().delete(`/api/events/${event.id}/rsvp`).set(attendee.auth).expect(200);
    await waitFor(() => seen.length === 3, 'the count after the promotion');
    expect(seen).toEqual([
      { eventId: event.id, going: 1, waitlisted: 0 },
      { eventId: event.id, going: 1, waitlisted: 1 },
      { eventId: event.id, going: 1, waitlisted: 0 },
    ]);
  });
});

describe('ending a session ends its connections', () => {
  const disconnected = (socket: LiveClient) =>
    new Promise<number>((resolve) => {
      const started = Date.now();
      socket.once('disconnect', () => resolve(Date.now() - started));
    });

  it('closes a signed-out session’s connection within 5 seconds, and only that one', async () => {
    const user = await registerUser(t);
    const first = await login(t, user);
    const second = await login(t, user);
    const signedOut = await connected(client(first.accessToken));
    const stays = await connected(client(second.accessToken));
    const closed = disconnected(signedOut);
    await t.http().post('/api/auth/logout').set(bearer(first.accessToken)).expect(204);
    expect(await closed).toBeLessThan(5_000);
    await settle();
    expect(stays.connected).toBe(true);
  });

  it('closes every connection of a suspended account within 5 seconds', async () => {
    const person = await writer(t);
    const socket = await connected(client(person.accessToken));
    const closed = disconnected(socket);
    await t.sql('UPDATE users SET suspended_at = now() WHERE id = $1', [person.id]);
    expect(await closed).toBeLessThan(5_000);
  });
});

describe('coming back after a dropped connection', () => {
  it('recovers the connection with its rooms and the events it missed meanwhile', async () => {
    const author = await writer(t);
    const reader = await writer(t);
    const post = await createPost(t, author);
    const socket = await connected(client(reader.accessToken, true));
    await watch(socket, { type: 'post', slug: post.slug });
    const seen = collect(socket, 'post:comment-added');
    // Recovery resumes from the last event received: a connection that has had none yet
    // starts afresh instead (and a page then reloads what it shows).
    const before = (await comment(author, post.slug, 'Seen live')).body;
    await waitFor(() => seen.length === 1, 'the first comment');

    const back = new Promise<void>((resolve) => socket.io.once('reconnect', () => resolve()));
    const dropped = new Promise<void>((resolve) => socket.once('disconnect', () => resolve()));
    socket.io.engine.close();
    await dropped;
    const missed = (await comment(author, post.slug, 'Sent while the reader was away')).body;
    await back;
    await waitFor(() => seen.length === 2, 'the missed comment');
    expect(socket.recovered).toBe(true);
    expect(seen).toEqual([
      { postId: post.id, commentId: before.id },
      { postId: post.id, commentId: missed.id },
    ]);
  });
});

describe('home feed signals', () => {
  const follow = (who: Writer, type: 'profile' | 'topic', target: string) =>
    t.http().post('/api/follows').set(who.auth).send({ type, target }).expect(200);

  it('tells the followers of a person and of a topic, not others, the author, or those in a block with the author', async () => {
    const author = await writer(t);
    const follower = await writer(t);
    const topicFollower = await writer(t);
    const stranger = await writer(t);
    const blocking = await writer(t);
    await follow(follower, 'profile', author.handle);
    await follow(topicFollower, 'topic', 'rule-of-law');
    await follow(blocking, 'profile', author.handle);
    await t.http().post('/api/blocks').set(blocking.auth).send({ handle: author.handle }).expect(204);

    const sockets = await Promise.all(
      [follower, topicFollower, stranger, blocking, author].map((who) => connected(client(who.accessToken))),
    );
    const seen = sockets.map((socket) => collect(socket, 'feed:activity'));
    const post = await createPost(t, author, { topics: ['rule-of-law'] });
    const [activity] = await t.sql<{ id: string }>(
      "SELECT id::text AS id FROM activities WHERE object_id = $1 AND verb = 'published'",
      [post.id],
    );

    await waitFor(() => seen[0]?.length === 1 && seen[1]?.length === 1, 'the followers’ signals');
    expect(seen[0]).toEqual([{ id: activity?.id }]);
    expect(seen[1]).toEqual([{ id: activity?.id }]);
    await settle();
    expect(seen.slice(2)).toEqual([[], [], []]);
  });

  it('says nothing of what a hidden profile publishes', async () => {
    const hidden = await writer(t, 'hidden');
    const follower = await writer(t);
    await t.sql(`INSERT INTO follows (follower_id, target_type, target_id) VALUES ($1, 'profile', $2)`, [
      follower.id,
      hidden.id,
    ]);
    const socket = await connected(client(follower.accessToken));
    const seen = collect(socket, 'feed:activity');
    await createPost(t, hidden);
    await settle();
    expect(seen).toEqual([]);
  });
});
