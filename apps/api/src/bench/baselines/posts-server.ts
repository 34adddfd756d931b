import { Pool } from 'pg';
import { type PostSummaryRow, PostsRepository } from '../../modules/posts/posts.repository';
import { poolDataSource } from './pool-data-source';
import { serveJsonRoute } from './serve';

/**
 * A bare `node:http` server answering the anonymous latest-posts list (`GET /api/posts`,
 * with its filters) with the API's exact JSON. The SQL is the API's own: the repository
 * builds it and a `pg` pool runs it directly, with the API's default pool size.
 */
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const db = poolDataSource(pool);
const posts = new PostsRepository(db);

const PAGE_SIZE = 20;

const images = (prefix: string | null) =>
  prefix ? { small: `/media/${prefix}-small.webp`, large: `/media/${prefix}-large.webp` } : null;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function item(row: PostSummaryRow) {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    cover: images(row.cover_key),
    coverAlt: row.cover_alt,
    topics: row.topics,
    countries: row.countries,
    language: row.language,
    status: row.status,
    author: {
      person:
        row.author_handle !== null && row.author_name !== null
          ? { handle: row.author_handle, displayName: row.author_name, avatar: images(row.author_avatar_key) }
          : null,
      organisation:
        row.organisation_slug !== null && row.organisation_name !== null
          ? {
              slug: row.organisation_slug,
              name: row.organisation_name,
              kind: row.organisation_kind ?? '',
              logo: images(row.organisation_logo_key),
            }
          : null,
    },
    publishedAt: iso(row.published_at),
    editedAt: iso(row.edited_at),
    usefulCount: row.useful_count,
    commentCount: row.comment_count,
  };
}

async function latestPage(query: URLSearchParams) {
  const limit = Number(query.get('limit') ?? PAGE_SIZE);
  const after = query.get('after');
  const key = after
    ? (JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as [string, string])
    : null;
  const rows = await posts.findLatestPage(
    null,
    { topic: query.get('topic') ?? undefined, country: query.get('country') ?? undefined },
    key ? { at: key[0], id: key[1] } : undefined,
    limit,
  );
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(item),
    nextCursor:
      rows.length > limit && last
        ? Buffer.from(JSON.stringify([last.cursor_at, last.id])).toString('base64url')
        : null,
  };
}

serveJsonRoute('/api/posts', latestPage, () => pool.end());
