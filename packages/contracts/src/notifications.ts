import { z } from 'zod';
import { ContentOrganisation, ContentPerson, TimeZone } from './content.js';

/**
 * Notifications: what happened that concerns one person directly (as opposed to the feed,
 * which is what the people and topics they follow published). Each kind is delivered the
 * way its recipient chose: in the app only, also by mail at once, also in the digest, or
 * not at all.
 */

export const NotificationKind = z.enum([
  /** Someone followed you. */
  'new_follower',
  /** An organisation invited you to join it. */
  'organisation_invitation',
  /** Someone joined an organisation you own or administer. */
  'member_joined',
  /** Someone commented on your post. */
  'post_comment',
  /** Someone replied to your comment. */
  'comment_reply',
  /** An event you answered was moved or changed. */
  'event_changed',
  /** An event you answered was cancelled. */
  'event_cancelled',
  /** You moved up from an event's waitlist and have a place. */
  'waitlist_promoted',
  /** A funding call you saved closes in 14 or 3 days. */
  'call_deadline',
  /** A report you made was resolved by a moderator. */
  'report_outcome',
  /** A moderator hid or restored your content. */
  'moderation_action',
  /** Someone asked you for contact. */
  'contact_request',
  /** Someone accepted your contact request: the conversation is open. */
  'contact_request_accepted',
  /** A new message in one of your conversations. */
  'message',
  /** An organisation is interested in joining a consortium your organisation leads. */
  'partner_interest',
  /** The lead of a consortium accepted or declined your organisation's interest. */
  'partner_interest_answered',
  /** A moderator published the case you submitted. */
  'case_published',
  /** A moderator returned the case you submitted, with a note on what to change. */
  'case_returned',
  /** A petition you started reached 25, 50 or 100% of its goal. */
  'petition_milestone',
  /** The organiser of a consultation published an answer to your idea. */
  'idea_answered',
  /** The results of a budget you voted in are out. */
  'budget_results',
]);
export type NotificationKind = z.infer<typeof NotificationKind>;

/**
 * How a kind reaches its person. Every delivered notification is listed in the app;
 * `email` also mails it at once (unless the person was online and read it within minutes),
 * `digest` lists it in the daily or weekly digest if still unread then, `off` drops it.
 */
export const NotificationChannel = z.enum(['app', 'email', 'digest', 'off']);
export type NotificationChannel = z.infer<typeof NotificationChannel>;

/** The object a notification is about, with the app path that shows it. */
export const NotificationSubject = z.object({
  type: z.enum([
    'profile',
    'organisation',
    'invitation',
    'post',
    'comment',
    'event',
    'funding_call',
    'tool',
    'contact_request',
    'conversation',
    'partner_search',
    'case',
    'petition',
    'process',
    'idea',
    'idea_comment',
    'budget',
  ]),
  /** Its name or title when it was notified (an object since renamed keeps its old title here). */
  title: z.string(),
  /** Where in the web app it is shown, e.g. `/events/…`; null when it no longer exists. */
  path: z.string().nullable(),
});
export type NotificationSubject = z.infer<typeof NotificationSubject>;

/** Details that only some kinds have. */
export const NotificationDetails = z.object({
  /** `organisation_invitation`, `member_joined`: the role offered or taken. */
  role: z.string().optional(),
  /** `call_deadline`: days left when notified (14 or 3). */
  daysLeft: z.number().int().optional(),
  /** `event_changed`: what changed. */
  change: z.enum(['updated', 'postponed']).optional(),
  /** `report_outcome`: whether the moderator acted on the report. */
  outcome: z.enum(['actioned', 'dismissed']).optional(),
  /** `moderation_action`: hidden or restored, and the moderator's reason when hidden. */
  action: z.enum(['hidden', 'restored']).optional(),
  /** `moderation_action`: the reason when hidden; `case_returned`: what to change. */
  reason: z.string().optional(),
  /** `partner_interest_answered`: the lead's answer. */
  answer: z.enum(['accepted', 'declined']).optional(),
  /** `petition_milestone`: the share of the goal reached. */
  percent: z.number().int().optional(),
  /** `idea_answered`: the state of the published answer (accepted, rejected, or the organiser's own). */
  state: z.string().optional(),
  /** `post_comment`, `comment_reply`: the start of the comment. */
  excerpt: z.string().optional(),
});
export type NotificationDetails = z.infer<typeof NotificationDetails>;

