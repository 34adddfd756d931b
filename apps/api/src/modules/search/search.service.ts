import { Injectable } from '@nestjs/common';
import type { SearchPage, SearchQuery, SuggestionList, SuggestionsQuery } from '@open-spaces/contracts';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { decodeCursor, encodeCursor } from '../../common/pagination/cursor';
import { SearchRepository } from './search.repository';
import { prefixTsquery } from './search.sql';
import { facetOf, highlighted, rankedAfter, SearchKey } from './search-results';

type SearchInput = z.output<typeof SearchQuery>;
type SuggestionsInput = z.output<typeof SuggestionsQuery>;

/**
 * Owns search across people, organisations, posts, events, funding calls, tools and cases, over
 * `search_documents` (kept by triggers on the source tables). A search reads a bounded window
 * of matches per type, keeps those the viewer may see, ranks them, and pages through them by
 * keyset; the facets count the same visible window.
 */
@Injectable()
export class SearchService {
  constructor(private readonly search: SearchRepository) {}

  async find(viewer: AuthUser | undefined, input: SearchInput): Promise<SearchPage> {
    const after = decodeCursor(input.after, SearchKey);
    const { rows, queryTopics } = await this.search.findMatches('full', input.q, '', viewer?.id ?? null, {
      topic: input.topic,
      country: input.country,
      language: input.language,
    });
    const ofType = input.type ? rows.filter((row) => row.type === input.type) : rows;
    const ranked = rankedAfter(ofType, after);
    const pageRows = ranked.slice(0, input.limit);
    const details = await this.search.findDetails('full', input.q, '', pageRows);
    const detailOf = new Map(details.map((row) => [`${row.type}:${row.id}`, row]));
    // A document removed between the two reads is left out rather than shown half; the
    // next page still continues after the last row of this one.
    const items = pageRows.flatMap((row) => {
      const detail = detailOf.get(`${row.type}:${row.id}`);
      if (!detail) return [];
      return [
        {
          type: row.type,
          id: row.id,
          slug: detail.slug,
          title: highlighted(detail.title),
          snippet: highlighted(detail.snippet),
          language: detail.language,
          topics: row.topics,
          countries: row.countries,
          matchedTopics: row.matched_topics,
        },
      ];
    });
    const last = pageRows.at(-1);
    const page = {
      items,
      nextCursor: ranked.length > input.limit && last ? encodeCursor([last.rank, last.type, last.id]) : null,
    };
    return {
      ...page,
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
    const { rows } = await this.search.findMatches('prefix', input.q, prefix, viewer?.id ?? null, {});
    const best = rankedAfter(rows, undefined).slice(0, input.limit);
    const details = await this.search.findDetails('prefix', input.q, prefix, best);
    const detailOf = new Map(details.map((row) => [`${row.type}:${row.id}`, row]));
    return {
      items: best.flatMap((row) => {
        const detail = detailOf.get(`${row.type}:${row.id}`);
        if (!detail) return [];
        const title = highlighted(detail.title)
          .map((piece) => piece.text)
          .join('');
        return [{ type: row.type, id: row.id, slug: detail.slug, title }];
      }),
    };
  }
}
