import type { HighlightedText, SearchFacetCount, SearchType } from '@open-spaces/contracts';
import { z } from 'zod';
import { MARK_END, MARK_START } from './search.sql';

/** One visible match, as the matches statement returns it. */
export interface MatchRow {
  type: SearchType;
  id: string;
  topics: string[];
  countries: string[];
  rank: number;
  matched_topics: string[];
  capped: boolean;
}

/** The position in a ranked list: best first, then type and id, so ties have one order. */
export const SearchKey = z.tuple([z.number(), z.string(), z.guid()]);
export type SearchKey = z.infer<typeof SearchKey>;

export function compareMatches(a: MatchRow, b: MatchRow): number {
  return b.rank - a.rank || a.type.localeCompare(b.type) || a.id.localeCompare(b.id);
}

/** The rows ranked after `after` (strictly), best first. */
export function rankedAfter(rows: MatchRow[], after: SearchKey | undefined): MatchRow[] {
  const ranked = [...rows].sort(compareMatches);
  if (!after) return ranked;
  const [rank, type, id] = after;
  const cursor = { rank, type, id } as MatchRow;
  return ranked.filter((row) => compareMatches(cursor, row) < 0);
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
