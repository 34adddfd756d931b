import { createServer, type IncomingMessage } from 'node:http';
import { Pool } from 'pg';
import type { Repository } from 'typeorm';
import { toContentAuthor } from '../../common/content/content-author';
import type { FileStorage } from '../../common/storage/storage';
import { verifyAccessToken } from '../../modules/auth/access-token';
import type { Session } from '../../modules/auth/entities/session.entity';
import { SessionsRepository } from '../../modules/auth/sessions.repository';
import { EventFeedSource } from '../../modules/events/event-feed-source';
import { EventsRepository } from '../../modules/events/events.repository';
import { FeedRepository, type FeedRow } from '../../modules/feed/feed.repository';
import { FeedSources } from '../../modules/feed/feed-sources';
import { FundingCallFeedSource } from '../../modules/funding-calls/funding-call-feed-source';
import { FundingCallsRepository } from '../../modules/funding-calls/funding-calls.repository';
import { PostFeedSource } from '../../modules/posts/post-feed-source';
import { PostsRepository } from '../../modules/posts/posts.repository';
import { ToolFeedSource } from '../../modules/tools/tool-feed-source';
import { ToolsRepository } from '../../modules/tools/tools.repository';
import { poolDataSource } from './pool-data-source';
import { sendJson, serveBaseline } from './serve';

/**
 * A bare `node:http` server answering the signed-in home feed (`GET /api/feed`, newest
 * page, `before` and `after`) with the API's exact JSON. Everything that touches the
 * database is the API's own, run through a `pg` pool of the API's default size: the
 * session check of the bearer token, the feed's SQL (FeedRepository, with the feed sources
 * the content modules register) and each kind of object's summary query (those sources).
 * Only the framework around them differs.
 */
// With the API's connection settings (database/data-source.ts): the feed's plans are estimated
// far above jit_above_cost, and compiling them would cost more than running them.
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10, options: '-c jit=off' });
const db = poolDataSource(pool);
const storage = { urlOf: (key: string) => `/media/${key}` } as FileStorage;
const secret = process.env.AUTH_SECRET ?? '';

const sources = new FeedSources();
for (const source of [
  new PostFeedSource(new PostsRepository(db), sources, storage),
  new EventFeedSource(new EventsRepository(db), sources, storage),
  new FundingCallFeedSource(new FundingCallsRepository(db), sources, storage),
  new ToolFeedSource(new ToolsRepository(db), sources),
])
  source.onModuleInit();
const feed = new FeedRepository(db, sources);
// Checking a session reads only through `query`; the entity repository is for its writes.
const sessions = new SessionsRepository(db, {} as Repository<Session>);

const PAGE_SIZE = 20;

const position = (id: string) => Buffer.from(JSON.stringify([id])).toString('base64url');
const positionOf = (cursor: string | null) =>
  cursor === null
    ? undefined
    : (JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string])[0];

/** The viewer of a live session named by the bearer token, or null. */
async function viewerOf(request: IncomingMessage): Promise<string | null> {
  const [scheme, token] = (request.headers.authorization ?? '').split(' ');
  const claims = scheme?.toLowerCase() === 'bearer' && token ? verifyAccessToken(token, secret) : null;
  if (!claims) return null;
  return (await sessions.findLive(claims.sid, claims.sub)) ? claims.sub : null;
}

async function feedPage(viewerId: string, query: URLSearchParams): Promise<unknown> {
  const limit = Number(query.get('limit') ?? PAGE_SIZE);
  const before = positionOf(query.get('before'));
  const after = positionOf(query.get('after'));
  const { latestId, rows: activities } = await feed.findPage(
    viewerId,
    after === undefined ? 'older' : 'newer',
    after ?? before ?? null,
    limit + 1,
  );
  const latest = latestId ?? '0';
  const more = activities.length > limit;
  const page = more ? activities.slice(0, limit) : activities;
  const last = page[page.length - 1];
  const nextCursor = more && last ? position(last.id) : null;

  const idsByType = new Map<FeedRow['object_type'], Set<string>>();
  for (const row of page)
    idsByType.set(row.object_type, (idsByType.get(row.object_type) ?? new Set()).add(row.object_id));
  const objects = new Map(
    await Promise.all(
      [...idsByType].map(
        async ([type, ids]) => [type, await sources.get(type)?.summaries(viewerId, [...ids])] as const,
      ),
    ),
  );
  const items = page.flatMap((row) => {
    const found = objects.get(row.object_type)?.get(row.object_id);
    if (!found) return [];
    // The contract's field order: an object's summary, then its type.
    const { type, ...summary } = found;
    const { person, organisation } = toContentAuthor(storage, row);
    return [
      {
        id: row.id,
        verb: row.verb,
        createdAt: row.created_at.toISOString(),
        actor: person,
        organisation,
        object: { ...summary, type },
        reasons: row.reasons,
      },
    ];
  });

  const catchUpCursor =
    after !== undefined
      ? (nextCursor ?? position(BigInt(after) > BigInt(latest) ? after : latest))
      : before === undefined
        ? position(latest)
        : null;
  return { items, nextCursor, catchUpCursor };
}

serveBaseline(
  createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method !== 'GET' || url.pathname !== '/api/feed') {
      response.writeHead(404).end();
      return;
    }
    viewerOf(request)
      .then((viewerId) => (viewerId ? feedPage(viewerId, url.searchParams) : null))
      .then(
        (body) => (body ? sendJson(response, 200, body) : response.writeHead(401).end()),
        (error: unknown) => sendJson(response, 500, { error: String(error) }),
      );
  }),
  () => pool.end(),
);
