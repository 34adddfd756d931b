import { SearchQuery } from '@open-spaces/contracts';
import { Pool } from 'pg';
import { caseInFeedSql } from '../../modules/cases/cases.repository';
import { eventInFeedSql } from '../../modules/events/events.repository';
import { FeedSources } from '../../modules/feed/feed-sources';
import { callInFeedSql } from '../../modules/funding-calls/funding-calls.repository';
import { petitionInFeedSql } from '../../modules/petitions/petitions.repository';
import { postInFeedSql } from '../../modules/posts/posts.repository';
import { ideaInFeedSql } from '../../modules/processes/ideas.repository';
import { processInFeedSql } from '../../modules/processes/processes.repository';
import { SearchRepository } from '../../modules/search/search.repository';
import { SearchService } from '../../modules/search/search.service';
import { toolInFeedSql } from '../../modules/tools/tools.repository';
import { poolDataSource } from './pool-data-source';
import { serveJsonRoute } from './serve';

/**
 * A bare `node:http` server answering the anonymous search (`GET /api/search`) with the
 * API's exact JSON: the search module builds the same SQL from the same visibility rules
 * (the content modules' feed rules, registered here by hand) and a `pg` pool runs it, so
 * only the framework around the queries differs.
 */
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10, options: '-c jit=off' });
const db = poolDataSource(pool);
const sources = new FeedSources();
const noSummaries = async () => new Map();
sources.register({ type: 'post', visibleSql: postInFeedSql, summaries: noSummaries });
sources.register({ type: 'event', visibleSql: eventInFeedSql, summaries: noSummaries });
sources.register({ type: 'funding_call', visibleSql: callInFeedSql, summaries: noSummaries });
sources.register({ type: 'tool', visibleSql: toolInFeedSql, summaries: noSummaries });
sources.register({ type: 'case', visibleSql: caseInFeedSql, summaries: noSummaries });
sources.register({ type: 'petition', visibleSql: petitionInFeedSql, summaries: noSummaries });
sources.register({ type: 'process', visibleSql: processInFeedSql, summaries: noSummaries });
sources.register({ type: 'idea', visibleSql: ideaInFeedSql, summaries: noSummaries });
const search = new SearchService(new SearchRepository(db, sources));

serveJsonRoute(
  '/api/search',
  (query) => search.find(undefined, SearchQuery.parse(Object.fromEntries(query))),
  () => pool.end(),
);
