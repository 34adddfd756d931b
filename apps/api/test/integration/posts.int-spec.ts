import { addMember, createOrganisation } from '../factories/organisations';
import { createPost, newPostInput, type Writer, writer } from '../factories/posts';
import { bearer, login, registerUser } from '../factories/users';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ LOGIN_LIMIT_PER_IP: '10000' });
});
afterAll(() => t.close());

const slugsOf = (body: { items: { slug: string }[] }) => body.items.map((item) => item.slug);

async function activitiesOf(postId: string) {
  return t.sql<{ verb: string; actor_id: string; organisation_id: string | null; audience: string }>(
    'SELECT verb, actor_id, organisation_id, audience FROM activities WHERE object_id = $1 ORDER BY id',
    [postId],
  );
}

describe('writing posts', () => {
  let author: Writer;
  beforeAll(async () => {
    author = await writer(t);
  });

  it('publishes a post with rendered Markdown, records `published` and shows it to anonymous visitors', async () => {
    const post = await createPost(t, author, { title: 'Ten lessons from Lisbon', topics: ['human-rights'] });
    expect(post.slug).toMatch(/^ten-lessons-from-lisbon-[0-9a-f]{6}$/);
    const response = await t.http().get(`/api/posts/${post.slug}`).expect(200);
    expect(response.body).toMatchObject({
      title: 'Ten lessons from Lisbon',
      bodyHtml: expect.stringContaining('<strong>small</strong>'),
      status: 'published',
      author: { person: { handle: author.handle }, organisation: null },
      editedAt: null,
      canEdit: false,
      moderation: null,
      usefulCount: 0,
      reactedByMe: false,
    });
    expect(response.body.publishedAt).toEqual(expect.any(String));
    expect(await activitiesOf(post.id)).toEqual([
      { verb: 'published', actor_id: author.id, organisation_id: null, audience: 'public' },
    ]);
  });

  it('keeps a draft to its author and records nothing until it is published', async () => {
    const draft = await createPost(t, author, { status: 'draft' });
    await t.http().get(`/api/posts/${draft.slug}`).expect(404);
    const other = await writer(t);
    await t.http().get(`/api/posts/${draft.slug}`).set(other.auth).expect(404);
    const own = await t.http().get(`/api/posts/${draft.slug}`).set(author.auth).expect(200);
    expect(own.body).toMatchObject({ status: 'draft', publishedAt: null, canEdit: true });
    expect(await activitiesOf(draft.id)).toEqual([]);

    const published = await t
      .http()
      .patch(`/api/posts/${draft.slug}`)
      .set(author.auth)
      .send({ status: 'published' })
      .expect(200);
    expect(published.body.publishedAt).toEqual(expect.any(String));
    expect(published.body.editedAt).toBeNull();
    expect((await activitiesOf(draft.id)).map((a) => a.verb)).toEqual(['published']);
  });

  it('keeps publishedAt on an edit, sets editedAt, and records `updated` only for a material change', async () => {
    const post = await createPost(t, author);
    const before = (await t.http().get(`/api/posts/${post.slug}`).expect(200)).body;
    const countriesOnly = await t
      .http()
      .patch(`/api/posts/${post.slug}`)
      .set(author.auth)
      .send({ countries: ['FR'] })
      .expect(200);
    expect(countriesOnly.body.publishedAt).toBe(before.publishedAt);
    expect(countriesOnly.body.editedAt).toEqual(expect.any(String));
    expect((await activitiesOf(post.id)).map((a) => a.verb)).toEqual(['published']);

    await t
      .http()
      .patch(`/api/posts/${post.slug}`)
      .set(author.auth)
      .send({ title: 'A better title' })
      .expect(200);
    expect((await activitiesOf(post.id)).map((a) => a.verb)).toEqual(['published', 'updated']);
  });

  it('archives a post: `archived` is recorded, the post leaves the lists but stays at its address', async () => {
    const post = await createPost(t, author, { title: 'Soon archived' });
    await t.http().patch(`/api/posts/${post.slug}`).set(author.auth).send({ status: 'archived' }).expect(200);
    expect((await activitiesOf(post.id)).map((a) => a.verb)).toEqual(['published', 'archived']);
    const list = await t.http().get('/api/posts').query({ author: author.handle, limit: 100 }).expect(200);
    expect(slugsOf(list.body)).not.toContain(post.slug);
    expect((await t.http().get(`/api/posts/${post.slug}`).expect(200)).body.status).toBe('archived');
  });

  it('keeps a changed slug as a redirect: the old address answers the post with its new slug', async () => {
    const post = await createPost(t, author);
    const renamed = `renamed-${post.slug}`;
    await t.http().patch(`/api/posts/${post.slug}`).set(author.auth).send({ slug: renamed }).expect(200);
    const response = await t.http().get(`/api/posts/${post.slug}`).expect(200);
    expect(response.body.slug).toBe(renamed);
  });

  it('refuses a slug another post uses as slug_taken', async () => {
    const first = await createPost(t, author);
    const second = await createPost(t, author);
    const response = await t
      .http()
      .patch(`/api/posts/${second.slug}`)
      .set(author.auth)
      .send({ slug: first.slug });
    expect(expectProblem(response, 409, 'slug_taken').errors?.[0]?.field).toBe('slug');
  });

  it('lets only its editors change a post', async () => {
    const post = await createPost(t, author);
    const stranger = await writer(t);
    expectProblem(
      await t.http().patch(`/api/posts/${post.slug}`).set(stranger.auth).send({ title: 'Mine now' }),
      403,
      'forbidden',
    );
    expectProblem(
      await t.http().patch(`/api/posts/${post.slug}`).send({ title: 'Mine now' }),
      401,
      'unauthenticated',
    );
  });

  it('refuses writing without a signed-in, confirmed account', async () => {
    expectProblem(await t.http().post('/api/posts').send(newPostInput()), 401, 'unauthenticated');
    const unconfirmed = await registerUser(t);
    const { accessToken } = await login(t, unconfirmed);
    expectProblem(
      await t.http().post('/api/posts').set(bearer(accessToken)).send(newPostInput()),
      403,
      'email_not_verified',
    );
  });

  it.each([
    [{ kind: 'poem' }, 'kind'],
    [{ title: 'x' }, 'title'],
    [{ language: 'english' }, 'language'],
    [{ countries: ['Germany'] }, 'countries.0'],
    [{ audience: 'friends' }, 'audience'],
    [{ slug: 'Not A Slug' }, 'slug'],
    [{ unexpected: true }, ''],
  ])('refuses invalid input %j as 400 naming the field', async (change, field) => {
    const response = await t
      .http()
      .post('/api/posts')
      .set(author.auth)
      .send({ ...newPostInput(), ...change });
    const problem = expectProblem(response, 400, 'validation_failed');
    if (field) expect(problem.errors?.map((error) => error.field)).toContain(field);
  });

  it('refuses topics that are not in the taxonomy, naming the field', async () => {
    const response = await t
      .http()
      .post('/api/posts')
      .set(author.auth)
      .send(newPostInput({ topics: ['astrology'] }));
    expect(expectProblem(response, 400, 'unknown_taxonomy_value').errors?.[0]?.field).toBe('topics.0');
  });

  it('refuses the organisation audience on a post published as oneself', async () => {
    const response = await t
      .http()
      .post('/api/posts')
      .set(author.auth)
      .send(newPostInput({ audience: 'organisation' }));
    expect(expectProblem(response, 400, 'validation_failed').errors?.[0]?.field).toBe('audience');
  });

  it('lists the author’s own posts, drafts included, newest first and by status', async () => {
    const own = await writer(t);
    const draft = await createPost(t, own, { status: 'draft' });
    const published = await createPost(t, own);
    const mine = await t.http().get('/api/posts/mine').set(own.auth).expect(200);
    expect(slugsOf(mine.body)).toEqual([published.slug, draft.slug]);
    const drafts = await t.http().get('/api/posts/mine').query({ status: 'draft' }).set(own.auth).expect(200);
    expect(slugsOf(drafts.body)).toEqual([draft.slug]);
    expectProblem(await t.http().get('/api/posts/mine'), 401, 'unauthenticated');
  });
});

