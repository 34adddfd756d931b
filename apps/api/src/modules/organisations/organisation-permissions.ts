import type { OrganisationRole, Visibility } from '@open-spaces/contracts';

/**
 * Who may do what with an organisation, as pure rules. The actor is the viewer's role in
 * the organisation (null when not a member) and whether they are a site admin; site
 * admins may do everything an owner may, for moderation.
 */
export interface Actor {
  signedIn: boolean;
  role: OrganisationRole | null;
  siteAdmin: boolean;
}

/** Editors and above publish posts and organise events as the organisation. */
export const PUBLISHING_ROLES: readonly OrganisationRole[] = ['owner', 'admin', 'editor'];

const isOwner = (actor: Actor) => actor.role === 'owner' || actor.siteAdmin;
const isManager = (actor: Actor) => actor.role === 'owner' || actor.role === 'admin' || actor.siteAdmin;

/**
 * Public: anyone; members: signed-in people; hidden: its members (and site admins). One a
 * moderator hid is seen by its members and site admins only, whatever its visibility.
 */
export function canView(visibility: Visibility, actor: Actor, hiddenByModerator = false): boolean {
  if (hiddenByModerator) return actor.role !== null || actor.siteAdmin;
  if (visibility === 'public') return true;
  if (visibility === 'members') return actor.signedIn;
  return actor.role !== null || actor.siteAdmin;
}

/** Editors keep the page up to date: name, description, topics and the like. */
export function canEditProfile(actor: Actor): boolean {
  return isManager(actor) || actor.role === 'editor';
}

/** Who sees the organisation and its members is a decision for owners and admins only. */
export function canEditSettings(actor: Actor): boolean {
  return isManager(actor);
}

export function canManageMembers(actor: Actor): boolean {
  return isManager(actor);
}

export function canSeeMembers(showMembers: boolean, actor: Actor): boolean {
  return showMembers || actor.role !== null || actor.siteAdmin;
}

/** Only owners make owners, and only owners change or remove an owner. */
export function canSetRole(actor: Actor, current: OrganisationRole | null, next: OrganisationRole): boolean {
  if (!isManager(actor)) return false;
  if (current === 'owner' || next === 'owner') return isOwner(actor);
  return true;
}

export function canRemove(actor: Actor, target: OrganisationRole): boolean {
  if (!isManager(actor)) return false;
  return target !== 'owner' || isOwner(actor);
}
