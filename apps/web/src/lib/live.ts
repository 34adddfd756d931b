import {
  type Idea,
  LIVE_PATH,
  type LiveClientEvents,
  type LiveServerEvents,
  type LiveTarget,
  type Petition,
} from '@open-spaces/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { io, type Socket } from 'socket.io-client';
import { getAccessToken, refreshSession } from './api-client';

/**
 * The one live connection of the page, and the only place where live events touch the
 * query cache. A live event says what changed; the page's queries then ask the API again,
 * which applies every visibility rule. It connects while someone is signed in, with the
 * current access token on every attempt (renewed once when the server refuses it), and
 * comes back by itself after a dropped connection.
 */
type LiveSocket = Socket<LiveServerEvents, LiveClientEvents>;

export type LiveStatus = 'off' | 'connected' | 'reconnecting';

let socket: LiveSocket | null = null;
/** Whose connection it is: a renewed token keeps it, another person gets a new one. */
let owner: string | null = null;
let status: LiveStatus = 'off';
const statusListeners = new Set<() => void>();
/**
 * The newest feed activity announced, or a mark that the connection came back without
 * what it missed: the home page then asks the feed what came after its newest item.
 */
let feedSignal: string | null = null;
const feedListeners = new Set<() => void>();
function signalFeed(id: string): void {
  feedSignal = id;
  for (const listener of feedListeners) listener();
}

/** The query keys of `features/notifications/api`, which live events update. */
const UNREAD_COUNT_KEY = ['notifications', 'unread-count'];
const NOTIFICATION_LIST_KEY = ['notifications', 'list'];

/** The query key of `features/budgets/api/get-budget`, whose ballot count live events set. */
const BUDGET_KEY = (id: string) => ['budgets', 'one', id];

/** What the open pages watch, with how many of them watch it, to watch again after a new connection. */
const watched = new Map<string, { target: LiveTarget; count: number }>();

function setStatus(next: LiveStatus): void {
  if (next === status) return;
  status = next;
  for (const listener of statusListeners) listener();
}

const keyOf = (target: LiveTarget) =>
  target.type === 'post' ? `post:${target.slug}` : `${target.type}:${target.id}`;

