import type { ContentAuthor, Event, EventSummary, ZonedDateTime } from '@open-spaces/contracts';
import { imageUrls } from '../../common/storage/images';
import type { FileStorage } from '../../common/storage/storage';
import { canManageEvent, canSeeOnlineLink, type EventActor, rsvpRefusal } from './event-permissions';
import type { EventRow, EventSummaryRow } from './events.repository';

/** How rows become the API's event shapes, for one viewer. */
export function zoned(local: string, timeZone: string, at: Date): ZonedDateTime {
  return { local, timeZone, at: at.toISOString() };
}

export function authorOf(row: EventSummaryRow, storage: FileStorage): ContentAuthor {
  return {
    person: row.author_shown
      ? {
          handle: row.author_handle,
          displayName: row.author_name,
          avatar: imageUrls(storage, row.author_avatar_key),
        }
      : null,
    organisation:
      row.organisation_slug && row.organisation_name && row.organisation_kind
        ? {
            slug: row.organisation_slug,
            name: row.organisation_name,
            kind: row.organisation_kind,
            logo: imageUrls(storage, row.organisation_logo_key),
          }
        : null,
  };
}

export function toEventSummary(row: EventSummaryRow, storage: FileStorage): EventSummary {
  return {
    id: row.id,
    title: row.title,
    author: authorOf(row, storage),
    start: zoned(row.starts_local, row.time_zone, row.starts_at),
    end: zoned(row.ends_local, row.time_zone, row.ends_at),
    format: row.format,
    city: row.venue_city,
    country: row.venue_country,
    topics: row.topics,
    language: row.language,
    status: row.status,
    capacity: row.capacity,
    goingCount: row.going_count,
  };
}

export function actorOf(row: EventRow, viewer: { id: string; role: string } | undefined): EventActor {
  return {
    isAuthor: viewer?.id === row.author_id,
    organisationRole: row.my_organisation_role,
    siteAdmin: viewer?.role === 'admin',
  };
}

export function toEvent(
  row: EventRow,
  viewer: { id: string; role: string } | undefined,
  storage: FileStorage,
  now: Date,
): Event {
  const actor = actorOf(row, viewer);
  const venue =
    row.venue_name && row.venue_address && row.venue_city && row.venue_country
      ? { name: row.venue_name, address: row.venue_address, city: row.venue_city, country: row.venue_country }
      : null;
  return {
    ...toEventSummary(row, storage),
    description: row.description,
    descriptionHtml: row.description_html,
    venue,
    onlineUrl: canSeeOnlineLink(actor, row.my_rsvp) ? row.online_url : null,
    hasOnlineLink: row.online_url !== null,
    registrationDeadline:
      row.registration_deadline_local && row.registration_deadline_at
        ? zoned(row.registration_deadline_local, row.time_zone, row.registration_deadline_at)
        : null,
    audience: row.audience,
    sequence: row.sequence,
    counts: { going: row.going_count, interested: row.interested_count, waitlisted: row.waitlisted_count },
    placesLeft: row.capacity === null ? null : Math.max(0, row.capacity - row.going_count),
    registrationOpen:
      rsvpRefusal(
        { status: row.status, startsAt: row.starts_at, registrationDeadlineAt: row.registration_deadline_at },
        now,
      ) === null,
    myRsvp: row.my_rsvp,
    waitlistPosition: row.waitlist_position,
    canManage: canManageEvent(actor),
    moderation: actor.isAuthor ? { hidden: row.hidden_at !== null, reason: row.hidden_reason } : null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
