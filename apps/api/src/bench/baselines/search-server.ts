import { SearchQuery } from '@open-spaces/contracts';
import { Pool } from 'pg';
import { SearchRepository } from '../../modules/search/search.repository';
import { SearchService } from '../../modules/search/search.service';
import { poolDataSource } from './pool-data-source';
import { searchFeedSources } from './search-feed-rules';
import { serveJsonRoute } from './serve';

/**
 * A bare `node:http` server answering the anonymous search (`GET /api/search`) with the
 * API's exact JSON: the search module builds the same SQL from the same visibility rules
 * (the content modules' feed rules, registered here by hand) and a `pg` pool runs it, so
 * only the framework around the queries differs.
 */
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10, options: '-c jit=off' });
const db = poolDataSource(pool);
const sources = searchFeedSources();
const search = new SearchService(new SearchRepository(db, sources));

serveJsonRoute(
  '/api/search',
  (query) => search.find(undefined, SearchQuery.parse(Object.fromEntries(query))),
  () => pool.end(),
);
