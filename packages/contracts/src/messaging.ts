import { z } from 'zod';
import { ContentPerson } from './content.js';
import { PageQuery, pageOf } from './pagination.js';
import { ProfileDirectoryQuery, ProfileSummary } from './profiles.js';
import { CountryCode, LanguageCode, Slug } from './taxonomy.js';

/**
 * The expert finder, contact requests and conversations. A journalist (or anyone with a
 * confirmed address) asks a person who accepts requests for contact; only when the person
 * accepts does a private conversation open. No address is ever shown. People who share an
 * organisation may start a conversation without a request. A block ends a conversation.
 */

/** One person open to press contact, with what they speak on and in. */
export const ExpertSummary = ProfileSummary.extend({
  pressTopics: z.array(z.string()),
  pressLanguages: z.array(z.string()),
  /** Whether the person takes contact requests now (off while paused). */
  acceptsContactRequests: z.boolean(),
});
export type ExpertSummary = z.infer<typeof ExpertSummary>;

export const ExpertQuery = PageQuery.extend({
  /** Words in the person's name or headline. */
  q: ProfileDirectoryQuery.shape.q,
  /** A topic the person speaks to the press on. */
  pressTopic: Slug.optional(),
  /** A language the person gives interviews in. */
  language: LanguageCode.optional(),
  country: CountryCode.optional(),
});
export type ExpertQuery = z.input<typeof ExpertQuery>;

export const ExpertPage = pageOf(ExpertSummary);
export type ExpertPage = z.infer<typeof ExpertPage>;

export const ContactRequestStatus = z.enum(['pending', 'accepted', 'declined']);
export type ContactRequestStatus = z.infer<typeof ContactRequestStatus>;

export const CreateContactRequest = z
  .object({
    subject: z.string().trim().min(3).max(120),
    /** The outlet or organisation the sender asks for. */
    outlet: z.string().trim().min(2).max(120),
    /** The date the sender needs an answer by, if any. */
    deadline: z.iso.date().nullable().default(null),
    message: z.string().trim().min(10).max(2000),
  })
  .strict();
export type CreateContactRequest = z.input<typeof CreateContactRequest>;

export const ContactRequest = z.object({
  id: z.uuid(),
  /** The other side: the recipient in the sent box, the sender in the received box. */
  person: ContentPerson,
  /** Whether the viewer sent it. */
  sent: z.boolean(),
  subject: z.string(),
  outlet: z.string(),
  deadline: z.iso.date().nullable(),
  message: z.string(),
  status: ContactRequestStatus,
  createdAt: z.iso.datetime(),
  answeredAt: z.iso.datetime().nullable(),
  /** The conversation it opened, once accepted. */
  conversationId: z.uuid().nullable(),
});
export type ContactRequest = z.infer<typeof ContactRequest>;

export const ContactRequestBox = z.enum(['received', 'sent']);
export type ContactRequestBox = z.infer<typeof ContactRequestBox>;

export const ContactRequestQuery = PageQuery.extend({ box: ContactRequestBox.default('received') });
export type ContactRequestQuery = z.input<typeof ContactRequestQuery>;

export const ContactRequestPage = pageOf(ContactRequest);
export type ContactRequestPage = z.infer<typeof ContactRequestPage>;

export const Conversation = z.object({
  id: z.uuid(),
  /** The other person. */
  person: ContentPerson,
  /** The start of the newest message, null before the first. */
  lastMessage: z.string().nullable(),
  lastActivityAt: z.iso.datetime(),
  /** Messages from the other person the viewer has not read. */
  unreadCount: z.number().int(),
});
export type Conversation = z.infer<typeof Conversation>;

export const ConversationPage = pageOf(Conversation);
export type ConversationPage = z.infer<typeof ConversationPage>;

/** Starts (or finds) the conversation with a person who shares an organisation or accepted a request. */
export const StartConversationRequest = z.object({ handle: z.string().trim().min(1).max(60) }).strict();
export type StartConversationRequest = z.infer<typeof StartConversationRequest>;

export const Message = z.object({
  /** Grows with time; the thread's cursor. */
  id: z.string(),
  conversationId: z.uuid(),
  /** Whether the viewer wrote it. */
  mine: z.boolean(),
  body: z.string(),
  createdAt: z.iso.datetime(),
});
export type Message = z.infer<typeof Message>;

/**
 * A thread page. Without `after`, the newest messages, newest first (`before` pages back);
 * with `after`, the messages written after that id, oldest first: what a live signal announced.
 */
export const MessageQuery = z.object({
  before: z
    .string()
    .regex(/^\d{1,19}$/)
    .optional(),
  after: z
    .string()
    .regex(/^\d{1,19}$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export type MessageQuery = z.input<typeof MessageQuery>;

export const MessagePage = z.object({
  items: z.array(Message),
  /** The `before` of the next older page, or null at the start of the conversation. */
  nextCursor: z.string().nullable(),
});
export type MessagePage = z.infer<typeof MessagePage>;

export const SendMessageRequest = z.object({ body: z.string().trim().min(1).max(4000) }).strict();
export type SendMessageRequest = z.infer<typeof SendMessageRequest>;

/** Marks the conversation read up to and including `upTo` (the newest message shown), or all of it. */
export const MarkConversationReadRequest = z
  .object({
    upTo: z
      .string()
      .regex(/^\d{1,19}$/)
      .optional(),
  })
  .strict();
export type MarkConversationReadRequest = z.infer<typeof MarkConversationReadRequest>;
