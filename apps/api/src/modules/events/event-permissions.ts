import type { EventStatus, OrganisationRole, RsvpState } from '@open-spaces/contracts';

/** What the viewer is to an event: its author, their role in its organisation, site admin. */
export interface EventActor {
  isAuthor: boolean;
  organisationRole: OrganisationRole | null;
  siteAdmin: boolean;
}

const PUBLISHING_ROLES: OrganisationRole[] = ['owner', 'admin', 'editor'];

/** Editors, admins and owners publish as their organisation. */
export function canPublishAs(role: OrganisationRole | null): boolean {
  return role !== null && PUBLISHING_ROLES.includes(role);
}

/** The author, and the editors, admins and owners of the organisation it was published as. */
export function canManageEvent(actor: EventActor): boolean {
  return actor.isAuthor || canPublishAs(actor.organisationRole) || actor.siteAdmin;
}

/** The online link is for people going and for organisers. */
export function canSeeOnlineLink(actor: EventActor, rsvp: RsvpState | null): boolean {
  return rsvp === 'going' || canManageEvent(actor);
}

/** Why an RSVP is refused now, or null when it is accepted. */
export type RsvpRefusal = 'cancelled' | 'ended' | 'registration_closed';

export function rsvpRefusal(
  event: { status: EventStatus; startsAt: Date; registrationDeadlineAt: Date | null },
  now: Date,
): RsvpRefusal | null {
  if (event.status === 'cancelled') return 'cancelled';
  if (event.startsAt.getTime() <= now.getTime()) return 'ended';
  if (event.registrationDeadlineAt && event.registrationDeadlineAt.getTime() <= now.getTime()) {
    return 'registration_closed';
  }
  return null;
}

/**
 * Where a "going" answer lands: going while there are places, the waitlist once going is
 * full. Someone already going stays going.
 */
export function goingPlacement(
  capacity: number | null,
  goingCount: number,
  current: RsvpState | null,
): 'going' | 'waitlisted' {
  if (current === 'going') return 'going';
  if (current === 'waitlisted') return 'waitlisted';
  if (capacity === null || goingCount < capacity) return 'going';
  return 'waitlisted';
}

/** How many waitlisted people get a place: the free places, none without a capacity limit's change. */
export function placesToFill(capacity: number | null, goingCount: number, waitlisted: number): number {
  const free = capacity === null ? waitlisted : Math.max(0, capacity - goingCount);
  return Math.min(free, waitlisted);
}
