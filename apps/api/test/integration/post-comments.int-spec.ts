import { XMLParser } from 'fast-xml-parser';
import { ModerationTargets } from '../../src/modules/moderation/moderation-targets';
import { addMember, createOrganisation } from '../factories/organisations';
import { createPost, type Writer, writer } from '../factories/posts';
import { expectProblem } from '../setup/problems';
import { startTestApp, TEST_ORIGIN, type TestApp } from '../setup/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ LOGIN_LIMIT_PER_IP: '10000' });
});
afterAll(() => t.close());

function comment(who: Writer | undefined, slug: string, body: Record<string, unknown>) {
  const request = t.http().post(`/api/posts/${slug}/comments`);
  return (who ? request.set(who.auth) : request).send(body);
}

describe('comments', () => {
  let author: Writer;
  let reader: Writer;
  let slug: string;

  beforeAll(async () => {
    author = await writer(t);
    reader = await writer(t);
    slug = (await createPost(t, author)).slug;
  });

  it('lists comments oldest first with their replies, one level deep', async () => {
    const first = (await comment(reader, slug, { body: 'Thanks, *very* useful' }).expect(201)).body;
    expect(first).toMatchObject({
      parentId: null,
      bodyHtml: expect.stringContaining('<em>very</em>'),
      author: { person: { handle: reader.handle }, organisation: null },
      canEdit: true,
      canRemove: true,
    });
    const reply = (await comment(author, slug, { body: 'Glad it helps', parentId: first.id }).expect(201))
      .body;
    const tooDeep = await comment(reader, slug, { body: 'Deeper', parentId: reply.id });
    expect(expectProblem(tooDeep, 400, 'reply_too_deep').errors?.[0]?.field).toBe('parentId');
    const second = (await comment(author, slug, { body: 'Another thread' }).expect(201)).body;

    const page = await t.http().get(`/api/posts/${slug}/comments`).expect(200);
    expect(page.body.items.map((thread: { id: string }) => thread.id)).toEqual([first.id, second.id]);
    expect(page.body.items[0].replies.map((r: { id: string }) => r.id)).toEqual([reply.id]);
    expect(page.body.items[0]).toMatchObject({ canEdit: false, canRemove: false });

    const paged = await t.http().get(`/api/posts/${slug}/comments`).query({ limit: 1 }).expect(200);
    const next = await t
      .http()
      .get(`/api/posts/${slug}/comments`)
      .query({ limit: 1, after: paged.body.nextCursor })
      .expect(200);
    expect(next.body.items.map((thread: { id: string }) => thread.id)).toEqual([second.id]);
    expect((await t.http().get(`/api/posts/${slug}`).expect(200)).body.commentCount).toBe(3);
  });

  it('refuses a reply to a comment on another post, an empty comment, and anonymous comments', async () => {
    const other = (await createPost(t, author)).slug;
    const elsewhere = (await comment(reader, other, { body: 'Elsewhere' }).expect(201)).body;
    const response = await comment(reader, slug, { body: 'Misplaced', parentId: elsewhere.id });
    expect(expectProblem(response, 400, 'validation_failed').errors?.[0]?.field).toBe('parentId');
    expect(
      expectProblem(await comment(reader, slug, { body: '  ' }), 400, 'validation_failed').errors?.[0]?.field,
    ).toBe('body');
    expectProblem(await comment(undefined, slug, { body: 'Hi' }), 401, 'unauthenticated');
  });

  it('takes comments on published posts only', async () => {
    const draft = await createPost(t, author, { status: 'draft' });
    expectProblem(await comment(author, draft.slug, { body: 'Note to self' }), 409, 'post_not_published');
    expectProblem(await comment(reader, draft.slug, { body: 'Hello' }), 404, 'not_found');
  });

  it('lets only its author edit a comment', async () => {
    const own = (await comment(reader, slug, { body: 'Typo here' }).expect(201)).body;
    const edited = await t
      .http()
      .patch(`/api/comments/${own.id}`)
      .set(reader.auth)
      .send({ body: 'Fixed' })
      .expect(200);
    expect(edited.body).toMatchObject({ body: 'Fixed', editedAt: expect.any(String) });
    expectProblem(
      await t
        .http()
        .patch(`/api/comments/${own.id}`)
        .set(author.auth)
        .send({ body: 'Changed by the author' }),
      403,
      'forbidden',
    );
    expectProblem(
      await t.http().patch('/api/comments/not-an-id').set(reader.auth).send({ body: 'x' }),
      404,
      'not_found',
    );
  });

  it('lets its author, the post’s author and moderators remove a comment, and no one else', async () => {
    const stranger = await writer(t);
    const moderator = await writer(t, 'public', 'Mo Derator', 'moderator');
    const byReader = async () => (await comment(reader, slug, { body: 'To be removed' }).expect(201)).body.id;

    const first = await byReader();
    expectProblem(await t.http().delete(`/api/comments/${first}`).set(stranger.auth), 403, 'forbidden');
    await t.http().delete(`/api/comments/${first}`).set(reader.auth).expect(204);
    await t
      .http()
      .delete(`/api/comments/${await byReader()}`)
      .set(author.auth)
      .expect(204);
    await t
      .http()
      .delete(`/api/comments/${await byReader()}`)
      .set(moderator.auth)
      .expect(204);
    await t.http().delete(`/api/comments/${first}`).set(reader.auth).expect(404);
  });

  it('lets the organisation’s editors remove comments on its posts', async () => {
    const owner = await writer(t);
    const editor = await writer(t);
    const organisation = await createOrganisation(t, owner.accessToken);
    await addMember(t, organisation, editor, 'editor');
    const post = await createPost(t, owner, { organisation: organisation.slug });
    const id = (await comment(reader, post.slug, { body: 'Off topic' }).expect(201)).body.id;
    await t.http().delete(`/api/comments/${id}`).set(editor.auth).expect(204);
  });

  it('hides the comments of a hidden profile and of a blocked person', async () => {
    const hidden = await writer(t, 'hidden');
    const blocked = await writer(t);
    const hiddenComment = (await comment(hidden, slug, { body: 'From a hidden profile' }).expect(201)).body
      .id;
    const blockedComment = (await comment(blocked, slug, { body: 'From someone blocked' }).expect(201)).body
      .id;
    await t.http().post('/api/blocks').set(reader.auth).send({ handle: blocked.handle }).expect(204);
    const ids = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);
    const seen = await t
      .http()
      .get(`/api/posts/${slug}/comments`)
      .set(reader.auth)
      .query({ limit: 100 })
      .expect(200);
    expect(ids(seen.body)).not.toContain(hiddenComment);
    expect(ids(seen.body)).not.toContain(blockedComment);
    const own = await t
      .http()
      .get(`/api/posts/${slug}/comments`)
      .set(hidden.auth)
      .query({ limit: 100 })
      .expect(200);
    expect(ids(own.body)).toContain(hiddenComment);
  });

  it('counts only the comments the viewer can read, in the post and in the lists', async () => {
    const counted = await createPost(t, author);
    const hidden = await writer(t, 'hidden');
    const blocked = await writer(t);
    const open = (await comment(reader, counted.slug, { body: 'Readable by all' }).expect(201)).body.id;
    await comment(author, counted.slug, { body: 'A reply', parentId: open }).expect(201);
    const fromHidden = (await comment(hidden, counted.slug, { body: 'From a hidden profile' }).expect(201))
      .body.id;
    expect(fromHidden).toEqual(expect.any(String));
    const fromBlocked = (await comment(blocked, counted.slug, { body: 'From someone blocked' }).expect(201))
      .body.id;
    // A reply under a comment the viewer cannot read is out of their reach in the thread too.
    await comment(author, counted.slug, { body: 'Under the blocked one', parentId: fromBlocked }).expect(201);
    await t.http().post('/api/blocks').set(reader.auth).send({ handle: blocked.handle }).expect(204);

    const countFor = async (who?: Writer) => {
      const request = t.http().get(`/api/posts/${counted.slug}`);
      const detail = (await (who ? request.set(who.auth) : request).expect(200)).body.commentCount;
      const listRequest = t.http().get('/api/posts').query({ author: author.handle, limit: 100 });
      const list = (await (who ? listRequest.set(who.auth) : listRequest).expect(200)).body.items;
      const inList = list.find((item: { slug: string }) => item.slug === counted.slug).commentCount;
      expect(inList).toBe(detail);
      return detail;
    };
    expect(await countFor()).toBe(4);
    expect(await countFor(reader)).toBe(2);
    expect(await countFor(hidden)).toBe(5);
  });
});

