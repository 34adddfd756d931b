import { createServer } from 'node:http';
import type { IdeaSort } from '@open-spaces/contracts';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import {
  type IdeaPosition,
  type IdeaSummaryRow,
  IdeasRepository,
} from '../../modules/processes/ideas.repository';
import { sendJson, serveBaseline } from './serve';

/**
 * A bare `node:http` server answering a process's ideas (`GET /api/processes/:id/ideas`)
 * anonymously with the API's exact JSON. The SQL is the API's own (IdeasRepository builds
 * it); like the API, it first reads the process once (its threshold) before the page.
 */
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const db = {
  query: async (text: string, values?: unknown[]) => (await pool.query(text, values)).rows,
} as unknown as DataSource;
const ideas = new IdeasRepository(db);

function summary(row: IdeaSummaryRow) {
  return {
    id: row.id,
    processId: row.process_id,
    title: row.title,
    topics: row.topics,
    city: row.city,
    country: row.country,
    author:
      row.author_handle !== null && row.author_name !== null
        ? { handle: row.author_handle, displayName: row.author_name, avatar: null }
        : null,
    supportsCount: row.supports_count,
    successful: row.support_threshold !== null && row.supports_count >= row.support_threshold,
    answerState: row.answer_state,
    supportedByMe: row.supported_by_me,
    createdAt: row.created_at.toISOString(),
  };
}

function positionOf(sort: IdeaSort, after: string | null): IdeaPosition | undefined {
  if (!after) return undefined;
  const [key, id] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as [string & number, string];
  if (sort === 'newest') return { sort, at: key, id };
  return sort === 'most_supported' ? { sort, count: key, id } : { sort, key, id };
}

async function ideasPage(processId: string, query: URLSearchParams): Promise<unknown> {
  const limit = Number(query.get('limit') ?? 20);
  const sort = (query.get('sort') ?? 'newest') as IdeaSort;
  const [process] = await db.query('SELECT support_threshold FROM processes WHERE id = $1', [processId]);
  const rows = await ideas.findPage(
    processId,
    null,
    sort,
    { threshold: (process as { support_threshold: number | null } | undefined)?.support_threshold ?? null },
    positionOf(sort, query.get('after')),
    limit,
  );
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const key = (row: IdeaSummaryRow) =>
    sort === 'newest' ? row.cursor_at : sort === 'most_supported' ? row.supports_count : row.shuffle_key;
  return {
    items: page.map(summary),
    nextCursor:
      rows.length > limit && last
        ? Buffer.from(JSON.stringify([key(last), last.id])).toString('base64url')
        : null,
  };
}

const ROUTE = /^\/api\/processes\/([0-9a-f-]{36})\/ideas$/;

serveBaseline(
  createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = ROUTE.exec(url.pathname);
    if (request.method !== 'GET' || !match?.[1]) {
      response.writeHead(404).end();
      return;
    }
    ideasPage(match[1], url.searchParams).then(
      (body) => sendJson(response, 200, body),
      (error: unknown) => sendJson(response, 500, { error: String(error) }),
    );
  }),
  () => pool.end(),
);
