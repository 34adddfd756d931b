import { z } from 'zod';
import { BudgetSummary } from './budgets.js';
import { CaseSummary } from './cases.js';
import { ActivityVerb, ContentOrganisation, ContentPerson } from './content.js';
import { EventSummary } from './events.js';
import { FundingCallSummary } from './funding-calls.js';
import { PetitionSummary } from './petitions.js';
import { PostSummary } from './posts.js';
import { IdeaSummary, ProcessSummary } from './processes.js';
import { ToolSummary } from './tools.js';

/**
 * The signed-in home feed: what the people, organisations and topics someone follows, and
 * the organisations they belong to, published, newest first, each with why it is there.
 */

const cursor = z.string().max(200);

/**
 * `before` pages back (newest first); `after` catches up on what came after a position,
 * oldest first. Without either, the newest page. One of them at most.
 */
export const FeedQuery = z
  .object({
    before: cursor.optional(),
    after: cursor.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .superRefine((query, context) => {
    if (query.before !== undefined && query.after !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['after'],
        message: 'Send either before or after, not both.',
      });
    }
  });
export type FeedQuery = z.input<typeof FeedQuery>;

/** Why an item is in the feed: whom or what the viewer follows, or belongs to. */
export const FeedReason = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), label: z.string(), handle: z.string() }),
  z.object({ kind: z.literal('organisation'), label: z.string(), slug: z.string() }),
  z.object({ kind: z.literal('topic'), label: z.string(), topic: z.string() }),
  z.object({ kind: z.literal('member_of'), label: z.string(), slug: z.string() }),
]);
export type FeedReason = z.infer<typeof FeedReason>;
export type FeedReasonKind = FeedReason['kind'];

/** The object an activity is about, as its own module's lists show it. */
export const FeedObject = z.discriminatedUnion('type', [
  PostSummary.extend({ type: z.literal('post') }),
  EventSummary.extend({ type: z.literal('event') }),
  FundingCallSummary.extend({ type: z.literal('funding_call') }),
  ToolSummary.extend({ type: z.literal('tool') }),
  CaseSummary.extend({ type: z.literal('case') }),
  PetitionSummary.extend({ type: z.literal('petition') }),
  ProcessSummary.extend({ type: z.literal('process') }),
  IdeaSummary.extend({ type: z.literal('idea') }),
  BudgetSummary.extend({ type: z.literal('budget') }),
  BudgetSummary.extend({ type: z.literal('budget_results') }),
]);
export type FeedObject = z.infer<typeof FeedObject>;

export const FeedItem = z.object({
  /** The activity's id: grows in the order activities were committed. */
  id: z.string(),
  verb: ActivityVerb,
  createdAt: z.iso.datetime(),
  /** Who did it; null on an organisation's content when the viewer may not see the person. */
  actor: ContentPerson.nullable(),
  /** The organisation it was done as, if any. */
  organisation: ContentOrganisation.nullable(),
  object: FeedObject,
  /** At least one: every source that brought the item into this viewer's feed. */
  reasons: z.array(FeedReason),
});
export type FeedItem = z.infer<typeof FeedItem>;

export const FeedPage = z.object({
  /** Newest first when paging back; oldest first when catching up (`after`). */
  items: z.array(FeedItem),
  /**
   * Continue in the same direction: as `before` for older items, or, when catching up, as
   * `after` for the rest of what is waiting. Null when there is nothing more (for now).
   */
  nextCursor: z.string().nullable(),
  /**
   * Pass as `after` later to get exactly what arrives after this answer: set on the newest
   * page and on catch-up answers, null on older pages (the newest page's still holds).
   */
  catchUpCursor: z.string().nullable(),
});
export type FeedPage = z.infer<typeof FeedPage>;