describe('publishing as an organisation', () => {
  let owner: Writer;
  let editor: Writer;
  let member: Writer;
  let organisation: { id: string; slug: string };

  beforeAll(async () => {
    owner = await writer(t);
    editor = await writer(t, 'hidden');
    member = await writer(t);
    organisation = await createOrganisation(t, owner.accessToken, { name: 'Civic Lab' });
    await addMember(t, organisation, editor, 'editor');
    await addMember(t, organisation, member, 'member');
  });

  it('lets an editor publish as the organisation, records the organisation, and hides a hidden editor’s name', async () => {
    const post = await createPost(t, editor, { organisation: organisation.slug });
    expect((await activitiesOf(post.id))[0]).toMatchObject({ organisation_id: organisation.id });
    const seen = await t.http().get(`/api/posts/${post.slug}`).expect(200);
    expect(seen.body.author).toEqual({
      person: null,
      organisation: expect.objectContaining({ slug: organisation.slug, name: 'Civic Lab' }),
    });
    const byAuthor = await t.http().get('/api/posts').query({ author: editor.handle }).expect(200);
    expect(byAuthor.body.items).toEqual([]);
    const byOrganisation = await t
      .http()
      .get('/api/posts')
      .query({ organisation: organisation.slug })
      .expect(200);
    expect(slugsOf(byOrganisation.body)).toContain(post.slug);
  });

  it('lets the organisation’s other editors change it', async () => {
    const post = await createPost(t, editor, { organisation: organisation.slug });
    const response = await t
      .http()
      .patch(`/api/posts/${post.slug}`)
      .set(owner.auth)
      .send({ summary: 'Reviewed by the owner' })
      .expect(200);
    expect(response.body.canEdit).toBe(true);
    expectProblem(
      await t.http().patch(`/api/posts/${post.slug}`).set(member.auth).send({ summary: 'No' }),
      403,
      'forbidden',
    );
  });

  it.each(['/api/me/publishing-organisations', '/api/posts/publishers'])(
    'lists the organisations each person may publish as at %s',
    async (path) => {
      const names = async (who: Writer) =>
        (await t.http().get(path).set(who.auth).expect(200)).body.items.map(
          (item: { slug: string }) => item.slug,
        );
      expect(await names(editor)).toEqual([organisation.slug]);
      expect(await names(member)).toEqual([]);
      expectProblem(await t.http().get(path), 401, 'unauthenticated');
    },
  );

  it('refuses a plain member publishing as the organisation', async () => {
    const response = await t
      .http()
      .post('/api/posts')
      .set(member.auth)
      .send(newPostInput({ organisation: organisation.slug }));
    expect(expectProblem(response, 403, 'forbidden').errors?.[0]?.field).toBe('organisation');
  });

  it('shows an organisation-audience post only to its members, and a members post only to signed-in people', async () => {
    const internal = await createPost(t, editor, {
      organisation: organisation.slug,
      audience: 'organisation',
    });
    const forMembers = await createPost(t, owner, { audience: 'members' });
    const outsider = await writer(t);
    await t.http().get(`/api/posts/${internal.slug}`).set(outsider.auth).expect(404);
    await t.http().get(`/api/posts/${internal.slug}`).set(member.auth).expect(200);
    await t.http().get(`/api/posts/${forMembers.slug}`).expect(404);
    await t.http().get(`/api/posts/${forMembers.slug}`).set(outsider.auth).expect(200);
    const anonymous = await t.http().get('/api/posts').query({ limit: 100 }).expect(200);
    expect(slugsOf(anonymous.body)).not.toEqual(expect.arrayContaining([internal.slug]));
    expect(slugsOf(anonymous.body)).not.toEqual(expect.arrayContaining([forMembers.slug]));
  });
});

