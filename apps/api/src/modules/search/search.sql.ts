import type { SearchType } from '@open-spaces/contracts';
import { organisationVisibleSql } from '../../common/visibility/follow-counts';
import { accountActiveSql, profileListedOrOwnSql } from '../../common/visibility/profile-visibility';

/**
 * The SQL of a search, as text built from the registered sources, so the API and the
 * benchmark's bare server send the same statements.
 *
 * Every plan is bounded: each type contributes at most `TEXT_WINDOW` text-or-topic matches
 * and, for the types whose title is a name, `NAME_WINDOW` name matches, read from that type's
 * partial GIN indexes in whatever order the index returns them, and only those are checked
 * for visibility, ranked and counted. A word that occurs in half the corpus therefore costs
 * what a rare one costs; its facet counts say "at least" (`capped`) instead of counting
 * every match.
 */
export const SEARCH_TYPES: readonly SearchType[] = [
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
];
/**
 * The types matched by trigram similarity as well as by words: their titles are names, which
 * people mistype. Titles of posts, events and calls are prose; their words are in the text
 * index already, and a trigram match over prose is not bounded by its `LIMIT`: every title
 * sharing a few trigrams with a short word must be read to be rejected (about 27,000 posts
 * for "from" at 800,000 posts).
 */
export const NAME_TYPES: readonly SearchType[] = ['person', 'organisation', 'tool'];
export const TEXT_WINDOW = 100;
/**
 * What one GIN index scan of a search may return (`gin_fuzzy_search_limit`). A window stops
 * after `TEXT_WINDOW` rows, but a bitmap scan reads a word's whole posting list first: 48,000
 * entries for "the" over 800,000 posts, 12-20 ms before the first row. Above this many,
 * PostgreSQL keeps a random sample of about this size, so a common word's window is a sample
 * of its matches; a rarer word's matches are all read, as before.
 */
export const GIN_SCAN_LIMIT = 2000;
export const NAME_WINDOW = 20;

/** May the viewer (`viewer`, an SQL parameter) see the object of this type with id `objectId`? */
export type VisibleSql = (objectId: string, viewer: string) => string;

/** The rules of people and organisations; content types come from their modules' registrations. */
export const PEOPLE_AND_ORGANISATIONS: Partial<Record<SearchType, VisibleSql>> = {
  person: (objectId, viewer) => `EXISTS (SELECT 1 FROM profiles sp WHERE sp.user_id = ${objectId}
      AND ${profileListedOrOwnSql('sp', viewer)} AND ${accountActiveSql('sp.user_id')})`,
  organisation: (objectId, viewer) => `EXISTS (SELECT 1 FROM organisations so WHERE so.id = ${objectId}
      AND ${organisationVisibleSql('so', viewer)})`,
};

export type SearchMode = 'full' | 'prefix';

export interface SearchFilters {
  topic?: string;
  country?: string;
  language?: string;
}

/** One statement and its parameters. */
export interface Statement {
  text: string;
  values: unknown[];
}

/** The text search configurations a full query is parsed in, each scanned on its own. */
const QUERY_CONFIGS = ['search_english', 'search_german', 'search_french', 'search_simple'] as const;

/**
 * The query's own CTE: its tsqueries (`full`: the words stemmed in each of our languages and
 * unstemmed, one column each, and `tsq`, any of them matching, for ranking and highlighting;
 * `prefix`: the words so far, the last one as a prefix, in names only), its words for trigram
 * matching, and the topics a phrase of it names. `$1` is the query as typed, `$2` the prefix
 * tsquery text.
 */
function queryCte(mode: SearchMode): string {
  const configs =
    mode === 'full'
      ? QUERY_CONFIGS.map((config) => `websearch_to_tsquery('${config}', $1) AS ${config}`).join(', ')
      : `to_tsquery('search_simple', $2) AS search_simple`;
  const tsq =
    mode === 'full' ? QUERY_CONFIGS.map((config) => `q0.${config}`).join(' || ') : 'q0.search_simple';
  const topics =
    mode === 'full'
      ? `ARRAY(SELECT DISTINCT st.topic FROM search_topic_terms st
                 JOIN topics tp ON tp.slug = st.topic AND tp.retired_at IS NULL
                WHERE position(' ' || st.term || ' ' IN ' ' || search_words($1) || ' ') > 0
                ORDER BY st.topic)`
      : `'{}'::text[]`;
  return `q AS MATERIALIZED (SELECT q0.*, ${tsq} AS tsq, search_words($1) AS norm, ${topics} AS topics,
    $2::text AS prefix FROM (SELECT ${configs}) q0)`;
}

/**
 * The visible matches of every type, ranked: at most a window of each type, checked for
 * visibility against their source rows. Parameters: `$1` query, `$2` prefix tsquery, `$3`
 * viewer, then the filters.
 */