export const Notification = z.object({
  /** Grows with time; the list's cursor. */
  id: z.string(),
  kind: NotificationKind,
  createdAt: z.iso.datetime(),
  /** When the person read it (opened it, or marked it or everything read); null while unread. */
  readAt: z.iso.datetime().nullable(),
  /** Who caused it, when a person did and the recipient may see them. */
  actor: ContentPerson.nullable(),
  /** The organisation concerned, if any. */
  organisation: ContentOrganisation.nullable(),
  subject: NotificationSubject,
  details: NotificationDetails,
  /** Why the person got it, in words ("you saved this call"), in their language. */
  reason: z.string(),
});
export type Notification = z.infer<typeof Notification>;

export const NotificationQuery = z.object({
  after: z.string().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  /** Only the unread ones. */
  unread: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});
export type NotificationQuery = z.input<typeof NotificationQuery>;

export const NotificationPage = z.object({
  /** Newest first. */
  items: z.array(Notification),
  nextCursor: z.string().nullable(),
  unreadCount: z.number().int(),
});
export type NotificationPage = z.infer<typeof NotificationPage>;

export const UnreadCount = z.object({ unreadCount: z.number().int() });
export type UnreadCount = z.infer<typeof UnreadCount>;

/**
 * Marks as read every notification up to and including `upTo` (the newest one the person
 * was shown), or all of them without it; one that arrived after the page was shown stays unread.
 */
export const MarkAllReadRequest = z
  .object({
    upTo: z
      .string()
      .regex(/^\d{1,19}$/)
      .optional(),
  })
  .strict();
export type MarkAllReadRequest = z.infer<typeof MarkAllReadRequest>;

export const DigestFrequency = z.enum(['daily', 'weekly', 'off']);
export type DigestFrequency = z.infer<typeof DigestFrequency>;

/** The hours of the day a digest may be sent at, in the person's time zone. */
export const DigestHour = z.number().int().min(0).max(23);

export const NotificationPreferences = z.object({
  /** The channel of every kind, defaults included. */
  channels: z.record(NotificationKind, NotificationChannel),
  digest: z.object({
    frequency: DigestFrequency,
    /** Weekly digests go out on Mondays; daily ones every day; at this hour. */
    hour: DigestHour,
    timeZone: z.string(),
  }),
});
export type NotificationPreferences = z.infer<typeof NotificationPreferences>;

/** Changes some preferences; what is not sent stays as it is. */
export const UpdateNotificationPreferences = z
  .object({
    channels: z.partialRecord(NotificationKind, NotificationChannel).optional(),
    digest: z
      .object({
        frequency: DigestFrequency.optional(),
        hour: DigestHour.optional(),
        timeZone: TimeZone.optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type UpdateNotificationPreferences = z.infer<typeof UpdateNotificationPreferences>;

/** What an unsubscribe link stops: the digest, or the mails of one kind. */
export const UnsubscribeScope = z.union([z.literal('digest'), NotificationKind]);
export type UnsubscribeScope = z.infer<typeof UnsubscribeScope>;

export const UnsubscribeToken = z.string().min(20).max(400);

/** What an unsubscribe link would stop, for the page that confirms it. */
export const UnsubscribeInfo = z.object({
  scope: UnsubscribeScope,
  /** Whether those mails are already stopped. */
  unsubscribed: z.boolean(),
});
export type UnsubscribeInfo = z.infer<typeof UnsubscribeInfo>;