describe('moderation of posts and comments', () => {
  it('describes and hides a post and a comment through their moderation targets', async () => {
    const targets = t.app.get(ModerationTargets);
    const author = await writer(t);
    const reader = await writer(t);
    const post = await createPost(t, author, { title: 'Reported post' });
    const reported = (await comment(reader, post.slug, { body: 'Reported comment' }).expect(201)).body.id;

    expect(await targets.get('post')?.describe(post.id)).toEqual({
      title: 'Reported post',
      authorId: author.id,
      path: `/news/${post.slug}`,
    });
    expect(await targets.get('comment')?.describe(reported)).toMatchObject({ authorId: reader.id });

    await targets.get('comment')?.setHidden(reported, { reason: 'Harassment' });
    const list = await t.http().get(`/api/posts/${post.slug}/comments`).set(author.auth).expect(200);
    expect(list.body.items).toEqual([]);
    const own = await t.http().get(`/api/posts/${post.slug}/comments`).set(reader.auth).expect(200);
    expect(own.body.items[0].moderation).toEqual({ hidden: true, reason: 'Harassment' });

    await targets.get('post')?.setHidden(post.id, { reason: 'Misinformation' });
    await t.http().get(`/api/posts/${post.slug}`).set(reader.auth).expect(404);
    await targets.get('post')?.setHidden(post.id, null);
    await t.http().get(`/api/posts/${post.slug}`).set(reader.auth).expect(200);
  });
});

