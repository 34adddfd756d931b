import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { LIVE_PATH, type LiveServerEvents } from '@open-spaces/contracts';
import { Client } from 'pg';
import { io, type Socket } from 'socket.io-client';
import WebSocket from 'ws';
import { signAccessToken } from '../modules/auth/access-token';
import { LatencyRecorder, median } from './stats';

/** Publish-to-receipt times of one broadcast, in ms, one per socket that received it. */
export interface FanoutRound {
  times: number[];
}

/** The API's fan-out beside the raw baseline's, in one run. */
export interface FanoutComparison {
  api: FanoutSummary;
  baseline: FanoutSummary;
}

export interface FanoutSummary {
  label: string;
  sockets: number;
  received: number;
  p50: number;
  p99: number;
  max: number;
  /** For the API: the median time until the publishing request was answered. */
  answeredMs?: number;
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
 * Times broadcasts at `count` receivers: each round starts the clock, publishes, and waits
 * (10 s at most) until every receiver has said when its message arrived. The first round
 * warms the path up and is not counted.
 */
class BroadcastTimer {
  private times: (number | undefined)[] = [];
  private started = 0;

  constructor(private readonly count: number) {}

  /** A receiver's message arrived; only its first in a round counts. */
  received(index: number): void {
    this.times[index] ??= performance.now() - this.started;
  }

  /** Runs `rounds` + 1 rounds; `publish` returns when the publishing request is answered. */
  async run(
    rounds: number,
    publish: (round: number) => Promise<void>,
  ): Promise<{ results: FanoutRound[]; answered: number[] }> {
    const results: FanoutRound[] = [];
    const answered: number[] = [];
    for (let round = 0; round <= rounds; round += 1) {
      this.times = new Array(this.count).fill(undefined);
      this.started = performance.now();
      await publish(round);
      const answeredAt = performance.now() - this.started;
      const deadline = Date.now() + 10_000;
      while (this.times.some((time) => time === undefined) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      if (round === 0) continue;
      answered.push(answeredAt);
      results.push({ times: this.times.filter((time): time is number => time !== undefined) });
    }
    return { results, answered };
  }
}

export function summariseFanout(
  label: string,
  sockets: number,
  rounds: readonly FanoutRound[],
): FanoutSummary {
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
  const run = randomBytes(4).toString('hex');
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const people: { id: string; n: number }[] = (
      await db.query(
        `INSERT INTO users (email, password_hash, display_name, email_verified_at)
         SELECT 'fanout-' || $1 || '-' || g || '@bench.invalid', 'not-a-password-hash', 'Fan-out ' || g, now()
           FROM generate_series(0, $2) g
         RETURNING id, split_part(split_part(email, '@', 1), '-', 3)::int AS n`,
        [run, count],
      )
    ).rows;
    const author = people.find((person) => person.n === 0);
    if (!author) throw new Error('the fan-out author was not written');
    await db.query(
      `INSERT INTO follows (follower_id, target_type, target_id)
       SELECT id, 'profile', $1::text FROM users WHERE email LIKE 'fanout-' || $2 || '-%' AND id::text <> $1::text`,
      [author.id, run],
    );
    const sessions: { id: string; user_id: string }[] = (
      await db.query(
        `INSERT INTO sessions (user_id, expires_at)
         SELECT id, now() + interval '1 day' FROM users WHERE email LIKE 'fanout-' || $1 || '-%'
         RETURNING id, user_id`,
        [run],
      )
    ).rows;
    const token = (session: { id: string; user_id: string }) =>
      signAccessToken({ sub: session.user_id, sid: session.id }, secret, 3_600);
    const authorSession = sessions.find((session) => session.user_id === author.id);
    if (!authorSession) throw new Error('the fan-out author has no session');
    return {
      authorToken: token(authorSession),
      followerTokens: sessions.filter((session) => session !== authorSession).map(token),
      // Everything the run wrote goes with its people (follows, sessions, posts, activities).
      remove: async () => {
        const cleaner = new Client({ connectionString: databaseUrl });
        await cleaner.connect();
        try {
          await cleaner.query(`DELETE FROM users WHERE email LIKE 'fanout-' || $1 || '-%'`, [run]);
        } finally {
          await cleaner.end();
        }
      },
    };
  } finally {
    await db.end();
  }
}

/**
 * Publishes a post through the API `rounds` times and times, at each follower's socket, the
 * `feed:activity` it brings, from the moment the request is sent: the whole path of a live
 * event (the write, its activity, the choice of recipients, the broadcast).
 */
export async function measureApiFanout(
  origin: string,
  audience: { authorToken: string; followerTokens: string[] },
  rounds: number,
): Promise<FanoutSummary> {
  const timer = new BroadcastTimer(audience.followerTokens.length);
  const sockets = await openAll(audience.followerTokens.length, (index) => {
    const socket: Socket<LiveServerEvents> = io(origin, {
      path: LIVE_PATH,
      transports: ['websocket'],
      auth: { token: audience.followerTokens[index] },
      reconnection: false,
      forceNew: true,
    });
    socket.on('feed:activity', () => timer.received(index));
    return new Promise<Socket<LiveServerEvents>>((resolve, reject) => {
      socket.once('connect', () => resolve(socket));
      socket.once('connect_error', reject);
    });
  });
  try {
    const { results, answered } = await timer.run(rounds, async (round) => {
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
    });
    return { ...summariseFanout('API (Socket.IO)', sockets.length, results), answeredMs: median(answered) };
  } finally {
    for (const socket of sockets) socket.disconnect();
  }
}

/** The same measure against the raw `ws` baseline, `count` clients. */
export async function measureRawFanout(
  origin: string,
  count: number,
  rounds: number,
): Promise<FanoutSummary> {
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
  try {
    const { results } = await timer.run(rounds, async (round) => {
      const response = await fetch(`${origin}/broadcast`, {
        method: 'POST',
        body: JSON.stringify(['feed:activity', { id: String(round) }]),
      });
      if (response.status !== 204) throw new Error(`the raw broadcast answered ${response.status}`);
    });
    return summariseFanout('raw ws', count, results);
  } finally {
    for (const socket of sockets) socket.terminate();
  }
}
