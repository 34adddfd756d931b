import { performance } from 'node:perf_hooks';
import { LIVE_PATH, type LiveServerEvents } from '@open-spaces/contracts';
import { io, type Socket } from 'socket.io-client';
import WebSocket from 'ws';
import { alternate } from './alternate';
import { writeBenchPeople } from './bench-people';
import { LatencyRecorder, median } from './stats';

/** Publish-to-receipt times of one broadcast, in ms, one per socket that received it. */
export interface FanoutRound {
  times: number[];
}

/** The API's fan-out beside the stack floor's and the raw baseline's, in one run. */
export interface FanoutComparison {
  api: FanoutSummary;
  /** A bare Socket.IO server with the API's options, one room per socket, one emit. */
  floor: FanoutSummary;
  raw: FanoutSummary;
}

export interface FanoutSummary {
  label: string;
  sockets: number;
  received: number;
  p50: number;
  p99: number;
  max: number;
  /** The median time until the publishing request was answered. */
  answeredMs: number;
}

/** A server under measurement with its clients connected, ready to broadcast round after round. */
export interface FanoutTarget {
  label: string;
  timer: BroadcastTimer;
  /** Sends round `round`'s broadcast; resolves when the publishing request is answered. */
  publish: (round: number) => Promise<void>;
  /** Closes its clients. */
  close: () => void;
}

/** Connects `count` clients `open` makes, at most `batch` at a time. */
async function openAll<T>(count: number, open: (index: number) => Promise<T>, batch = 250): Promise<T[]> {
  const opened: T[] = [];
  for (let start = 0; start < count; start += batch) {
    const size = Math.min(batch, count - start);
    opened.push(...(await Promise.all(Array.from({ length: size }, (_, i) => open(start + i)))));
  }
  return opened;
}

/**
 * Times one broadcast at a time at `count` receivers: starts the clock, publishes, and waits
 * (10 s at most) until every receiver has said when its message arrived.
 */
export class BroadcastTimer {
  private times: (number | undefined)[] = [];
  private started = 0;

  constructor(readonly count: number) {}

  /** A receiver's message arrived; only its first in a round counts. */
  received(index: number): void {
    this.times[index] ??= performance.now() - this.started;
  }

