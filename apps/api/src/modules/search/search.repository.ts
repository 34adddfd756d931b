import { Injectable } from '@nestjs/common';
import type { SearchType } from '@open-spaces/contracts';
import { DataSource } from 'typeorm';
import { queryWithGenericPlan } from '../../common/sql/generic-plan-query';
import { type FeedObjectType, FeedSources } from '../feed/feed-sources';
import {
  detailsStatement,
  GIN_SCAN_LIMIT,
  matchesStatement,
  PEOPLE_AND_ORGANISATIONS,
  SEARCH_TYPES,
  type SearchFilters,
  type SearchMode,
  type VisibleSql,
} from './search.sql';
import type { MatchRow } from './search-results';

export interface DetailRow {
  type: SearchType;
  id: string;
  slug: string;
  language: string | null;
  title: string;
  snippet: string;
}

export interface MatchesResult {
  rows: MatchRow[];
  queryTopics: string[];
}

/**
 * Reads `search_documents`. Who may see a match is asked of its source: people and
 * organisations through the shared visibility rules, content through the rule its module
 * registered for the home feed (`FeedSources`: published, not hidden, author not suspended,
 * audience and blocks), so search never reads another module's content tables itself.
 *
 * Both statements run from their generic plans: the query's words reach the windows
 * through a CTE the planner cannot see into, so a custom plan is the same plan, and
 * planning the windows and the visibility rules cost more than running them.
 */
@Injectable()
export class SearchRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly feedSources: FeedSources,
  ) {}

  visibilityRules(): Map<SearchType, VisibleSql> {
    const rules = new Map<SearchType, VisibleSql>();
    for (const type of SEARCH_TYPES) {
      const rule = PEOPLE_AND_ORGANISATIONS[type] ?? feedRule(this.feedSources, type);
      if (rule) rules.set(type, rule);
    }
    return rules;
  }

  async findMatches(
    mode: SearchMode,
    query: string,
    prefix: string,
    viewerId: string | null,
    filters: SearchFilters,
  ): Promise<MatchesResult> {
    const { text, values } = matchesStatement(mode, query, prefix, viewerId, filters, this.visibilityRules());
    const rows = await queryWithGenericPlan<MatchRow & { query_topics: string[] }>(
      this.dataSource,
      text,
      values,
      {
        gin_fuzzy_search_limit: GIN_SCAN_LIMIT,
      },
    );
    if (rows.length > 0) return { rows, queryTopics: rows[0]?.query_topics ?? [] };
    return { rows, queryTopics: mode === 'full' ? await this.topicsNamedBy(query) : [] };
  }

  async findDetails(
    mode: SearchMode,
    query: string,
    prefix: string,
    keys: { type: string; id: string }[],
  ): Promise<DetailRow[]> {
    if (keys.length === 0) return [];
    const { text, values } = detailsStatement(mode, query, prefix, keys);
    return queryWithGenericPlan<DetailRow>(this.dataSource, text, values);
  }

  /** The topics a phrase of the query names, when nothing matched (the page still says so). */
  private async topicsNamedBy(query: string): Promise<string[]> {
    const rows: { topic: string }[] = await this.dataSource.query(
      `SELECT DISTINCT st.topic FROM search_topic_terms st
         JOIN topics tp ON tp.slug = st.topic AND tp.retired_at IS NULL
        WHERE position(' ' || st.term || ' ' IN ' ' || search_words($1) || ' ') > 0
        ORDER BY st.topic`,
      [query],
    );
    return rows.map((row) => row.topic);
  }
}

const FEED_TYPES: readonly string[] = [
  'post',
  'event',
  'funding_call',
  'tool',
  'case',
  'petition',
  'process',
  'idea',
] satisfies FeedObjectType[];

function feedRule(sources: FeedSources, type: SearchType): VisibleSql | undefined {
  return FEED_TYPES.includes(type) ? sources.get(type as FeedObjectType)?.visibleSql : undefined;
}
