import { randomBytes } from 'node:crypto';
import type { Notification, NotificationPage } from '@open-spaces/contracts';
import { addMember, createOrganisation, type TestOrganisation } from '../factories/organisations';
import { createPost, type Writer, writer } from '../factories/posts';
import { jobsSettled } from '../setup/jobs';
import { expectProblem } from '../setup/problems';
import { startTestApp, TEST_ORIGIN, type TestApp } from '../setup/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ LOGIN_LIMIT_PER_IP: '10000' });
});
afterAll(() => t.close());

/** What the person finds in their notifications once everything sent so far was delivered. */
async function notificationsOf(who: Writer): Promise<Notification[]> {
  await jobsSettled(t);
  const response = await t.http().get('/api/notifications').set(who.auth).expect(200);
  return (response.body as NotificationPage).items;
}

async function emailOf(who: Writer): Promise<string> {
  const [row] = await t.sql<{ email: string }>('SELECT email FROM users WHERE id = $1', [who.id]);
  if (!row) throw new Error('no such user');
  return row.email;
}

/** The mails to an address, oldest first, leaving out the sign-up confirmation. */
async function mailsTo(email: string) {
  await jobsSettled(t);
  return t.sql<{ subject: string; text_body: string; links: string[] }>(
    `SELECT subject, text_body, links FROM outbox_mails
      WHERE recipient = $1 AND subject NOT LIKE '%onfirm%' ORDER BY created_at`,
    [email],
  );
}

function block(who: Writer, whom: Writer) {
  return t.http().post('/api/blocks').set(who.auth).send({ handle: whom.handle }).expect(204);
}

