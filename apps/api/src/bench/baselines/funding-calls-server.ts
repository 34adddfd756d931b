import { Pool } from 'pg';
import type { FileStorage } from '../../common/storage/storage';
import { codesAdmitting } from '../../modules/funding-calls/country-groups';
import { toSummary } from '../../modules/funding-calls/funding-call-view';
import { FundingCallsRepository } from '../../modules/funding-calls/funding-calls.repository';
import { poolDataSource } from './pool-data-source';
import { serveJsonRoute } from './serve';

/**
 * A bare `node:http` server answering the anonymous funding call directory
 * (`GET /api/funding-calls`, by next deadline) with the API's exact JSON: the
 * repository builds the SQL (eligibility by country group, kind and topic, status from
 * the dates) and a `pg` pool runs it, so only the framework around the query differs.
 */
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const db = poolDataSource(pool);
const calls = new FundingCallsRepository(db);
const storage = { urlOf: (key: string) => `/media/${key}` } as FileStorage;

const PAGE_SIZE = 20;

const cursorOf = (key: readonly string[]) => Buffer.from(JSON.stringify(key)).toString('base64url');

async function directoryPage(query: URLSearchParams): Promise<unknown> {
  const limit = Number(query.get('limit') ?? PAGE_SIZE);
  const country = query.get('eligibleCountry');
  const after = query.get('after');
  const rows = await calls.findDirectoryPage(
    null,
    {
      statuses: ['open', 'forthcoming'],
      topic: query.get('topic') ?? undefined,
      admittingCodes: country ? codesAdmitting(country) : undefined,
      kind: (query.get('eligibleKind') as 'cso' | null) ?? undefined,
    },
    'deadline',
    after ? (JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as [string, string]) : undefined,
    limit,
  );
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => toSummary(row, storage, null)),
    nextCursor: rows.length > limit && last ? cursorOf([last.sort_key, last.id]) : null,
  };
}

serveJsonRoute('/api/funding-calls', directoryPage, () => pool.end());
