import { z } from 'zod';
import { CountryCode, LanguageCode, Slug } from './taxonomy.js';

/**
 * One search over people, organisations, posts, events, funding calls, tools, cases,
 * petitions, consultations and their ideas, and the suggestions of the header's search box.
 */

export const SearchType = z.enum([
  'person',
  'organisation',
  'post',
  'event',
  'funding_call',
  'tool',
  'case',
  'petition',
  'process',
  'idea',
]);
export type SearchType = z.infer<typeof SearchType>;

export const SearchQuery = z.object({
  q: z.string().trim().min(1).max(200),
  type: SearchType.optional(),
  topic: Slug.optional(),
  country: CountryCode.optional(),
  language: LanguageCode.optional(),
  after: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type SearchQuery = z.input<typeof SearchQuery>;

/** Text cut into pieces, the matched words marked; clients show marked pieces as highlights. */
export const HighlightedText = z.array(z.object({ text: z.string(), match: z.boolean() }));
export type HighlightedText = z.infer<typeof HighlightedText>;

export const SearchResult = z.object({
  type: SearchType,
  id: z.uuid(),
  /** What the object's page is addressed by: a handle, a slug, or the id for events and calls. */
  slug: z.string(),
  title: HighlightedText,
  snippet: HighlightedText,
  language: z.string().nullable(),
  topics: z.array(z.string()),
  countries: z.array(z.string()),
  /** Topics of the result that a word of the query names, in any language ("why it matched"). */
  matchedTopics: z.array(z.string()),
});
export type SearchResult = z.infer<typeof SearchResult>;

/** A facet value and how many visible matches have it; `capped` means "at least `count`". */
export const SearchFacetCount = z.object({ value: z.string(), count: z.number().int(), capped: z.boolean() });
export type SearchFacetCount = z.infer<typeof SearchFacetCount>;

export const SearchPage = z.object({
  items: z.array(SearchResult),
  nextCursor: z.string().nullable(),
  /** The topics a word of the query names, whatever language it was typed in. */
  matchedTopics: z.array(z.string()),
  facets: z.object({
    types: z.array(SearchFacetCount),
    topics: z.array(SearchFacetCount),
    countries: z.array(SearchFacetCount),
  }),
});
export type SearchPage = z.infer<typeof SearchPage>;

export const SuggestionsQuery = z.object({
  q: z.string().trim().min(1).max(100),
  limit: z.coerce.number().int().min(1).max(10).default(8),
});
export type SuggestionsQuery = z.input<typeof SuggestionsQuery>;

export const Suggestion = z.object({ type: SearchType, id: z.uuid(), slug: z.string(), title: z.string() });
export type Suggestion = z.infer<typeof Suggestion>;

export const SuggestionList = z.object({ items: z.array(Suggestion) });
export type SuggestionList = z.infer<typeof SuggestionList>;
