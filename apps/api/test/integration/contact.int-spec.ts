import type { AddressInfo } from 'node:net';
import type {
  ContactRequest,
  ContactRequestPage,
  Conversation,
  ConversationPage,
  ExpertPage,
  MessagePage,
  Notification,
  NotificationPage,
  UpdateProfileRequest,
} from '@open-spaces/contracts';
import { DomainEvents } from '../../src/common/events/domain-events';
import '../../src/modules/messaging/messaging.events';
import { addMember, createOrganisation } from '../factories/organisations';
import { type Writer, writer } from '../factories/posts';
import { signedInPerson } from '../factories/profiles';
import { jobsSettled } from '../setup/jobs';
import { collect, connected, type LiveClient, liveClient } from '../setup/live-client';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';
import { waitFor } from '../setup/wait-for';

let t: TestApp;
let origin: string;
const clients: LiveClient[] = [];

beforeAll(async () => {
  t = await startTestApp({ LOGIN_LIMIT_PER_IP: '10000', CONTACT_REQUEST_LIMIT_PER_DAY: '3' });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  origin = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
});
afterEach(() => {
  for (const client of clients.splice(0)) client.disconnect();
});
afterAll(() => t.close());

const REQUEST = {
  subject: 'Heatwaves and city planning',
  outlet: 'Der Tagesspiegel',
  deadline: '2027-01-15',
  message: 'Could we talk for twenty minutes about heat plans in Berlin this week?',
};

async function expert(name: string, profile: UpdateProfileRequest = {}): Promise<Writer> {
  const person = await writer(t, 'public', name);
  await t
    .http()
    .patch('/api/me/profile')
    .set(person.auth)
    .send({
      openToPress: true,
      pressTopics: ['climate-and-environment'],
      pressLanguages: ['de', 'en'],
      country: 'DE',
      ...profile,
    })
    .expect(200);
  return person;
}

function ask(
  from: Writer | { auth: Record<string, string> },
  to: { handle: string },
  body: object = REQUEST,
) {
  return t.http().post(`/api/people/${to.handle}/contact-requests`).set(from.auth).send(body);
}

async function accepted(from: Writer, to: Writer): Promise<ContactRequest> {
  const request = (await ask(from, to).expect(201)).body as ContactRequest;
  const response = await t.http().post(`/api/contact-requests/${request.id}/accept`).set(to.auth).expect(200);
  return response.body as ContactRequest;
}

function block(who: Writer, whom: Writer) {
  return t.http().post('/api/blocks').set(who.auth).send({ handle: whom.handle }).expect(204);
}

function send(who: Writer, conversationId: string, body: string) {
  return t.http().post(`/api/conversations/${conversationId}/messages`).set(who.auth).send({ body });
}

async function notificationsOf(who: Writer): Promise<Notification[]> {
  await jobsSettled(t);
  const response = await t.http().get('/api/notifications').set(who.auth).expect(200);
  return (response.body as NotificationPage).items;
}

