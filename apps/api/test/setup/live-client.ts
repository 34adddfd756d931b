import type { LiveClientEvents, LiveServerEvents, LiveTarget, WatchAnswer } from '@open-spaces/contracts';
import { LIVE_PATH } from '@open-spaces/contracts';
import { io, type Socket } from 'socket.io-client';

export type LiveClient = Socket<LiveServerEvents, LiveClientEvents>;

/** A real Socket.IO client on the live channel of a listening server. */
export function liveClient(origin: string, token: string | undefined, reconnection = false): LiveClient {
  return io(origin, {
    path: LIVE_PATH,
    auth: token === undefined ? {} : { token },
    transports: ['websocket'],
    reconnection,
    reconnectionDelay: 50,
    reconnectionDelayMax: 200,
    forceNew: true,
  });
}

/** Connects, or rejects with the server's refusal. */
export function connected(client: LiveClient): Promise<LiveClient> {
  return new Promise((resolve, reject) => {
    client.once('connect', () => resolve(client));
    client.once('connect_error', (error) => reject(error));
  });
}

export function watch(
  client: LiveClient,
  target: LiveTarget | Record<string, unknown>,
): Promise<WatchAnswer> {
  return client.timeout(5_000).emitWithAck('watch', target as LiveTarget);
}

/** Collects every event of this name the client receives. */
export function collect<K extends keyof LiveServerEvents>(
  client: LiveClient,
  name: K,
): Parameters<LiveServerEvents[K]>[0][] {
  const seen: Parameters<LiveServerEvents[K]>[0][] = [];
  client.on(name, ((payload: Parameters<LiveServerEvents[K]>[0]) => seen.push(payload)) as never);
  return seen;
}