export function matchesStatement(
  mode: SearchMode,
  query: string,
  prefix: string,
  viewerId: string | null,
  filters: SearchFilters,
  visible: Map<SearchType, VisibleSql>,
): Statement {
  const values: unknown[] = [query, prefix, viewerId];
  const conditions: string[] = [];
  if (filters.topic) {
    values.push(filters.topic);
    conditions.push(`d.topics @> ARRAY[$${values.length}::text]`);
  }
  if (filters.country) {
    values.push(filters.country);
    conditions.push(`d.countries @> ARRAY[$${values.length}::text]`);
  }
  if (filters.language) {
    values.push(filters.language);
    conditions.push(`d.languages @> ARRAY[$${values.length}::text]`);
  }
  const filtered = conditions.map((condition) => ` AND ${condition}`).join('');
  const rank = `round((ts_rank(d.document, q.tsq, 1) + word_similarity(q.norm, d.name_norm)
      + CASE WHEN d.topics && q.topics THEN 0.2 ELSE 0 END)::numeric, 6)::float8`;
  const columns = `d.type, d.object_id, d.topics, d.countries, ${rank} AS rank,
      ARRAY(SELECT unnest(d.topics) INTERSECT SELECT unnest(q.topics)) AS matched_topics`;
  // One GIN scan per configuration (and one for topics) rather than one scan of them all
  // combined: PostgreSQL samples a scan's very common words (`GIN_SCAN_LIMIT`) only when all
  // of its words are common, and a word stemmed four ways is often rare in one of them.
  const textMatches = [
    ...(mode === 'full' ? QUERY_CONFIGS : (['search_simple'] as const)).map(
      (config) => `d.document @@ q.${config}`,
    ),
    ...(mode === 'full' ? ['d.topics && q.topics'] : []),
  ];
  const textWindow = (type: SearchType) => {
    const scans = textMatches.map(
      (match) => `(SELECT d.object_id FROM search_documents d, q
          WHERE d.type = '${type}' AND ${match}${filtered} LIMIT ${TEXT_WINDOW})`,
    );
    return `(SELECT ${columns}, 'text' AS via
       FROM (SELECT object_id FROM (${scans.join(' UNION ')}) scans LIMIT ${TEXT_WINDOW}) w
       JOIN search_documents d ON d.type = '${type}' AND d.object_id = w.object_id, q)`;
  };
  const windows = SEARCH_TYPES.flatMap((type) => [
    textWindow(type),
    ...(NAME_TYPES.includes(type)
      ? [
          `(SELECT ${columns}, 'name' AS via FROM search_documents d, q
       WHERE d.type = '${type}' AND q.norm <% d.name_norm${filtered} LIMIT ${NAME_WINDOW})`,
        ]
      : []),
  ]).join('\n    UNION ALL ');
  const visibility = SEARCH_TYPES.map((type) => {
    const rule = visible.get(type);
    return `WHEN '${type}' THEN ${rule ? rule('c.object_id', '$3') : 'false'}`;
  }).join('\n        ');
  const text = `WITH ${queryCte(mode)},
  windows AS MATERIALIZED (
    ${windows}
  ),
  capped AS (
    SELECT coalesce(array_agg(DISTINCT type), '{}') AS types FROM (
      SELECT type, via FROM windows GROUP BY type, via
      HAVING count(*) >= CASE via WHEN 'text' THEN ${TEXT_WINDOW} ELSE ${NAME_WINDOW} END) full_windows
  )
  SELECT c.type, c.object_id::text AS id, c.topics, c.countries, c.rank, c.matched_topics,
         c.type = ANY (capped.types) AS capped, q.topics AS query_topics
    FROM (SELECT DISTINCT ON (type, object_id) * FROM windows ORDER BY type, object_id, rank DESC) c, capped, q
   WHERE CASE c.type
        ${visibility}
        ELSE false END`;
  return { text, values };
}

/** Highlight markers: control characters no stored text keeps (they are removed first). */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

/** The page's rows, with highlighted title and snippet. `$3` and `$4` are the types and ids. */
export function detailsStatement(
  mode: SearchMode,
  query: string,
  prefix: string,
  keys: { type: string; id: string }[],
): Statement {
  const marks = `StartSel=${MARK_START}, StopSel=${MARK_END}`;
  const clean = (column: string) => `translate(${column}, E'\\x02\\x03', '')`;
  const text = `WITH ${queryCte(mode)}
  SELECT d.type, d.object_id::text AS id, d.slug, d.language,
         ts_headline(search_config(d.language), ${clean('d.title')}, q.tsq, 'HighlightAll=true, ${marks}') AS title,
         ts_headline(search_config(d.language), ${clean('d.body')}, q.tsq,
                     'MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter=" … ", ${marks}') AS snippet
    FROM search_documents d, q
   WHERE (d.type, d.object_id) IN (SELECT * FROM unnest($3::text[], $4::uuid[]))`;
  return {
    text,
    values: [query, prefix, keys.map((key) => key.type), keys.map((key) => key.id)],
  };
}

/**
 * The words of what was typed so far, as a `to_tsquery` text over names (weight A): every word
 * whole but the last, which is a prefix. Only letters and digits reach it, so it always parses.
 */
export function prefixTsquery(query: string): string {
  const words = query
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  return words.map((word, index) => `${word}:${index === words.length - 1 ? '*' : ''}A`).join(' & ');
}
