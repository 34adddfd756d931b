import type { OrganisationRole, SiteRole } from '@open-spaces/contracts';

/**
 * Who may do what with a post and its comments, as pure rules. Editors of a post are its
 * author and, for a post published as an organisation, that organisation's editors and
 * above. Site moderators and admins remove comments but do not edit posts: they hide them
 * through moderation instead.
 */
export interface PostActor {
  userId: string | null;
  siteRole: SiteRole | null;
  /** The actor's role in the organisation the post was published as. */
  organisationRole: OrganisationRole | null;
}

export interface PostFacts {
  authorId: string;
  organisationId: string | null;
}

const EDITOR_ROLES: readonly OrganisationRole[] = ['owner', 'admin', 'editor'];

/** Editors and above may publish as an organisation. */
export function canPublishAs(role: OrganisationRole | null): boolean {
  return role !== null && EDITOR_ROLES.includes(role);
}

export function canEditPost(actor: PostActor, post: PostFacts): boolean {
  if (actor.userId === null) return false;
  if (actor.userId === post.authorId) return true;
  return post.organisationId !== null && canPublishAs(actor.organisationRole);
}

/** Only its author edits a comment. */
export function canEditComment(actor: PostActor, commentAuthorId: string): boolean {
  return actor.userId !== null && actor.userId === commentAuthorId;
}

/** Its author, the post's editors and site moderators remove a comment. */
export function canRemoveComment(actor: PostActor, commentAuthorId: string, post: PostFacts): boolean {
  if (actor.userId === null) return false;
  if (actor.siteRole === 'moderator' || actor.siteRole === 'admin') return true;
  return actor.userId === commentAuthorId || canEditPost(actor, post);
}

/** A change to these fields of a published post is worth telling followers about. */
export function isMaterialChange(
  before: { title: string; summary: string; body: string; topics: readonly string[] },
  after: { title?: string; summary?: string; body?: string; topics?: readonly string[] },
): boolean {
  if (after.title !== undefined && after.title !== before.title) return true;
  if (after.summary !== undefined && after.summary !== before.summary) return true;
  if (after.body !== undefined && after.body !== before.body) return true;
  if (after.topics === undefined) return false;
  const next = [...after.topics].sort();
  const previous = [...before.topics].sort();
  return next.length !== previous.length || next.some((topic, index) => topic !== previous[index]);
}

/** A readable address from a title, with a random suffix so two posts never collide by chance. */
export function slugFromTitle(title: string, suffix: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return base.length >= 3 ? `${base}-${suffix}` : `post-${suffix}`;
}