describe('who sees posts', () => {
  it('never shows the posts of a hidden profile, published as themself, to anyone else', async () => {
    const hidden = await writer(t, 'hidden');
    const post = await createPost(t, hidden);
    const other = await writer(t);
    await t.http().get(`/api/posts/${post.slug}`).set(other.auth).expect(404);
    const list = await t.http().get('/api/posts').set(other.auth).query({ limit: 100 }).expect(200);
    expect(slugsOf(list.body)).not.toContain(post.slug);
    await t.http().get(`/api/posts/${post.slug}`).set(hidden.auth).expect(200);
  });

  it('shows a members-only profile’s posts to signed-in people only', async () => {
    const author = await writer(t, 'members');
    const post = await createPost(t, author);
    await t.http().get(`/api/posts/${post.slug}`).expect(404);
    await t
      .http()
      .get(`/api/posts/${post.slug}`)
      .set((await writer(t)).auth)
      .expect(200);
  });

  it('hides each side’s posts from the other in a blocked pair', async () => {
    const author = await writer(t);
    const blocker = await writer(t);
    const post = await createPost(t, author);
    await t.http().post('/api/blocks').set(blocker.auth).send({ handle: author.handle }).expect(204);
    await t.http().get(`/api/posts/${post.slug}`).set(blocker.auth).expect(404);
    const list = await t
      .http()
      .get('/api/posts')
      .set(blocker.auth)
      .query({ author: author.handle })
      .expect(200);
    expect(list.body.items).toEqual([]);
  });

  it('shows a post hidden by moderation to its author only, with the reason', async () => {
    const author = await writer(t);
    const post = await createPost(t, author);
    await t.sql(`UPDATE posts SET hidden_at = now(), hidden_reason = 'Spam' WHERE id = $1`, [post.id]);
    await t.http().get(`/api/posts/${post.slug}`).expect(404);
    const own = await t.http().get(`/api/posts/${post.slug}`).set(author.auth).expect(200);
    expect(own.body.moderation).toEqual({ hidden: true, reason: 'Spam' });
  });
});