describe('RSS and Atom feeds', () => {
  const parser = new XMLParser({ ignoreAttributes: false });
  const rss = async (query: Record<string, string> = {}) => {
    const response = await t.http().get('/api/posts/feed.rss').query(query).expect(200);
    expect(response.headers['content-type']).toContain('application/rss+xml');
    const items = parser.parse(response.text).rss.channel.item ?? [];
    return (Array.isArray(items) ? items : [items]) as { title: string; link: string }[];
  };

  it('carries public posts of the site, a topic, an organisation and a person with absolute links', async () => {
    const owner = await writer(t, 'public', 'Feed Owner');
    const organisation = await createOrganisation(t, owner.accessToken, { name: 'Feed Org' });
    const post = await createPost(t, owner, {
      title: 'Open guide on anti-corruption',
      topics: ['anti-corruption'],
      organisation: organisation.slug,
    });
    const own = await createPost(t, owner, {
      title: 'Personal note on anti-corruption',
      topics: ['anti-corruption'],
    });
    const link = `${TEST_ORIGIN}/news/${post.slug}`;

    expect((await rss()).map((item) => item.link)).toContain(link);
    const topic = await rss({ topic: 'anti-corruption' });
    expect(topic.map((item) => item.title)).toEqual(
      expect.arrayContaining(['Open guide on anti-corruption', 'Personal note on anti-corruption']),
    );
    expect((await rss({ organisation: organisation.slug })).map((item) => item.link)).toEqual([link]);
    expect((await rss({ author: owner.handle })).map((item) => item.link)).toEqual([
      `${TEST_ORIGIN}/news/${own.slug}`,
      link,
    ]);

    const atom = await t.http().get('/api/posts/feed.atom').query({ topic: 'anti-corruption' }).expect(200);
    expect(atom.headers['content-type']).toContain('application/atom+xml');
    const entries = parser.parse(atom.text).feed.entry;
    const titles = (Array.isArray(entries) ? entries : [entries]).map(
      (entry: { title: { '#text': string } }) => entry.title['#text'],
    );
    expect(titles).toContain('Open guide on anti-corruption');
  });

  it('leaves out members-only, organisation-only and hidden posts and posts by non-public profiles', async () => {
    const author = await writer(t);
    const membersProfile = await writer(t, 'members');
    const forMembers = await createPost(t, author, { audience: 'members', topics: ['digital-rights'] });
    const hidden = await createPost(t, author, { topics: ['digital-rights'] });
    await t.sql(`UPDATE posts SET hidden_at = now(), hidden_reason = 'Spam' WHERE id = $1`, [hidden.id]);
    const byMembersProfile = await createPost(t, membersProfile, { topics: ['digital-rights'] });
    const links = (await rss({ topic: 'digital-rights' })).map((item) => item.link);
    for (const post of [forMembers, hidden, byMembersProfile])
      expect(links).not.toContain(`${TEST_ORIGIN}/news/${post.slug}`);
  });

  it('answers 404 for the feed of an owner that is not public or does not exist, and 400 for a bad filter', async () => {
    const membersProfile = await writer(t, 'members');
    expectProblem(
      await t.http().get('/api/posts/feed.rss').query({ author: membersProfile.handle }),
      404,
      'not_found',
    );
    expectProblem(
      await t.http().get('/api/posts/feed.atom').query({ organisation: 'no-such-org' }),
      404,
      'not_found',
    );
    expectProblem(
      await t.http().get('/api/posts/feed.rss').query({ topic: 'Not A Slug' }),
      400,
      'validation_failed',
    );
  });
});
