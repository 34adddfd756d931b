import { Injectable } from '@nestjs/common';
import type { SearchPage, SearchQuery, SuggestionList, SuggestionsQuery } from '@open-spaces/contracts';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { decodeCursor, encodeCursor } from '../../common/pagination/cursor';
import { SearchRepository } from './search.repository';
import { prefixTsquery } from './search.sql';
import { facetOf, highlighted, pageOf, SearchKey } from './search-results';

type SearchInput = z.output<typeof SearchQuery>;
type SuggestionsInput = z.output<typeof SuggestionsQuery>;

/**
 * Owns search across people, organisations, posts, events, funding calls, tools and cases, over
 * `search_documents` (kept by triggers on the source tables). A search reads a bounded window
 * of matches per type, keeps those the viewer may see, ranks them, and pages through them by
 * keyset; the facets count the same visible window. One statement reads the window, checks
 * it, ranks it and highlights the page.
 */
@Injectable()
export class SearchService {
  constructor(private readonly search: SearchRepository) {}

  async find(viewer: AuthUser | undefined, input: SearchInput): Promise<SearchPage> {
    const after = decodeCursor(input.after, SearchKey);
    const { rows, queryTopics } = await this.search.findMatches(
      'full',
      input.q,
      '',
      viewer?.id ?? null,
      { topic: input.topic, country: input.country, language: input.language },
      // One row more than the page, to know whether another follows.
      { type: input.type, after, size: input.limit + 1 },
    );
    const ofType = input.type ? rows.filter((row) => row.type === input.type) : rows;
    const chosen = pageOf(rows);
    const pageRows = chosen.slice(0, input.limit);
    const items = pageRows.map((row) => ({
      type: row.type,
      id: row.id,
      slug: row.page.slug,
      title: highlighted(row.page.title),
      snippet: highlighted(row.page.snippet ?? ''),
      language: row.page.language,
      topics: row.topics,
      countries: row.countries,
      matchedTopics: row.matched_topics,
    }));
    const last = pageRows.at(-1);
    return {
      items,
      nextCursor: chosen.length > input.limit && last ? encodeCursor([last.rank, last.type, last.id]) : null,
      matchedTopics: queryTopics,
      facets: {
        types: facetOf(rows, (row) => [row.type]),
        topics: facetOf(ofType, (row) => row.topics),
        countries: facetOf(ofType, (row) => row.countries),
      },
    };
  }

  /** Names that start with what was typed (or nearly match it), best first, for the header's box. */
  async suggest(viewer: AuthUser | undefined, input: SuggestionsInput): Promise<SuggestionList> {
    const prefix = prefixTsquery(input.q);
    if (!prefix) return { items: [] };
    const { rows } = await this.search.findMatches(
      'prefix',
      input.q,
      prefix,
      viewer?.id ?? null,
      {},
      {
        size: input.limit,
      },
    );
    return {
      items: pageOf(rows).map((row) => ({
        type: row.type,
        id: row.id,
        slug: row.page.slug,
        title: row.page.title,
      })),
    };
  }
}
