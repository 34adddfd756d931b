import type { EventFormat } from '@open-spaces/contracts';
import { Pool } from 'pg';
import { type EventSummaryRow, EventsRepository } from '../../modules/events/events.repository';
import { poolDataSource } from './pool-data-source';
import { serveJsonRoute } from './serve';

/**
 * A bare `node:http` server answering the anonymous event directory (`GET /api/events`)
 * with the API's exact JSON. The SQL is the API's own (EventsRepository builds it) run
 * through a `pg` pool of the API's default size, so only the framework around it differs.
 */
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const db = poolDataSource(pool);
const events = new EventsRepository(db);

const PAGE_SIZE = 20;

const images = (prefix: string | null) =>
  prefix ? { small: `/media/${prefix}-small.webp`, large: `/media/${prefix}-large.webp` } : null;

const zoned = (local: string, timeZone: string, at: Date) => ({ local, timeZone, at: at.toISOString() });

function summary(row: EventSummaryRow) {
  return {
    id: row.id,
    title: row.title,
    author: {
      person: row.author_shown
        ? { handle: row.author_handle, displayName: row.author_name, avatar: images(row.author_avatar_key) }
        : null,
      organisation:
        row.organisation_slug && row.organisation_name && row.organisation_kind
          ? {
              slug: row.organisation_slug,
              name: row.organisation_name,
              kind: row.organisation_kind,
              logo: images(row.organisation_logo_key),
            }
          : null,
    },
    start: zoned(row.starts_local, row.time_zone, row.starts_at),
    end: zoned(row.ends_local, row.time_zone, row.ends_at),
    format: row.format,
    city: row.venue_city,
    country: row.venue_country,
    topics: row.topics,
    language: row.language,
    status: row.status,
    capacity: row.capacity,
    goingCount: row.going_count,
  };
}

async function eventsPage(query: URLSearchParams): Promise<unknown> {
  const limit = Number(query.get('limit') ?? PAGE_SIZE);
  const after = query.get('after');
  const key = after
    ? (JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as [string, string])
    : null;
  const rows = await events.findDirectoryPage(
    null,
    {
      when: query.get('when') === 'past' ? 'past' : 'upcoming',
      topic: query.get('topic') ?? undefined,
      country: query.get('country') ?? undefined,
      format: (query.get('format') as EventFormat | null) ?? undefined,
      language: query.get('language') ?? undefined,
    },
    key ? { at: key[0], id: key[1] } : undefined,
    limit,
  );
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(summary),
    nextCursor:
      rows.length > limit && last
        ? Buffer.from(JSON.stringify([last.cursor_at, last.id])).toString('base64url')
        : null,
  };
}

serveJsonRoute('/api/events', eventsPage, () => pool.end());