describe('lists', () => {
  let author: Writer;
  const slugs: Record<string, string> = {};

  beforeAll(async () => {
    author = await writer(t);
    slugs.news = (
      await createPost(t, author, {
        kind: 'news',
        topics: ['media-freedom'],
        countries: ['PT'],
        language: 'pt',
      })
    ).slug;
    slugs.story = (
      await createPost(t, author, { kind: 'story', topics: ['media-freedom'], countries: ['ES'] })
    ).slug;
    slugs.report = (
      await createPost(t, author, { kind: 'experience_report', topics: ['rule-of-law'], countries: ['PT'] })
    ).slug;
  });

  it.each([
    [{ kind: 'story' }, ['story']],
    [{ topic: 'media-freedom' }, ['story', 'news']],
    [{ country: 'PT' }, ['report', 'news']],
    [{ topic: 'media-freedom', country: 'PT' }, ['news']],
    [{ language: 'pt' }, ['news']],
  ])('filters by %j, newest first', async (filters, expected) => {
    const response = await t
      .http()
      .get('/api/posts')
      .query({ ...filters, author: author.handle })
      .expect(200);
    expect(slugsOf(response.body)).toEqual(expected.map((key) => slugs[key]));
  });

  it('pages by keyset cursor without repeating or skipping a post', async () => {
    const first = await t.http().get('/api/posts').query({ author: author.handle, limit: 2 }).expect(200);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await t
      .http()
      .get('/api/posts')
      .query({ author: author.handle, limit: 2, after: first.body.nextCursor })
      .expect(200);
    expect([...slugsOf(first.body), ...slugsOf(second.body)]).toEqual([
      slugs.report,
      slugs.story,
      slugs.news,
    ]);
    expect(second.body.nextCursor).toBeNull();
  });

  it('pages a topic and country by keyset cursor through the topic index', async () => {
    const topicAuthor = await writer(t);
    const older = await createPost(t, topicAuthor, { topics: ['rule-of-law'], countries: ['PT', 'ES'] });
    await createPost(t, topicAuthor, { topics: ['rule-of-law'], countries: ['FR'] });
    const newer = await createPost(t, topicAuthor, {
      topics: ['media-freedom', 'rule-of-law'],
      countries: ['PT'],
    });
    const query = { topic: 'rule-of-law', country: 'PT', author: topicAuthor.handle, limit: 1 };
    const first = await t.http().get('/api/posts').query(query).expect(200);
    const second = await t
      .http()
      .get('/api/posts')
      .query({ ...query, after: first.body.nextCursor })
      .expect(200);
    expect([...slugsOf(first.body), ...slugsOf(second.body)]).toEqual([newer.slug, older.slug]);
    expect(second.body.nextCursor).toBeNull();
  });

  it('keeps a topic’s list in step with the post: topics changed, archived, hidden and restored', async () => {
    const topicAuthor = await writer(t);
    const post = await createPost(t, topicAuthor, { topics: ['rule-of-law'], countries: ['PT'] });
    const listed = async (topic: string) =>
      slugsOf(
        (await t.http().get('/api/posts').query({ topic, author: topicAuthor.handle }).expect(200)).body,
      );
    expect(await listed('rule-of-law')).toEqual([post.slug]);

    await t
      .http()
      .patch(`/api/posts/${post.slug}`)
      .set(topicAuthor.auth)
      .send({ topics: ['media-freedom'] })
      .expect(200);
    expect(await listed('rule-of-law')).toEqual([]);
    expect(await listed('media-freedom')).toEqual([post.slug]);

    await t.sql(`UPDATE posts SET hidden_at = now(), hidden_reason = 'Spam' WHERE id = $1`, [post.id]);
    expect(await listed('media-freedom')).toEqual([]);
    await t.sql('UPDATE posts SET hidden_at = NULL, hidden_reason = NULL WHERE id = $1', [post.id]);
    expect(await listed('media-freedom')).toEqual([post.slug]);

    await t
      .http()
      .patch(`/api/posts/${post.slug}`)
      .set(topicAuthor.auth)
      .send({ status: 'archived' })
      .expect(200);
    expect(await listed('media-freedom')).toEqual([]);
    expect(await t.sql('SELECT topic FROM post_topics WHERE post_id = $1', [post.id])).toEqual([]);
  });

  it('refuses a forged cursor and a bad filter as 400 naming the field', async () => {
    const cursor = expectProblem(
      await t.http().get('/api/posts').query({ after: 'nonsense' }),
      400,
      'validation_failed',
    );
    expect(cursor.errors?.[0]?.field).toBe('after');
    const kind = expectProblem(
      await t.http().get('/api/posts').query({ kind: 'poem' }),
      400,
      'validation_failed',
    );
    expect(kind.errors?.[0]?.field).toBe('kind');
  });
});

