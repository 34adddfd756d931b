import { z } from 'zod';
import { ContentAuthor, LocalDateTime, ModerationState, TimeZone, ZonedDateTime } from './content.js';
import { PageQuery } from './pagination.js';
import { CountryCode, LanguageCode, Slug } from './taxonomy.js';

/**
 * Events: a time with its IANA zone, a place and/or an online link, RSVPs with a
 * waitlist, and iCalendar exports (one event, and a personal calendar feed).
 */

export const EventFormat = z.enum(['in_person', 'online', 'hybrid']);
export type EventFormat = z.infer<typeof EventFormat>;

export const EventStatus = z.enum(['scheduled', 'postponed', 'cancelled']);
export type EventStatus = z.infer<typeof EventStatus>;

/** Who sees the event: anyone, signed-in people, or the organisation's members. */
export const EventAudience = z.enum(['public', 'members', 'organisation']);
export type EventAudience = z.infer<typeof EventAudience>;

/** The state of one person's RSVP; `waitlisted` is given by the server when going is full. */
export const RsvpState = z.enum(['going', 'interested', 'waitlisted']);
export type RsvpState = z.infer<typeof RsvpState>;

export const Venue = z.object({
  name: z.string().trim().min(2).max(160),
  address: z.string().trim().min(2).max(300),
  city: z.string().trim().min(1).max(120),
  country: CountryCode,
});
export type Venue = z.infer<typeof Venue>;

const OnlineUrl = z.url({ protocol: /^https$/, message: 'Use a full https address.' }).max(500);

/** The fields an organiser writes; times are local wall-clock values read in `timeZone`. */
const eventFields = {
  title: z.string().trim().min(3).max(160),
  description: z.string().max(20_000),
  timeZone: TimeZone,
  start: LocalDateTime,
  end: LocalDateTime,
  format: EventFormat,
  venue: Venue.nullable(),
  onlineUrl: OnlineUrl.nullable(),
  topics: z.array(Slug).max(8),
  language: LanguageCode,
  capacity: z.number().int().min(1).max(100_000).nullable(),
  registrationDeadline: LocalDateTime.nullable(),
  audience: EventAudience,
};

/** A venue for in-person and hybrid events, a link for online and hybrid ones, end after start. */
function refineEvent(
  value: Partial<{ format: EventFormat; venue: Venue | null; onlineUrl: string | null }>,
  context: z.RefinementCtx,
): void {
  if (value.format === undefined) return;
  if (value.format !== 'online' && !value.venue) {
    context.addIssue({
      code: 'custom',
      path: ['venue'],
      message: 'In-person and hybrid events need a venue.',
    });
  }
  if (value.format !== 'in_person' && !value.onlineUrl) {
    context.addIssue({
      code: 'custom',
      path: ['onlineUrl'],
      message: 'Online and hybrid events need an online link.',
    });
  }
}

export const CreateEventRequest = z
  .object({
    ...eventFields,
    description: eventFields.description.default(''),
    venue: eventFields.venue.default(null),
    onlineUrl: eventFields.onlineUrl.default(null),
    topics: eventFields.topics.default([]),
    capacity: eventFields.capacity.default(null),
    registrationDeadline: eventFields.registrationDeadline.default(null),
    audience: eventFields.audience.default('public'),
    /** Publish as this organisation (its editors, admins and owners may). */
    organisation: Slug.nullable().default(null),
  })
  .strict()
  .superRefine(refineEvent);
export type CreateEventRequest = z.input<typeof CreateEventRequest>;

/**
 * Changes to an event. Moving it (time, zone, format, place, link) or changing its status
 * tells the participants; cancelling is final.
 */
export const UpdateEventRequest = z
  .object({ ...eventFields, status: EventStatus })
  .partial()
  .strict();
export type UpdateEventRequest = z.input<typeof UpdateEventRequest>;

export const EventVenue = z.object({
  name: z.string(),
  address: z.string(),
  city: z.string(),
  country: z.string(),
});

export const EventCounts = z.object({
  going: z.number().int(),
  interested: z.number().int(),
  waitlisted: z.number().int(),
});
export type EventCounts = z.infer<typeof EventCounts>;

export const EventSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  author: ContentAuthor,
  start: ZonedDateTime,
  end: ZonedDateTime,
  format: EventFormat,
  city: z.string().nullable(),
  country: z.string().nullable(),
  topics: z.array(z.string()),
  language: z.string(),
  status: EventStatus,
  capacity: z.number().int().nullable(),
  goingCount: z.number().int(),
});
export type EventSummary = z.infer<typeof EventSummary>;

export const Event = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string(),
  descriptionHtml: z.string(),
  author: ContentAuthor,
  start: ZonedDateTime,
  end: ZonedDateTime,
  format: EventFormat,
  venue: EventVenue.nullable(),
  /** Shown only to people going and to organisers; see `hasOnlineLink`. */
  onlineUrl: z.string().nullable(),
  hasOnlineLink: z.boolean(),
  topics: z.array(z.string()),
  language: z.string(),
  capacity: z.number().int().nullable(),
  registrationDeadline: ZonedDateTime.nullable(),
  status: EventStatus,
  audience: EventAudience,
  /** Grows with every change participants must know about. */
  sequence: z.number().int(),
  counts: EventCounts,
  /** Null when there is no capacity. */
  placesLeft: z.number().int().nullable(),
  /** Whether RSVPs are accepted now (scheduled, not started, deadline not passed). */
  registrationOpen: z.boolean(),
  myRsvp: RsvpState.nullable(),
  /** 1 for the first on the waitlist; null unless waitlisted. */
  waitlistPosition: z.number().int().nullable(),
  canManage: z.boolean(),
  /** Set for the author only: whether a moderator hid the event, and why. */
  moderation: ModerationState.nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Event = z.infer<typeof Event>;

const IsoDate = z.iso.date();

export const EventDirectoryQuery = PageQuery.extend({
  /** Upcoming (not yet ended, soonest first) or past (latest first). */
  when: z.enum(['upcoming', 'past']).default('upcoming'),
  topic: Slug.optional(),
  country: CountryCode.optional(),
  format: EventFormat.optional(),
  language: LanguageCode.optional(),
  /** Local start date on or after this day. */
  from: IsoDate.optional(),
  /** Local start date on or before this day. */
  to: IsoDate.optional(),
});
export type EventDirectoryQuery = z.input<typeof EventDirectoryQuery>;

export const EventPage = z.object({ items: z.array(EventSummary), nextCursor: z.string().nullable() });
export type EventPage = z.infer<typeof EventPage>;

export const RsvpRequest = z.object({ state: z.enum(['going', 'interested']) }).strict();
export type RsvpRequest = z.input<typeof RsvpRequest>;

export const Participant = z.object({
  handle: z.string(),
  displayName: z.string(),
  state: RsvpState,
  /** For waitlisted people, their place in the queue. */
  waitlistPosition: z.number().int().nullable(),
  since: z.iso.datetime(),
});
export type Participant = z.infer<typeof Participant>;

export const ParticipantPage = z.object({ items: z.array(Participant), nextCursor: z.string().nullable() });
export type ParticipantPage = z.infer<typeof ParticipantPage>;

export const ParticipantQuery = PageQuery;

/**
 * The personal calendar feed. Only a hash of its secret is stored, so the address is shown
 * when it is created or rotated, and never again.
 */
export const CalendarFeed = z.object({
  exists: z.boolean(),
  /** The secret subscription address, in the answer that made it; null otherwise. */
  url: z.string().nullable(),
  createdAt: z.iso.datetime().nullable(),
});
export type CalendarFeed = z.infer<typeof CalendarFeed>;
