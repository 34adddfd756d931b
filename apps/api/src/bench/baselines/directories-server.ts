import { createServer } from 'node:http';
import { Pool } from 'pg';
import { OrganisationsRepository } from '../../modules/organisations/organisations.repository';
import { ProfilesRepository } from '../../modules/profiles/profiles.repository';
import { poolDataSource } from './pool-data-source';
import { sendJson, serveBaseline } from './serve';

/**
 * A bare `node:http` server answering the anonymous people and organisations directories
 * (`GET /api/profiles`, `GET /api/organisations`) with the API's exact JSON. The SQL is
 * the API's own: the repositories build it and a `pg` pool runs it directly, with the
 * pool size the API uses by default, so only the framework around the query differs.
 */
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
// The repositories need only `query(text, values)` answering rows; a plain pool call is that.
const db = poolDataSource(pool);
const profiles = new ProfilesRepository(db);
const organisations = new OrganisationsRepository(db);

const PAGE_SIZE = 20;

const cursorOf = (key: readonly string[]) => Buffer.from(JSON.stringify(key)).toString('base64url');

function afterOf(query: URLSearchParams): [string, string] | undefined {
  const after = query.get('after');
  return after
    ? (JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as [string, string])
    : undefined;
}

const images = (prefix: string | null) =>
  prefix ? { small: `/media/${prefix}-small.webp`, large: `/media/${prefix}-large.webp` } : null;

async function peoplePage(query: URLSearchParams): Promise<unknown> {
  const limit = Number(query.get('limit') ?? PAGE_SIZE);
  const filters = {
    topic: query.get('topic') ?? undefined,
    country: query.get('country') ?? undefined,
    language: query.get('language') ?? undefined,
  };
  const rows = await profiles.listDirectory(filters, null, afterOf(query), limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => ({
      handle: row.handle,
      displayName: row.display_name,
      headline: row.headline,
      country: row.country,
      city: row.city,
      avatar: images(row.avatar_key),
      topics: row.topics,
      offers: row.offers,
      needs: row.needs,
      openToPress: row.open_to_press,
    })),
    nextCursor: rows.length > limit && last ? cursorOf([last.sort_name, last.user_id]) : null,
  };
}

async function organisationsPage(query: URLSearchParams): Promise<unknown> {
  const limit = Number(query.get('limit') ?? PAGE_SIZE);
  const rows = await organisations.findDirectoryPage(null, {}, afterOf(query), limit);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => ({
      slug: row.slug,
      name: row.name,
      kind: row.kind,
      country: row.country,
      topics: row.topics,
      offers: row.offers,
      needs: row.needs,
      logo: images(row.logo_key),
      memberCount: row.member_count,
    })),
    nextCursor: rows.length > limit && last ? cursorOf([last.sort_name, last.id]) : null,
  };
}

const routes: Record<string, (query: URLSearchParams) => Promise<unknown>> = {
  '/api/profiles': peoplePage,
  '/api/organisations': organisationsPage,
};

serveBaseline(
  createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const route = request.method === 'GET' ? routes[url.pathname] : undefined;
    if (!route) {
      response.writeHead(404).end();
      return;
    }
    route(url.searchParams).then(
      (body) => sendJson(response, 200, body),
      (error: unknown) => sendJson(response, 500, { error: String(error) }),
    );
  }),
  () => pool.end(),
);
