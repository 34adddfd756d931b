import type { LiveServerEvents } from '@open-spaces/contracts';

/**
 * The stand-in for Socket.IO in component tests: a connection that never opens by itself, so a
 * signed-in render makes no network attempt, but whose server events a test can play.
 */
interface FakeSocket {
  listeners: Map<string, (...args: unknown[]) => void>;
  recovered: boolean;
}

let current: FakeSocket | null = null;

export function fakeSocketModule() {
  return {
    io: () => {
      const socket: FakeSocket = { listeners: new Map(), recovered: false };
      current = socket;
      return {
        on: (name: string, listener: (...args: unknown[]) => void) => socket.listeners.set(name, listener),
        emit: () => undefined,
        connect: () => undefined,
        disconnect: () => undefined,
        removeAllListeners: () => socket.listeners.clear(),
        get recovered() {
          return socket.recovered;
        },
      };
    },
  };
}

/** Plays an event from the server on the page's live connection, as if it had just arrived. */
export function serverSends<E extends keyof LiveServerEvents>(
  event: E,
  ...payload: Parameters<LiveServerEvents[E]>
): void {
  const listener = current?.listeners.get(event);
  if (!listener) throw new Error(`No live connection listens to ${event}`);
  listener(...payload);
}

/** Opens (or reopens, after a drop) the page's live connection, as the server's answer would. */
export function serverConnects({ recovered = false } = {}): void {
  if (!current) throw new Error('There is no live connection');
  current.recovered = recovered;
  current.listeners.get('connect')?.();
}
