import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { type AddressInfo, connect, createServer, type Server, type Socket } from 'node:net';
import { createPost, writer } from '../factories/posts';
import { collect, connected, type LiveClient, liveClient, watch } from '../setup/live-client';
import { startTestApp, type TestApp } from '../setup/test-app';
import { waitFor } from '../setup/wait-for';

const REDIS = new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');

/** Whether Redis answers at all; checked once, before the tests are declared. */
function redisReachable(): boolean {
  try {
    execFileSync(
      process.execPath,
      [
        '-e',
        `const s=require('node:net').connect(${Number(REDIS.port || 6379)},${JSON.stringify(REDIS.hostname)});
         s.on('connect',()=>s.write('PING\\r\\n'));s.on('data',d=>process.exit(String(d).startsWith('+PONG')?0:1));
         s.on('error',()=>process.exit(1));setTimeout(()=>process.exit(1),2000);`,
      ],
      { stdio: 'ignore' },
    );
    return true;
  } catch {
    return false;
  }
}

/**
 * A TCP relay between the API processes and Redis, to take Redis away and give it back
 * without touching the machine's server.
 */
class RedisRelay {
  private server: Server | null = null;
  private readonly open = new Set<Socket>();
  port = 0;

  async start(): Promise<void> {
    const server = createServer((inbound) => {
      const outbound = connect(Number(REDIS.port || 6379), REDIS.hostname);
      for (const socket of [inbound, outbound]) {
        this.open.add(socket);
        socket.on('close', () => this.open.delete(socket));
        socket.on('error', () => {
          inbound.destroy();
          outbound.destroy();
        });
      }
      inbound.pipe(outbound).pipe(inbound);
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Redis goes away: every connection drops and new ones are refused. */
  async stop(): Promise<void> {
    for (const socket of this.open) socket.destroy();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

const reachable = redisReachable();
if (!reachable) {
  process.stdout.write(`Skipping the two-process live tests: no Redis answers at ${REDIS.host}.\n`);
}

(reachable ? describe : describe.skip)('two API processes through Redis', () => {
  const relay = new RedisRelay();
  let a: TestApp;
  let b: TestApp;
  let originB: string;
  const clients: LiveClient[] = [];

  beforeAll(async () => {
    await relay.start();
    const env = {
      LOGIN_LIMIT_PER_IP: '10000',
      REDIS_URL: `redis://127.0.0.1:${relay.port}`,
      REDIS_PREFIX: `test-${randomBytes(6).toString('hex')}`,
    };
    a = await startTestApp(env);
    b = await startTestApp(env, a);
    await b.app.listen({ port: 0, host: '127.0.0.1' });
    originB = `http://127.0.0.1:${(b.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const client of clients) client.disconnect();
    await b?.close();
    await a?.close();
    await relay.stop();
  });

  it('delivers what happens through process A to a client connected to process B, and survives Redis going away and coming back', async () => {
    const author = await writer(a);
    const reader = await writer(a);
    const post = await createPost(a, author);
    const socket = await connected(liveClient(originB, reader.accessToken));
    clients.push(socket);
    expect(await watch(socket, { type: 'post', slug: post.slug })).toEqual({ ok: true });
    const seen = collect(socket, 'post:comment-added');
    const comment = (app: TestApp, body: string) =>
      app.http().post(`/api/posts/${post.slug}/comments`).set(author.auth).send({ body }).expect(201);

    const throughA = (await comment(a, 'Published through A')).body;
    await waitFor(() => seen.some((event) => event.commentId === throughA.id), 'the comment from A', 10_000);

    await relay.stop();
    // Both processes keep answering, and B still delivers its own events to its own sockets.
    await a.http().get('/api/health').expect(200);
    await b.http().get('/api/health').expect(200);
    const throughB = (await comment(b, 'Published through B while Redis is away')).body;
    await waitFor(() => seen.some((event) => event.commentId === throughB.id), 'the local comment', 10_000);

    await relay.start();
    // Once both have reconnected by themselves, A reaches B's clients again.
    await waitFor(
      async () => {
        const again = (await comment(a, 'Published through A after Redis came back')).body;
        await new Promise((resolve) => setTimeout(resolve, 300));
        return seen.some((event) => event.commentId === again.id);
      },
      'the comment from A after Redis came back',
      20_000,
    );
  }, 60_000);
});