describe('the expert finder', () => {
  it('lists people open to press contact with their press topics, filtered by topic, language and country', async () => {
    const berlin = await expert('Aaron Expertfinder Berlin');
    const paris = await expert('Aaron Expertfinder Paris', {
      country: 'FR',
      pressLanguages: ['fr'],
      pressTopics: ['media-freedom'],
    });
    const names = async (query: Record<string, string>) => {
      const response = await t
        .http()
        .get('/api/experts')
        .query({ limit: '100', ...query })
        .expect(200);
      return (response.body as ExpertPage).items.map((item) => item.handle);
    };

    const all = await names({});
    expect(all).toEqual(expect.arrayContaining([berlin.handle, paris.handle]));
    expect(await names({ pressTopic: 'media-freedom' })).toContain(paris.handle);
    expect(await names({ pressTopic: 'media-freedom' })).not.toContain(berlin.handle);
    expect(await names({ language: 'de' })).toContain(berlin.handle);
    expect(await names({ language: 'de' })).not.toContain(paris.handle);
    expect(await names({ country: 'FR' })).toEqual([paris.handle]);

    const response = await t.http().get('/api/experts').query({ country: 'FR' }).expect(200);
    expect((response.body as ExpertPage).items[0]).toEqual(
      expect.objectContaining({
        pressTopics: ['media-freedom'],
        pressLanguages: ['fr'],
        acceptsContactRequests: true,
      }),
    );
  });

  it('leaves out hidden profiles, people not open to press, and people in a block with the viewer', async () => {
    const hidden = await expert('Hidden Expertfinder');
    await t.http().patch('/api/me/profile').set(hidden.auth).send({ visibility: 'hidden' }).expect(200);
    const notPress = await writer(t, 'public', 'Quiet Expertfinder');
    const blocker = await expert('Blocking Expertfinder');
    const viewer = await writer(t);
    await block(blocker, viewer);

    const response = await t.http().get('/api/experts').set(viewer.auth).query({ limit: '100' }).expect(200);
    const handles = (response.body as ExpertPage).items.map((item) => item.handle);
    expect(handles).not.toContain(hidden.handle);
    expect(handles).not.toContain(notPress.handle);
    expect(handles).not.toContain(blocker.handle);
  });

  it('pages in name order with a cursor', async () => {
    for (const name of ['Zed Pager One', 'Zed Pager Two', 'Zed Pager Three'])
      await expert(name, { country: 'PT' });
    const first = (await t.http().get('/api/experts').query({ country: 'PT', limit: '2' }).expect(200))
      .body as ExpertPage;
    expect(first.items.map((item) => item.displayName)).toEqual(['Zed Pager One', 'Zed Pager Three']);
    const second = (
      await t
        .http()
        .get('/api/experts')
        .query({ country: 'PT', limit: '2', after: first.nextCursor ?? '' })
        .expect(200)
    ).body as ExpertPage;
    expect(second.items.map((item) => item.displayName)).toEqual(['Zed Pager Two']);
    expect(second.nextCursor).toBeNull();
  });
});

