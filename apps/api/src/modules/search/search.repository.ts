import { Injectable } from '@nestjs/common';
import type { SearchType } from '@open-spaces/contracts';
import { DataSource } from 'typeorm';
import { queryWithGenericPlan } from '../../common/sql/generic-plan-query';
import { type FeedObjectType, FeedSources } from '../feed/feed-sources';
import {
  GIN_SCAN_LIMIT,
  matchesStatement,
  type PageSpec,
  PEOPLE_AND_ORGANISATIONS,
  SEARCH_TYPES,
  type SearchFilters,
  type SearchMode,
  topicsNamedSql,
  type VisibleSql,
} from './search.sql';
import type { MatchRow } from './search-results';

/** A row as the matches statement sends it. */
interface FoundRow {
  type: SearchType;
  id: string;
  topics: string[];
  countries: string[];
  rank: number;
  capped: boolean;
  query_topics: string[];
  slug: string | null;
  language: string | null;
  title: string | null;
  snippet: string | null;
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

  async findMatches(
    mode: SearchMode,
    query: string,
    prefix: string,
    viewerId: string | null,
    filters: SearchFilters,
    page: PageSpec,
  ): Promise<MatchesResult> {
    const { text, values } = matchesStatement(
      mode,
      query,
      prefix,
      viewerId,
      filters,
      searchVisibilityRules(this.feedSources),
      page,
    );
    const found = await queryWithGenericPlan<FoundRow>(this.dataSource, text, values, {
      gin_fuzzy_search_limit: GIN_SCAN_LIMIT,
    });
    if (found.length === 0)
      return { rows: [], queryTopics: mode === 'full' ? await this.topicsNamedBy(query) : [] };
    const queryTopics = found[0]?.query_topics ?? [];
    const named = new Set(queryTopics);
    const rows = found.map(
      ({ type, id, topics, countries, rank, capped, slug, language, title, snippet }): MatchRow => ({
        type,
        id,
        topics,
        countries,
        rank,
        capped,
        matched_topics: [...new Set(topics.filter((topic) => named.has(topic)))],
        page: slug !== null && title !== null ? { slug, language, title, snippet } : null,
      }),
    );
    return { rows, queryTopics };
  }

  /** The topics a phrase of the query names, when nothing matched (the page still says so). */
  private async topicsNamedBy(query: string): Promise<string[]> {
    const rows: { topics: string[] }[] = await this.dataSource.query(
      `SELECT ${topicsNamedSql('w.norm')} AS topics FROM (SELECT search_words($1) AS norm OFFSET 0) w`,
      [query],
    );
    return rows[0]?.topics ?? [];
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

/** Who may see a match of each type: the shared rules for people and organisations, the feed's for content. */
export function searchVisibilityRules(sources: FeedSources): Map<SearchType, VisibleSql> {
  const rules = new Map<SearchType, VisibleSql>();
  for (const type of SEARCH_TYPES) {
    const rule = PEOPLE_AND_ORGANISATIONS[type] ?? feedRule(sources, type);
    if (rule) rules.set(type, rule);
  }
  return rules;
}

function feedRule(sources: FeedSources, type: SearchType): VisibleSql | undefined {
  return FEED_TYPES.includes(type) ? sources.get(type as FeedObjectType)?.visibleSql : undefined;
}
