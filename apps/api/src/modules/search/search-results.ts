import type { HighlightedText, SearchFacetCount, SearchType } from '@open-spaces/contracts';
import { z } from 'zod';
import { MARK_END, MARK_START } from './search.sql';

/** A match on the page: where it lives, and its title and snippet with markers (`ts_headline`). */
export interface PageDetail {
  slug: string;
  language: string | null;
  title: string;
  snippet: string | null;
}

/** One visible match, as the matches statement returns it; `page` only for the page's rows. */
export interface MatchRow {
  type: SearchType;
  id: string;
  topics: string[];
  countries: string[];
  rank: number;
  matched_topics: string[];
  capped: boolean;
  page: PageDetail | null;
}

/** The position in a ranked list: best first, then type and id, so ties have one order. */
export const SearchKey = z.tuple([z.number(), z.string(), z.guid()]);
export type SearchKey = z.infer<typeof SearchKey>;

/**
 * Best first, then by type and id in byte order (the order the statement pages in, `COLLATE
 * "C"`; ids are lowercase hexadecimal).
 */
export function compareMatches(a: MatchRow, b: MatchRow): number {
  return b.rank - a.rank || byteOrder(a.type, b.type) || byteOrder(a.id, b.id);
}

function byteOrder(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** The rows of the page the statement chose, in their order. */
export function pageOf(rows: MatchRow[]): (MatchRow & { page: PageDetail })[] {
  return rows.filter((row): row is MatchRow & { page: PageDetail } => row.page !== null).sort(compareMatches);
}

const FACET_SIZE = 12;

/** How many rows have each value, most first; a count from a capped window says "at least". */
export function facetOf(rows: MatchRow[], valuesOf: (row: MatchRow) => string[]): SearchFacetCount[] {
  const counts = new Map<string, SearchFacetCount>();
  for (const row of rows) {
    for (const value of new Set(valuesOf(row))) {
      const facet = counts.get(value) ?? { value, count: 0, capped: false };
      facet.count += 1;
      facet.capped ||= row.capped;
      counts.set(value, facet);
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
    .slice(0, FACET_SIZE);
}

/** Cuts text from `ts_headline` at its markers into plain and matched pieces. */
export function highlighted(text: string): HighlightedText {
  const pieces: HighlightedText = [];
  let match = false;
  let current = '';
  for (const char of text) {
    if (char === MARK_START || char === MARK_END) {
      if (current) pieces.push({ text: current, match });
      current = '';
      match = char === MARK_START;
    } else {
      current += char;
    }
  }
  if (current) pieces.push({ text: current, match });
  return pieces;
}