describe('contact requests', () => {
  it('sends a request that the expert sees in their received box and is notified of', async () => {
    const journalist = await writer(t, 'public', 'Jana Journalist');
    const scientist = await expert('Sami Scientist');

    const sent = (await ask(journalist, scientist).expect(201)).body as ContactRequest;
    expect(sent).toEqual(
      expect.objectContaining({
        sent: true,
        status: 'pending',
        subject: REQUEST.subject,
        outlet: REQUEST.outlet,
        deadline: REQUEST.deadline,
        conversationId: null,
        person: expect.objectContaining({ handle: scientist.handle, displayName: 'Sami Scientist' }),
      }),
    );
    const received = (
      await t.http().get('/api/contact-requests?box=received').set(scientist.auth).expect(200)
    ).body as ContactRequestPage;
    expect(received.items).toEqual([
      expect.objectContaining({
        id: sent.id,
        sent: false,
        message: REQUEST.message,
        person: expect.objectContaining({ handle: journalist.handle }),
      }),
    ]);
    const outbox = (await t.http().get('/api/contact-requests?box=sent').set(journalist.auth).expect(200))
      .body as ContactRequestPage;
    expect(outbox.items.map((item) => item.id)).toEqual([sent.id]);
    // No address of either side is in what the other sees.
    expect(JSON.stringify(received)).not.toContain('@example.org');

    const [notification] = await notificationsOf(scientist);
    expect(notification).toEqual(
      expect.objectContaining({
        kind: 'contact_request',
        subject: { type: 'contact_request', title: REQUEST.subject, path: '/contact-requests' },
      }),
    );
  });

  it('refuses a person whose address is not confirmed', async () => {
    const unconfirmed = await signedInPerson(t, { visibility: 'public' });
    const scientist = await expert('Unconfirmed Target');
    expectProblem(await ask(unconfirmed, scientist), 403, 'email_not_verified');
  });

  it('answers a hidden expert as if there were none', async () => {
    const journalist = await writer(t);
    const hidden = await expert('Hidden Target');
    await t.http().patch('/api/me/profile').set(hidden.auth).send({ visibility: 'hidden' }).expect(200);
    expectProblem(await ask(journalist, hidden), 404, 'not_found');
  });

  it('refuses when the person paused requests, and takes them again once resumed', async () => {
    const journalist = await writer(t);
    const paused = await expert('Paused Target');
    await t
      .http()
      .patch('/api/me/profile')
      .set(paused.auth)
      .send({ acceptsContactRequests: false })
      .expect(200);
    expectProblem(await ask(journalist, paused), 409, 'contact_requests_paused');
    await t
      .http()
      .patch('/api/me/profile')
      .set(paused.auth)
      .send({ acceptsContactRequests: true })
      .expect(200);
    await ask(journalist, paused).expect(201);
  });

  it('refuses people not open to press until they opt in to requests', async () => {
    const sender = await writer(t);
    const colleague = await writer(t, 'public', 'Opt In Target');
    expectProblem(await ask(sender, colleague), 409, 'contact_requests_paused');
    const me = await t
      .http()
      .patch('/api/me/profile')
      .set(colleague.auth)
      .send({ acceptsContactRequests: true });
    expect(me.body.acceptsContactRequests).toBe(true);
    await ask(sender, colleague).expect(201);
  });

  it('refuses a pair in a block, whichever side blocked', async () => {
    const journalist = await writer(t);
    const blocking = await expert('Blocking Target');
    const blocked = await expert('Blocked Target');
    await block(blocking, journalist);
    await block(journalist, blocked);
    expectProblem(await ask(journalist, blocking), 404, 'not_found');
    expectProblem(await ask(journalist, blocked), 404, 'not_found');
  });

  it('answers a suspended expert as if there were none', async () => {
    const journalist = await writer(t);
    const suspended = await expert('Suspended Target');
    await t.sql('UPDATE users SET suspended_at = now() WHERE id = $1', [suspended.id]);
    expectProblem(await ask(journalist, suspended), 404, 'not_found');
  });

  it('refuses a second pending request to the same person, and a request to oneself', async () => {
    const journalist = await writer(t);
    const scientist = await expert('Twice Target');
    await ask(journalist, scientist).expect(201);
    expectProblem(await ask(journalist, scientist), 409, 'contact_request_pending');
    const self = await expert('Self Asker');
    expectProblem(await ask(self, self), 400, 'cannot_contact_self');
  });

  it('limits the requests one person sends per day', async () => {
    const journalist = await writer(t);
    for (const name of ['Limit One', 'Limit Two', 'Limit Three']) {
      await ask(journalist, await expert(name)).expect(201);
    }
    const response = await ask(journalist, await expert('Limit Four'));
    expectProblem(response, 429, 'rate_limited');
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('refuses a request that is not valid, naming the field', async () => {
    const journalist = await writer(t);
    const scientist = await expert('Validation Target');
    const response = await ask(journalist, scientist, { ...REQUEST, deadline: 'tomorrow' });
    expect(expectProblem(response, 400, 'validation_failed').errors?.[0]?.field).toBe('deadline');
  });

  it('lets only the recipient accept or decline, once', async () => {
    const journalist = await writer(t);
    const scientist = await expert('Answering Target');
    const stranger = await writer(t);
    const request = (await ask(journalist, scientist).expect(201)).body as ContactRequest;

    expectProblem(
      await t.http().post(`/api/contact-requests/${request.id}/accept`).set(journalist.auth),
      404,
      'not_found',
    );
    expectProblem(
      await t.http().post(`/api/contact-requests/${request.id}/accept`).set(stranger.auth),
      404,
      'not_found',
    );
    expectProblem(
      await t.http().post('/api/contact-requests/not-a-uuid/accept').set(scientist.auth),
      404,
      'not_found',
    );
    const declined = await t
      .http()
      .post(`/api/contact-requests/${request.id}/decline`)
      .set(scientist.auth)
      .expect(200);
    expect(declined.body).toEqual(expect.objectContaining({ status: 'declined', conversationId: null }));
    expectProblem(
      await t.http().post(`/api/contact-requests/${request.id}/accept`).set(scientist.auth),
      409,
      'contact_request_answered',
    );
  });

  it('opens a conversation on acceptance and tells the sender', async () => {
    const journalist = await writer(t, 'public', 'Accepted Journalist');
    const scientist = await expert('Accepting Scientist');
    const request = await accepted(journalist, scientist);
    expect(request.status).toBe('accepted');
    expect(request.conversationId).toEqual(expect.any(String));

    const list = (await t.http().get('/api/conversations').set(journalist.auth).expect(200))
      .body as ConversationPage;
    expect(list.items).toEqual([
      expect.objectContaining({
        id: request.conversationId,
        person: expect.objectContaining({ handle: scientist.handle }),
        lastMessage: null,
        unreadCount: 0,
      }),
    ]);
    const [notification] = await notificationsOf(journalist);
    expect(notification).toEqual(
      expect.objectContaining({
        kind: 'contact_request_accepted',
        subject: {
          type: 'conversation',
          title: REQUEST.subject,
          path: `/messages/${request.conversationId}`,
        },
      }),
    );
  });
});

describe('conversations', () => {
  it('exchanges messages between the two people, with unread counts and read markers', async () => {
    const journalist = await writer(t, 'public', 'Thread Journalist');
    const scientist = await expert('Thread Scientist');
    const { conversationId } = await accepted(journalist, scientist);
    const id = conversationId ?? '';

    const first = await send(journalist, id, 'Thank you! Is Tuesday at 10 fine?').expect(201);
    expect(first.body).toEqual(
      expect.objectContaining({ mine: true, body: 'Thank you! Is Tuesday at 10 fine?' }),
    );
    await send(scientist, id, 'Tuesday at 10 works.').expect(201);
    await send(journalist, id, 'Great, talk then.').expect(201);

    const thread = (await t.http().get(`/api/conversations/${id}/messages`).set(scientist.auth).expect(200))
      .body as MessagePage;
    expect(thread.items.map((message) => [message.body, message.mine])).toEqual([
      ['Great, talk then.', false],
      ['Tuesday at 10 works.', true],
      ['Thank you! Is Tuesday at 10 fine?', false],
    ]);
    const older = (
      await t
        .http()
        .get(`/api/conversations/${id}/messages?limit=1&before=${thread.items[1]?.id}`)
        .set(scientist.auth)
    ).body as MessagePage;
    expect(older.items.map((message) => message.body)).toEqual(['Thank you! Is Tuesday at 10 fine?']);
    const since = (
      await t.http().get(`/api/conversations/${id}/messages?after=${first.body.id}`).set(scientist.auth)
    ).body as MessagePage;
    expect(since.items.map((message) => message.body)).toEqual(['Tuesday at 10 works.', 'Great, talk then.']);

    const before = (await t.http().get(`/api/conversations/${id}`).set(scientist.auth).expect(200)).body;
    expect(before).toEqual(expect.objectContaining({ unreadCount: 1, lastMessage: 'Great, talk then.' }));
    const messageNotes = (await notificationsOf(scientist)).filter((n) => n.kind === 'message');
    expect(messageNotes.map((n) => n.readAt)).toEqual([null, null]);

    const read = await t
      .http()
      .post(`/api/conversations/${id}/read`)
      .set(scientist.auth)
      .send({})
      .expect(200);
    expect((read.body as Conversation).unreadCount).toBe(0);
    // Reading the conversation reads its message notifications, so their mails wait no more.
    expect(
      (await notificationsOf(scientist)).filter((n) => n.kind === 'message' && n.readAt === null),
    ).toEqual([]);
  });

  it('mails the other person a notice of a new message while they are away, with no address in it', async () => {
    const journalist = await writer(t, 'public', 'Mailing Journalist');
    const scientist = await expert('Mailed Scientist');
    const { conversationId } = await accepted(journalist, scientist);
    await send(journalist, conversationId ?? '', 'Are you free on Friday?').expect(201);
    await jobsSettled(t);

    const [journalistRow] = await t.sql<{ email: string }>('SELECT email FROM users WHERE id = $1', [
      journalist.id,
    ]);
    const mails = await t.sql<{ subject: string; text_body: string; links: string[] }>(
      `SELECT o.subject, o.text_body, o.links FROM outbox_mails o JOIN users u ON u.email = o.recipient
        WHERE u.id = $1 AND o.subject LIKE '%message%'`,
      [scientist.id],
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toContain('Mailing Journalist sent you a message');
    expect(mails[0]?.links[0]).toContain(`/messages/${conversationId}`);
    expect(mails[0]?.text_body).not.toContain(journalistRow?.email);
  });

  it('refuses reading and writing a conversation one is not part of', async () => {
    const journalist = await writer(t);
    const scientist = await expert('Private Scientist');
    const outsider = await writer(t);
    const { conversationId } = await accepted(journalist, scientist);
    const id = conversationId ?? '';

    expectProblem(await t.http().get(`/api/conversations/${id}`).set(outsider.auth), 404, 'not_found');
    expectProblem(
      await t.http().get(`/api/conversations/${id}/messages`).set(outsider.auth),
      404,
      'not_found',
    );
    expectProblem(await send(outsider, id, 'Let me in'), 404, 'not_found');
    expectProblem(
      await t.http().post(`/api/conversations/${id}/read`).set(outsider.auth).send({}),
      404,
      'not_found',
    );
    expectProblem(
      await t.http().get('/api/conversations/not-a-uuid/messages').set(journalist.auth),
      404,
      'not_found',
    );
  });

  it('ends the conversation when either side blocks: no reading or writing either way, and gone from both lists', async () => {
    const journalist = await writer(t);
    const scientist = await expert('Blocking Scientist');
    const { conversationId } = await accepted(journalist, scientist);
    const id = conversationId ?? '';
    await send(journalist, id, 'Hello there').expect(201);

    await block(scientist, journalist);
    expectProblem(await send(journalist, id, 'Are you there?'), 404, 'not_found');
    expectProblem(await send(scientist, id, 'Goodbye'), 404, 'not_found');
    expectProblem(
      await t.http().get(`/api/conversations/${id}/messages`).set(journalist.auth),
      404,
      'not_found',
    );
    for (const who of [journalist, scientist]) {
      const list = (await t.http().get('/api/conversations').set(who.auth).expect(200))
        .body as ConversationPage;
      expect(list.items).toEqual([]);
    }
    // The request that opened it is gone from both boxes too.
    const sent = (await t.http().get('/api/contact-requests?box=sent').set(journalist.auth))
      .body as ContactRequestPage;
    expect(sent.items).toEqual([]);
  });

  it('starts between people who share an organisation, and not between strangers', async () => {
    const owner = await writer(t, 'public', 'Org Owner');
    const member = await writer(t, 'public', 'Org Member');
    const stranger = await writer(t, 'public', 'Org Stranger');
    const organisation = await createOrganisation(t, owner.accessToken);
    await addMember(t, organisation, member, 'member');

    const started = await t
      .http()
      .post('/api/conversations')
      .set(member.auth)
      .send({ handle: owner.handle })
      .expect(200);
    const again = await t
      .http()
      .post('/api/conversations')
      .set(owner.auth)
      .send({ handle: member.handle })
      .expect(200);
    expect(again.body.id).toBe(started.body.id);
    expectProblem(
      await t.http().post('/api/conversations').set(stranger.auth).send({ handle: owner.handle }),
      403,
      'conversation_not_allowed',
    );
    await block(owner, member);
    expectProblem(
      await t.http().post('/api/conversations').set(member.auth).send({ handle: owner.handle }),
      404,
      'not_found',
    );
  });

  it('starts again from an accepted request, for either side', async () => {
    const journalist = await writer(t);
    const scientist = await expert('Restart Scientist');
    const { conversationId } = await accepted(journalist, scientist);
    const response = await t
      .http()
      .post('/api/conversations')
      .set(scientist.auth)
      .send({ handle: journalist.handle });
    expect(response.status).toBe(200);
    expect(response.body.id).toBe(conversationId);
  });

  it('delivers a message live to both people, and to neither once they are in a block', async () => {
    const journalist = await writer(t);
    const scientist = await expert('Live Scientist');
    const onlooker = await writer(t);
    const { conversationId } = await accepted(journalist, scientist);
    const id = conversationId ?? '';

    const scientistSocket = await connected(liveSocket(scientist));
    const journalistSocket = await connected(liveSocket(journalist));
    const onlookerSocket = await connected(liveSocket(onlooker));
    const toScientist = collect(scientistSocket, 'message:new');
    const toJournalist = collect(journalistSocket, 'message:new');
    const toOnlooker = collect(onlookerSocket, 'message:new');

    const sent = await send(journalist, id, 'Live hello').expect(201);
    await waitFor(async () => toScientist.length === 1 && toJournalist.length === 1, 'the live message');
    expect(toScientist).toEqual([{ conversationId: id, id: sent.body.id }]);

    await block(journalist, scientist);
    expectProblem(await send(journalist, id, 'Still there?'), 404, 'not_found');
    // A message that committed just before the block is not told live once the block exists.
    await t.app.get(DomainEvents).emit('message.sent', {
      conversationId: id,
      messageId: sent.body.id,
      senderId: journalist.id,
      recipientId: scientist.id,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(toScientist).toHaveLength(1);
    expect(toJournalist).toHaveLength(1);
    expect(toOnlooker).toEqual([]);
  });
});

function liveSocket(who: Writer): LiveClient {
  const made = liveClient(origin, who.accessToken);
  clients.push(made);
  return made;
}