  /** `publish` returns when the publishing request is answered. */
  async time(publish: () => Promise<void>): Promise<{ round: FanoutRound; answeredMs: number }> {
    this.times = new Array(this.count).fill(undefined);
    this.started = performance.now();
    await publish();
    const answeredMs = performance.now() - this.started;
    const deadline = Date.now() + 10_000;
    while (this.times.some((time) => time === undefined) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return { round: { times: this.times.filter((time): time is number => time !== undefined) }, answeredMs };
  }
}

/**
 * Runs `rounds` + 1 rounds of one broadcast per target, one broadcast at a time, their order
 * alternating as the harness does for every comparison, so that drift on a shared machine
 * hits them alike. The first round warms each path up and is not counted.
 */
export async function measureFanout(
  targets: readonly FanoutTarget[],
  rounds: number,
): Promise<FanoutSummary[]> {
  const measured = targets.map((target) => ({
    target,
    rounds: [] as FanoutRound[],
    answered: [] as number[],
  }));
  for (let round = 0; round <= rounds; round += 1) {
    for (const { target, rounds: results, answered } of alternate(measured, round)) {
      const timed = await target.timer.time(() => target.publish(round));
      if (round === 0) continue;
      results.push(timed.round);
      answered.push(timed.answeredMs);
    }
  }
  return measured.map(({ target, rounds: results, answered }) => ({
    ...summariseFanout(target.label, target.timer.count, results),
    answeredMs: median(answered),
  }));
}

export function summariseFanout(
  label: string,
  sockets: number,
  rounds: readonly FanoutRound[],
): Omit<FanoutSummary, 'answeredMs'> {
  const recorder = new LatencyRecorder();
  let max = 0;
  for (const time of rounds.flatMap((round) => round.times)) {
    recorder.record(time);
    max = Math.max(max, time);
  }
  return {
    label,
    sockets,
    received: Math.min(...rounds.map((round) => round.times.length)),
    p50: recorder.percentile(0.5),
    p99: recorder.percentile(0.99),
    max,
  };
}

/**
 * The people of a fan-out run: one author and `count` followers, each with a live session,
 * written straight into the database, with access tokens signed by the API's secret.
 */
export async function seedFanoutAudience(
  databaseUrl: string,
  secret: string,
  count: number,
): Promise<{ authorToken: string; followerTokens: string[]; remove: () => Promise<void> }> {
  // Everything the run writes goes with its people (follows, sessions, posts, activities).
  const { people, remove } = await writeBenchPeople(
    databaseUrl,
    secret,
    { prefix: 'fanout', name: 'Fan-out', count },
    async (db, written, emails) => {
      const author = written.find((person) => person.n === 0);
      if (!author) throw new Error('the fan-out author was not written');
      await db.query(
        `INSERT INTO follows (follower_id, target_type, target_id)
         SELECT id, 'profile', $1::text FROM users WHERE email LIKE $2 AND id::text <> $1::text`,
        [author.id, emails],
      );
    },
  );
  const [author, ...followers] = people;
  if (!author?.token) throw new Error('the fan-out author has no session');
  return { authorToken: author.token, followerTokens: followers.map((follower) => follower.token), remove };
}

/** A Socket.IO client of the live channel, connected as the web client connects. */
function openLiveClient(
  origin: string,
  auth: { token: string | undefined } | undefined,
  onActivity: () => void,
): Promise<Socket<LiveServerEvents>> {
  const socket: Socket<LiveServerEvents> = io(origin, {
    path: LIVE_PATH,
    transports: ['websocket'],
    auth,
    reconnection: false,
    forceNew: true,
  });
  socket.on('feed:activity', onActivity);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/**
 * Connects each follower to the API's live channel; a round publishes a post through the
 * API, and each follower's `feed:activity` is timed from the moment the request is sent:
 * the whole path of a live event (the write, its activity, the choice of recipients, the
 * broadcast).
 */
export async function connectApiFanout(
  origin: string,
  audience: { authorToken: string; followerTokens: string[] },
): Promise<FanoutTarget> {
  const timer = new BroadcastTimer(audience.followerTokens.length);
  const sockets = await openAll(timer.count, (index) =>
    openLiveClient(origin, { token: audience.followerTokens[index] }, () => timer.received(index)),
  );
  return {
    label: 'API (Socket.IO)',
    timer,
    publish: async (round) => {
      const response = await fetch(`${origin}/api/posts`, {
        method: 'POST',
        headers: { authorization: `Bearer ${audience.authorToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          kind: 'news',
          title: `Fan-out round ${round}`,
          summary: 'A post whose live event is timed.',
          body: 'Timed.',
          topics: [],
          countries: [],
          language: 'en',
          status: 'published',
        }),
      });
      if (response.status !== 201)
        throw new Error(`publishing answered ${response.status}: ${await response.text()}`);
    },
    close: () => {
      for (const socket of sockets) socket.disconnect();
    },
  };
}

/** The stack floor (`baselines/socketio-broadcast-server.ts`), `count` Socket.IO clients. */
export async function connectFloorFanout(origin: string, count: number): Promise<FanoutTarget> {
  const timer = new BroadcastTimer(count);
  const sockets = await openAll(count, (index) =>
    openLiveClient(origin, undefined, () => timer.received(index)),
  );
  return {
    label: 'stack floor (Socket.IO)',
    timer,
    publish: async (round) => {
      const response = await fetch(`${origin}/broadcast`, {
        method: 'POST',
        body: JSON.stringify({ id: String(round) }),
      });
      if (response.status !== 204) throw new Error(`the stack floor's broadcast answered ${response.status}`);
    },
    close: () => {
      for (const socket of sockets) socket.disconnect();
    },
  };
}

/** The raw `ws` baseline (`baselines/ws-broadcast-server.ts`), `count` plain WebSockets. */
export async function connectRawFanout(origin: string, count: number): Promise<FanoutTarget> {
  const timer = new BroadcastTimer(count);
  const wsOrigin = origin.replace(/^http/, 'ws');
  const sockets = await openAll(count, (index) => {
    const socket = new WebSocket(wsOrigin);
    socket.on('message', () => timer.received(index));
    return new Promise<WebSocket>((resolve, reject) => {
      socket.once('open', () => resolve(socket));
      socket.once('error', reject);
    });
  });
  return {
    label: 'raw ws',
    timer,
    publish: async (round) => {
      const response = await fetch(`${origin}/broadcast`, {
        method: 'POST',
        body: JSON.stringify(['feed:activity', { id: String(round) }]),
      });
      if (response.status !== 204) throw new Error(`the raw broadcast answered ${response.status}`);
    },
    close: () => {
      for (const socket of sockets) socket.terminate();
    },
  };
}
