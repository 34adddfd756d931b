import { z } from 'zod';

/**
 * The live channel: Socket.IO at `/live`, for signed-in people only. A live event says
 * what changed and carries no more than every recipient may already read; the client then
 * asks the API for the data, which applies every visibility rule. So a missed event costs a
 * moment of staleness, never a leak, and the HTTP routes stay the one source of truth.
 *
 * Connect with `io(origin, { path: LIVE_PATH, auth: { token: <access token> } })`.
 */
export const LIVE_PATH = '/live';

/**
 * What a client may watch while a page shows it: a post's comments, an event's places, a
 * petition's count, the supports of a process's ideas, a budget's count of ballots.
 */
export const LiveTarget = z.discriminatedUnion('type', [
  z.object({ type: z.literal('post'), slug: z.string().min(1).max(200) }),
  z.object({ type: z.literal('event'), id: z.uuid() }),
  z.object({ type: z.literal('petition'), id: z.uuid() }),
  z.object({ type: z.literal('process'), id: z.uuid() }),
  z.object({ type: z.literal('budget'), id: z.uuid() }),
]);
export type LiveTarget = z.infer<typeof LiveTarget>;

/** The answer to `watch`: refused when the viewer may not see the object (or it does not exist). */
export type WatchAnswer = { ok: true } | { ok: false; code: 'not_found' | 'invalid_target' };

/** Why the server refused a connection (`connect_error`'s message). */
export const LIVE_REFUSALS = ['unauthenticated'] as const;
export type LiveRefusal = (typeof LIVE_REFUSALS)[number];

/** Events the server sends. */
export interface LiveServerEvents {
  /**
   * Something was published or changed that belongs in the person's home feed (activity
   * `id`). Ask `GET /api/feed?after=<the catch-up cursor of the last answer>` for it.
   */
  'feed:activity': (payload: { id: string }) => void;
  /** A comment was added to a watched post. */
  'post:comment-added': (payload: { postId: string; commentId: string }) => void;
  /** The places of a watched event changed; the viewer's own place may have moved too. */
  'event:attendance': (payload: { eventId: string; going: number; waitlisted: number }) => void;
  /** A watched petition's count of confirmed signatures changed. */
  'petition:signatures': (payload: { petitionId: string; signatureCount: number }) => void;
  /** Someone supported an idea of a watched process, or withdrew their support: its count now. */
  'idea:supports': (payload: { processId: string; ideaId: string; supportsCount: number }) => void;
  /** Someone proposed an idea in a watched process. */
  'idea:new': (payload: { processId: string; ideaId: string }) => void;
  /** A ballot was cast in a watched budget: how many are cast now. */
  'budget:ballots': (payload: { budgetId: string; ballotCount: number }) => void;
  /**
   * A notification arrived (`id`), and how many are unread now. Ask
   * `GET /api/notifications` for it.
   */
  'notification:new': (payload: { id: string; unreadCount: number }) => void;
  /** The person read notifications (in another tab or device): the unread count now. */
  'notification:unread': (payload: { unreadCount: number }) => void;
  /**
   * A message was written in one of the person's conversations (by them, in another tab, or
   * by the other person). Ask `GET /api/conversations/<conversationId>/messages?after=<the
   * newest id shown>` for it.
   */
  'message:new': (payload: { conversationId: string; id: string }) => void;
}

/** Events a client sends. */
export interface LiveClientEvents {
  watch: (target: LiveTarget, answer: (answer: WatchAnswer) => void) => void;
  unwatch: (target: LiveTarget) => void;
}
