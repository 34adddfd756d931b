import { z } from 'zod';
import { ImageUrls } from './profiles.js';

/**
 * What every kind of content shares: who published it, the activity log's vocabulary,
 * local date-times with their IANA time zone, and what can be reported.
 */

/** What the activity log records about an object. */
export const ActivityVerb = z.enum(['published', 'updated', 'cancelled', 'postponed', 'archived']);
export type ActivityVerb = z.infer<typeof ActivityVerb>;

/**
 * What an activity is about. A budget is published to its voters when voting opens; its
 * results (`budget_results`, with the budget's id) are published when voting closes.
 */
export const ActivityObjectType = z.enum([
  'post',
  'event',
  'funding_call',
  'tool',
  'case',
  'petition',
  'process',
  'idea',
  'budget',
  'budget_results',
]);
export type ActivityObjectType = z.infer<typeof ActivityObjectType>;

/** Who may see an activity: anyone, signed-in people, or the acting organisation's members. */
export const ActivityAudience = z.enum(['public', 'members', 'organisation']);
export type ActivityAudience = z.infer<typeof ActivityAudience>;

/** A person or organisation as shown on a piece of content. */
export const ContentPerson = z.object({
  handle: z.string(),
  displayName: z.string(),
  avatar: ImageUrls.nullable(),
});
export type ContentPerson = z.infer<typeof ContentPerson>;

export const ContentOrganisation = z.object({
  slug: z.string(),
  name: z.string(),
  kind: z.string(),
  logo: ImageUrls.nullable(),
});
export type ContentOrganisation = z.infer<typeof ContentOrganisation>;

/**
 * The person who wrote it and, when published as one, the organisation it speaks for. On
 * content published as an organisation, `person` is null for viewers who may not list the
 * author's profile (a hidden profile's memberships are never shown).
 */
export const ContentAuthor = z.object({
  person: ContentPerson.nullable(),
  organisation: ContentOrganisation.nullable(),
});
export type ContentAuthor = z.infer<typeof ContentAuthor>;

/** Whether a moderator hid it: shown only to its author, with the reason. */
export const ModerationState = z.object({
  hidden: z.boolean(),
  reason: z.string().nullable(),
});
export type ModerationState = z.infer<typeof ModerationState>;

/** Everything a person can report. */
export const ReportObjectType = z.enum([
  'profile',
  'organisation',
  'post',
  'comment',
  'event',
  'funding_call',
  'tool',
  'case',
  'petition',
  'process',
  'idea',
  'idea_comment',
]);
export type ReportObjectType = z.infer<typeof ReportObjectType>;

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return name.includes('/') || name === 'UTC';
  } catch {
    return false;
  }
}

/** An IANA time zone name such as `Europe/Brussels` (or `UTC`). */
export const TimeZone = z
  .string()
  .trim()
  .max(64)
  .refine(isTimeZone, { message: 'Use an IANA time zone such as Europe/Brussels.' });

/** A wall-clock date and time without offset, `2027-03-14T18:30`; read in its own time zone. */
export const LocalDateTime = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/, {
    message: 'Use a local date and time such as 2027-03-14T18:30.',
  })
  .refine((value) => {
    const [date] = value.split('T');
    const parsed = new Date(`${date}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date ?? '');
  }, 'This date does not exist.');

/** A point in time as it was entered: local date-time, its zone and the instant it means. */
export const ZonedDateTime = z.object({
  local: z.string(),
  timeZone: z.string(),
  /** The same moment in UTC, ISO 8601. */
  at: z.iso.datetime(),
});
export type ZonedDateTime = z.infer<typeof ZonedDateTime>;