/** Opens the person's live connection and binds its events to the cache, unless it is open. */
export function connectLive(queryClient: QueryClient, userId: string): void {
  if (socket && owner === userId) return;
  disconnectLive();
  owner = userId;
  const opened: LiveSocket = io({
    path: LIVE_PATH,
    transports: ['websocket'],
    auth: (send) => send({ token: getAccessToken() ?? '' }),
    reconnectionDelayMax: 10_000,
  });
  let connectedBefore = false;
  opened.on('connect', () => {
    setStatus('connected');
    // A recovered connection kept its rooms and got what it missed. Otherwise the pages'
    // watches are sent now (a page watches through the socket only while it is connected),
    // and after a drop what the pages show is reloaded: it may have changed meanwhile.
    if (opened.recovered) return;
    for (const { target } of watched.values()) opened.emit('watch', target, () => {});
    if (connectedBefore) {
      signalFeed(`reconnected:${Date.now()}`);
      void queryClient.invalidateQueries({ queryKey: ['posts', 'comments'] });
      void queryClient.invalidateQueries({ queryKey: ['events', 'one'] });
      void queryClient.invalidateQueries({ queryKey: ['petitions', 'one'] });
      void queryClient.invalidateQueries({ queryKey: ['processes'] });
      void queryClient.invalidateQueries({ queryKey: ['budgets', 'one'] });
      void queryClient.invalidateQueries({ queryKey: ['notifications'] });
      void queryClient.invalidateQueries({ queryKey: ['conversations'] });
    }
    connectedBefore = true;
  });
  opened.on('disconnect', (reason) => {
    // The server closes the connection of a session that ended: no coming back.
    setStatus(reason === 'io server disconnect' ? 'off' : 'reconnecting');
  });
  opened.on('connect_error', (error) => {
    setStatus('reconnecting');
    // An expired access token: renew it, then the next attempt carries the new one.
    if (error.message === 'unauthenticated') {
      refreshSession().then(
        () => opened.connect(),
        () => disconnectLive(),
      );
    }
  });
  opened.on('feed:activity', ({ id }) => signalFeed(id));
  opened.on('post:comment-added', () => {
    void queryClient.invalidateQueries({ queryKey: ['posts', 'comments'] });
    void queryClient.invalidateQueries({ queryKey: ['posts', 'one'] });
  });
  // The count comes with the event: the idea shows it at once, its process's lists ask again.
  opened.on('idea:supports', ({ processId, ideaId, supportsCount }) => {
    queryClient.setQueriesData<Idea>(
      { queryKey: ['processes', 'idea', ideaId] },
      // Its author may edit it only until the first support, as the API holds.
      (idea) => idea && { ...idea, supportsCount, canEdit: idea.canEdit && supportsCount === 0 },
    );
    void queryClient.invalidateQueries({ queryKey: ['processes', 'ideas', processId] });
  });
  opened.on('idea:new', ({ processId }) => {
    void queryClient.invalidateQueries({ queryKey: ['processes', 'ideas', processId] });
  });
  opened.on('event:attendance', ({ eventId }) => {
    void queryClient.invalidateQueries({ queryKey: ['events', 'one', eventId] });
    void queryClient.invalidateQueries({ queryKey: ['events', 'participants', eventId] });
  });
  // The count arrives with the event: the petition page shows it without asking again.
  opened.on('petition:signatures', ({ petitionId, signatureCount }) => {
    queryClient.setQueriesData<Petition>({ queryKey: ['petitions', 'one', petitionId] }, (current) =>
      current ? { ...current, signatureCount } : current,
    );
    void queryClient.invalidateQueries({ queryKey: ['petitions', 'signatures', petitionId] });
  });
  // The count is all a budget page shows of the ballots: set it where the budget is cached.
  opened.on('budget:ballots', ({ budgetId, ballotCount }) => {
    queryClient.setQueryData(BUDGET_KEY(budgetId), (budget: { ballotCount: number } | undefined) =>
      budget ? { ...budget, ballotCount } : budget,
    );
  });
  // The event carries the count, so the header's badge changes without asking; the list is
  // asked again (the notifications page keeps what arrived behind a banner).
  const notificationsChanged = ({ unreadCount }: { unreadCount: number }) => {
    queryClient.setQueryData(UNREAD_COUNT_KEY, { unreadCount });
    void queryClient.invalidateQueries({ queryKey: NOTIFICATION_LIST_KEY });
  };
  // A message in one of the person's conversations: the list and that thread are asked again.
  opened.on('message:new', ({ conversationId }) => {
    void queryClient.invalidateQueries({ queryKey: ['conversations', 'list'] });
    void queryClient.invalidateQueries({ queryKey: ['conversations', 'one', conversationId] });
    void queryClient.invalidateQueries({ queryKey: ['conversations', 'messages', conversationId] });
  });
  opened.on('notification:new', notificationsChanged);
  opened.on('notification:unread', notificationsChanged);
  socket = opened;
  setStatus('reconnecting');
}

export function disconnectLive(): void {
  socket?.removeAllListeners();
  socket?.disconnect();
  socket = null;
  owner = null;
  setStatus('off');
}

/** Watches what the page shows for as long as it is shown (and the person is signed in). */
export function useLiveWatch(target: LiveTarget | null): void {
  const key = target ? keyOf(target) : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for the target
  useEffect(() => {
    if (!target || !key) return;
    const entry = watched.get(key) ?? { target, count: 0 };
    entry.count += 1;
    watched.set(key, entry);
    if (entry.count === 1 && socket?.connected) socket.emit('watch', target, () => {});
    return () => {
      entry.count -= 1;
      if (entry.count > 0) return;
      watched.delete(key);
      if (socket?.connected) socket.emit('unwatch', target);
    };
  }, [key]);
}

export function useLiveStatus(): LiveStatus {
  return useSyncExternalStore(
    (listener) => {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    () => status,
    () => 'off',
  );
}

/**
 * Changes whenever something may have arrived for the home feed (a live signal, or a
 * connection that came back without what it missed); null until then.
 */
export function useFeedSignal(): string | null {
  return useSyncExternalStore(
    (listener) => {
      feedListeners.add(listener);
      return () => feedListeners.delete(listener);
    },
    () => feedSignal,
    () => null,
  );
}