describe('organisation invitations', () => {
  let owner: Writer;
  let org: TestOrganisation;

  beforeAll(async () => {
    owner = await writer(t, 'public', 'Ana Inviter');
    org = await createOrganisation(t, owner.accessToken, { name: 'Green Commons' });
  });

  function invite(body: Record<string, string>) {
    return t.http().post(`/api/organisations/${org.slug}/invitations`).set(owner.auth).send(body).expect(201);
  }

  it('notifies a person invited by handle, whose one mail says who invited them, where, as what and where to answer', async () => {
    const invitee = await writer(t, 'public', 'Jonas Invited');
    await invite({ handle: invitee.handle, role: 'editor' });

    const [notification, ...others] = await notificationsOf(invitee);
    expect(others).toEqual([]);
    expect(notification).toEqual(
      expect.objectContaining({
        kind: 'organisation_invitation',
        actor: expect.objectContaining({ handle: owner.handle, displayName: 'Ana Inviter' }),
        organisation: expect.objectContaining({ slug: org.slug, name: 'Green Commons' }),
        subject: { type: 'invitation', title: 'Green Commons', path: '/invitations' },
        details: { role: 'editor' },
        reason: 'You get this because Green Commons invited you.',
      }),
    );
    // The notification's mail is the invitation: no second mail about the same thing.
    const mails = await mailsTo(await emailOf(invitee));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe(
      'Open Spaces: Ana Inviter invited you to join Green Commons as an editor.',
    );
    expect(mails[0]?.text_body).toContain('Ana Inviter invited you to join Green Commons as an editor.');
    expect(mails[0]?.links[0]).toBe(`${TEST_ORIGIN}/invitations`);
    // The inviter is not told about their own invitation.
    expect(await notificationsOf(owner)).toEqual([]);
  });

  it('notifies the account behind an invited address on the channel it chose, and mails nothing else', async () => {
    const invitee = await writer(t, 'public', 'Lea In App');
    await t
      .http()
      .patch('/api/me/notification-preferences')
      .set(invitee.auth)
      .send({ channels: { organisation_invitation: 'app' } })
      .expect(200);
    await invite({ email: (await emailOf(invitee)).toUpperCase(), role: 'member' });

    const [notification, ...others] = await notificationsOf(invitee);
    expect(others).toEqual([]);
    expect(notification).toEqual(
      expect.objectContaining({ kind: 'organisation_invitation', details: { role: 'member' } }),
    );
    expect(await mailsTo(await emailOf(invitee))).toEqual([]);
  });

  it('mails the invitation to an address without an account, and notifies no one', async () => {
    const email = `newcomer-${randomBytes(4).toString('hex')}@example.org`;
    const created = await invite({ email, role: 'member' });

    const mails = await mailsTo(email);
    expect(mails.map((mail) => mail.subject)).toEqual([
      'You are invited to join Green Commons on Open Spaces',
    ]);
    expect(mails[0]?.text_body).toContain('Ana Inviter invited you to join Green Commons on Open Spaces');
    expect(mails[0]?.links).toEqual([`${TEST_ORIGIN}/invitations`]);
    const [notified] = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM notifications WHERE subject_type = 'invitation' AND subject_id = $1`,
      [created.body.id],
    );
    expect(notified?.n).toBe(0);
  });

  it('neither notifies nor mails an account in a block with the inviter', async () => {
    const invitee = await writer(t, 'public', 'Max Blocking');
    await block(invitee, owner);
    await invite({ email: await emailOf(invitee), role: 'member' });

    expect(await notificationsOf(invitee)).toEqual([]);
    expect(await mailsTo(await emailOf(invitee))).toEqual([]);
  });
});

describe('members joining', () => {
  async function inviteAndAccept(
    org: TestOrganisation,
    inviter: Writer,
    joiner: Writer,
    role = 'member',
  ): Promise<void> {
    const created = await t
      .http()
      .post(`/api/organisations/${org.slug}/invitations`)
      .set(inviter.auth)
      .send({ email: await emailOf(joiner), role })
      .expect(201);
    await t.http().post(`/api/invitations/${created.body.id}/accept`).set(joiner.auth).expect(200);
  }

  it('tells the owners and admins who joined, as what; not the joiner nor the other members', async () => {
    const owner = await writer(t, 'public', 'Olga Owner');
    const admin = await writer(t, 'public', 'Adam Admin');
    const editor = await writer(t, 'public', 'Eda Editor');
    const joiner = await writer(t, 'public', 'Nina Newcomer');
    const org = await createOrganisation(t, owner.accessToken, { name: 'River Alliance' });
    await addMember(t, org, admin, 'admin');
    await addMember(t, org, editor, 'editor');
    await inviteAndAccept(org, admin, joiner, 'editor');

    for (const manager of [owner, admin]) {
      const items = await notificationsOf(manager);
      expect(items).toEqual([
        expect.objectContaining({
          kind: 'member_joined',
          actor: expect.objectContaining({ handle: joiner.handle, displayName: 'Nina Newcomer' }),
          organisation: expect.objectContaining({ slug: org.slug, name: 'River Alliance' }),
          subject: {
            type: 'organisation',
            title: 'River Alliance',
            path: `/organisations/${org.slug}/manage`,
          },
          details: { role: 'editor' },
          reason: 'You get this because you are an owner or admin of River Alliance.',
        }),
      ]);
    }
    expect(await notificationsOf(editor)).toEqual([]);
    expect((await notificationsOf(joiner)).map((item) => item.kind)).toEqual(['organisation_invitation']);
  });

  it('tells no manager in a block with the joiner, and no one of a joiner whose profile is hidden', async () => {
    const owner = await writer(t, 'public', 'Otto Owner');
    const admin = await writer(t, 'public', 'Alma Blocking');
    const org = await createOrganisation(t, owner.accessToken, { name: 'Quiet Circle' });
    await addMember(t, org, admin, 'admin');

    const blocked = await writer(t, 'public', 'Bert Blocked');
    await block(admin, blocked);
    await inviteAndAccept(org, owner, blocked);
    expect((await notificationsOf(owner)).map((item) => item.actor?.handle)).toEqual([blocked.handle]);
    expect(await notificationsOf(admin)).toEqual([]);

    // Managers do not find a hidden profile in the member list, so they are not told of it.
    const hidden = await writer(t, 'hidden', 'Hanna Hidden');
    await inviteAndAccept(org, owner, hidden);
    expect(await notificationsOf(owner)).toHaveLength(1);
    expect(await notificationsOf(admin)).toEqual([]);
  });
});

describe('comments', () => {
  function comment(who: Writer, slug: string, body: string, parentId?: string): Promise<string> {
    return t
      .http()
      .post(`/api/posts/${slug}/comments`)
      .set(who.auth)
      .send({ body, ...(parentId ? { parentId } : {}) })
      .expect(201)
      .then((response) => response.body.id as string);
  }

  it('tells the post’s author of a comment, quoting its start as plain text; not the commenter', async () => {
    const author = await writer(t, 'public', 'Paula Poster');
    const commenter = await writer(t, 'public', 'Carl Commenter');
    const post = await createPost(t, author, { title: 'Our assembly' });
    const body = `Thanks, **very** useful.\n\n${'We tried the same in our town and it worked. '.repeat(4)}`;
    const id = await comment(commenter, post.slug, body);
    // The author's own comment on their post is not news to them.
    await comment(author, post.slug, 'Glad it helps.');

    const items = await notificationsOf(author);
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'post_comment',
        actor: expect.objectContaining({ handle: commenter.handle, displayName: 'Carl Commenter' }),
        subject: { type: 'post', title: 'Our assembly', path: `/news/${post.slug}#comment-${id}` },
        reason: 'You get this because it is your post.',
      }),
    ]);
    const excerpt = items[0]?.details.excerpt ?? '';
    expect(excerpt.startsWith('Thanks, very useful. We tried the same in our town')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(120);
    expect(await notificationsOf(commenter)).toEqual([]);
  });

  it('tells the author of the comment replied to, and the post’s author once, by the most specific kind', async () => {
    const author = await writer(t, 'public', 'Rita Poster');
    const first = await writer(t, 'public', 'Fred First');
    const replier = await writer(t, 'public', 'Rosa Replier');
    const bystander = await writer(t, 'public', 'Bea Bystander');
    const post = await createPost(t, author, { title: 'Open budgets' });
    const thread = await comment(first, post.slug, 'A question about the budget.');
    await comment(bystander, post.slug, 'Me too.', thread);
    await jobsSettled(t);
    await t.sql('DELETE FROM notifications WHERE user_id = ANY($1::uuid[])', [
      [author.id, first.id, bystander.id],
    ]);

    const reply = await comment(replier, post.slug, 'Here is an answer.', thread);
    expect(await notificationsOf(first)).toEqual([
      expect.objectContaining({
        kind: 'comment_reply',
        actor: expect.objectContaining({ handle: replier.handle }),
        subject: { type: 'post', title: 'Open budgets', path: `/news/${post.slug}#comment-${reply}` },
        details: { excerpt: 'Here is an answer.' },
        reason: 'You get this because it is your comment.',
      }),
    ]);
    expect((await notificationsOf(author)).map((item) => item.kind)).toEqual(['post_comment']);
    // Others in the thread are not told; the replier is not told of their own reply.
    expect(await notificationsOf(bystander)).toEqual([]);
    expect(await notificationsOf(replier)).toEqual([]);

    // The post's author replied to: one notification, the reply's.
    const own = await comment(author, post.slug, 'From the author.');
    await comment(replier, post.slug, 'Thanks!', own);
    expect((await notificationsOf(author)).map((item) => item.kind)).toEqual([
      'comment_reply',
      'post_comment',
    ]);
    // The post's author replying tells the comment's author only.
    await comment(author, post.slug, 'Good point.', thread);
    expect((await notificationsOf(first)).map((item) => item.kind)).toEqual([
      'comment_reply',
      'comment_reply',
    ]);
    expect((await notificationsOf(author)).map((item) => item.kind)).toEqual([
      'comment_reply',
      'post_comment',
    ]);
  });

  it('tells no one who could not read the comment', async () => {
    const author = await writer(t, 'public', 'Hugo Poster');
    const member = await writer(t, 'public', 'Mia Member');
    const other = await writer(t, 'public', 'Olaf Other');
    const org = await createOrganisation(t, author.accessToken, { name: 'Closed Circle' });
    await addMember(t, org, member, 'member');
    await addMember(t, org, other, 'member');
    const post = await createPost(t, author, { organisation: org.slug, audience: 'organisation' });
    const thread = await comment(member, post.slug, 'Inside news.');
    await jobsSettled(t);
    await t.sql('DELETE FROM notifications WHERE user_id = $1', [author.id]);

    // A comment by a hidden profile is shown to no one else.
    const hidden = await writer(t, 'hidden', 'Ida Hidden');
    await addMember(t, org, hidden, 'member');
    await comment(hidden, post.slug, 'Unseen.');
    expect(await notificationsOf(author)).toEqual([]);

    // Someone who left the organisation no longer reads its members-only post.
    await t.sql('DELETE FROM memberships WHERE organisation_id = $1 AND user_id = $2', [org.id, member.id]);
    await comment(other, post.slug, 'A reply they cannot see.', thread);
    expect(await notificationsOf(member)).toEqual([]);
    expect((await notificationsOf(author)).map((item) => item.actor?.handle)).toEqual([other.handle]);

    // A block keeps each side from the other's posts: there is nothing to comment on.
    const blocked = await writer(t, 'public', 'Bo Blocked');
    const open = await createPost(t, author);
    await block(author, blocked);
    expectProblem(
      await t.http().post(`/api/posts/${open.slug}/comments`).set(blocked.auth).send({ body: 'Hi' }),
      404,
      'not_found',
    );
    expect(await notificationsOf(author)).toHaveLength(1);
  });
});