describe('useful reactions', () => {
  it('counts one reaction per person and tells each whether they reacted', async () => {
    const author = await writer(t);
    const post = await createPost(t, author);
    const [first, second] = [await writer(t), await writer(t)];
    await t.http().put(`/api/posts/${post.slug}/useful`).set(first.auth).expect(200);
    const again = await t.http().put(`/api/posts/${post.slug}/useful`).set(first.auth).expect(200);
    expect(again.body).toEqual({ usefulCount: 1, reactedByMe: true });
    await t.http().put(`/api/posts/${post.slug}/useful`).set(second.auth).expect(200);
    const seen = await t.http().get(`/api/posts/${post.slug}`).set(first.auth).expect(200);
    expect(seen.body).toMatchObject({ usefulCount: 2, reactedByMe: true });
    const removed = await t.http().delete(`/api/posts/${post.slug}/useful`).set(first.auth).expect(200);
    expect(removed.body).toEqual({ usefulCount: 1, reactedByMe: false });
    expectProblem(await t.http().put(`/api/posts/${post.slug}/useful`), 401, 'unauthenticated');
  });

  it('refuses reactions to a draft the viewer may not see', async () => {
    const author = await writer(t);
    const draft = await createPost(t, author, { status: 'draft' });
    expectProblem(
      await t
        .http()
        .put(`/api/posts/${draft.slug}/useful`)
        .set((await writer(t)).auth),
      404,
      'not_found',
    );
    expectProblem(
      await t.http().put(`/api/posts/${draft.slug}/useful`).set(author.auth),
      409,
      'post_not_published',
    );
  });
});

describe('covers', () => {
  it('stores a cover with its description and refuses one without it', async () => {
    const sharp = (await import('sharp')).default;
    const png = await sharp({ create: { width: 64, height: 40, channels: 3, background: '#2a7' } })
      .png()
      .toBuffer();
    const author = await writer(t);
    const post = await createPost(t, author);
    const missing = await t
      .http()
      .post(`/api/posts/${post.slug}/cover`)
      .set(author.auth)
      .attach('file', png, 'cover.png');
    expect(expectProblem(missing, 400, 'validation_failed').errors?.[0]?.field).toBe('alt');
    const stranger = await writer(t);
    expectProblem(
      await t
        .http()
        .post(`/api/posts/${post.slug}/cover`)
        .query({ alt: 'A meeting' })
        .set(stranger.auth)
        .attach('file', png, 'cover.png'),
      403,
      'forbidden',
    );
    const stored = await t
      .http()
      .post(`/api/posts/${post.slug}/cover`)
      .query({ alt: 'People around a table' })
      .set(author.auth)
      .attach('file', png, 'cover.png')
      .expect(200);
    expect(stored.body.cover).toEqual({ small: expect.any(String), large: expect.any(String) });
    expect(stored.body.coverAlt).toBe('People around a table');
    const removed = await t.http().delete(`/api/posts/${post.slug}/cover`).set(author.auth).expect(200);
    expect(removed.body).toMatchObject({ cover: null, coverAlt: null });
  });
});
