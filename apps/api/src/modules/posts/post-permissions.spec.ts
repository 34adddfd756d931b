import {
  canEditComment,
  canEditPost,
  canPublishAs,
  canRemoveComment,
  isMaterialChange,
  type PostActor,
  slugFromTitle,
} from './post-permissions';

const AUTHOR = 'author';
const actor = (overrides: Partial<PostActor> = {}): PostActor => ({
  userId: 'someone',
  siteRole: 'member',
  organisationRole: null,
  ...overrides,
});
const ownPost = { authorId: AUTHOR, organisationId: null };
const organisationPost = { authorId: AUTHOR, organisationId: 'org' };

describe('post permissions', () => {
  it.each([
    ['owner', true],
    ['admin', true],
    ['editor', true],
    ['member', false],
    [null, false],
  ] as const)('lets a %s publish as the organisation: %s', (role, allowed) => {
    expect(canPublishAs(role)).toBe(allowed);
  });

  it.each([
    ['its author', actor({ userId: AUTHOR }), ownPost, true],
    ['a stranger', actor(), ownPost, false],
    ['an anonymous visitor', actor({ userId: null, siteRole: null }), ownPost, false],
    ['a site admin', actor({ siteRole: 'admin' }), ownPost, false],
    ['an organisation editor', actor({ organisationRole: 'editor' }), organisationPost, true],
    ['an organisation member', actor({ organisationRole: 'member' }), organisationPost, false],
    [
      'an editor of an organisation the post is not published as',
      actor({ organisationRole: 'editor' }),
      ownPost,
      false,
    ],
  ])('edit: %s', (_name, who, post, allowed) => {
    expect(canEditPost(who, post)).toBe(allowed);
  });

  it('lets only its author edit a comment', () => {
    expect(canEditComment(actor({ userId: 'c' }), 'c')).toBe(true);
    expect(canEditComment(actor({ userId: AUTHOR }), 'c')).toBe(false);
    expect(canEditComment(actor({ siteRole: 'admin' }), 'c')).toBe(false);
    expect(canEditComment(actor({ userId: null }), 'c')).toBe(false);
  });

  it.each([
    ['its author', actor({ userId: 'c' }), ownPost, true],
    ['the post’s author', actor({ userId: AUTHOR }), ownPost, true],
    ['a moderator', actor({ siteRole: 'moderator' }), ownPost, true],
    ['a site admin', actor({ siteRole: 'admin' }), ownPost, true],
    ['an organisation admin', actor({ organisationRole: 'admin' }), organisationPost, true],
    ['an organisation member', actor({ organisationRole: 'member' }), organisationPost, false],
    ['a stranger', actor(), ownPost, false],
    ['an anonymous visitor', actor({ userId: null, siteRole: null }), ownPost, false],
  ])('remove a comment: %s', (_name, who, post, allowed) => {
    expect(canRemoveComment(who, 'c', post)).toBe(allowed);
  });
});

describe('material changes', () => {
  const before = { title: 'T', summary: 'S', body: 'B', topics: ['a', 'b'] };
  it.each([
    [{}, false],
    [{ title: 'T' }, false],
    [{ title: 'New' }, true],
    [{ summary: 'New' }, true],
    [{ body: 'New' }, true],
    [{ topics: ['b', 'a'] }, false],
    [{ topics: ['a'] }, true],
    [{ topics: ['a', 'c'] }, true],
  ])('%j is material: %s', (after, material) => {
    expect(isMaterialChange(before, after)).toBe(material);
  });
});

describe('slugs from titles', () => {
  it.each([
    ['How we ran a citizens’ assembly', 'how-we-ran-a-citizens-assembly-abc123'],
    ['Ça marche à Zürich!', 'ca-marche-a-zurich-abc123'],
    ['  --Hello   World--  ', 'hello-world-abc123'],
    ['!!', 'post-abc123'],
    ['Здравствуйте', 'post-abc123'],
  ])('%s → %s', (title, slug) => {
    expect(slugFromTitle(title, 'abc123')).toBe(slug);
  });

  it('keeps long titles within the slug limit', () => {
    const slug = slugFromTitle('word '.repeat(60), 'abc123');
    expect(slug.length).toBeLessThanOrEqual(100);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
