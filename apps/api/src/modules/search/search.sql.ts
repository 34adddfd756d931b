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
export const TEXT_WINDOW = 40;
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

/** Highlight markers: control characters no stored text keeps (they are removed first). */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

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
 * tsquery text, `$3` the viewer (named here too, so the statement types it when the
 * visibility rules are given a constant instead).
 */
function queryCte(mode: SearchMode): string {
  const configs =
    mode === 'full'
      ? QUERY_CONFIGS.map((config) => `websearch_to_tsquery('${config}', $1) AS ${config}`).join(', ')
      : `to_tsquery('search_simple', $2) AS search_simple`;
  // A configuration whose tsquery is one an earlier configuration already has (most names,
  // most words that no language stems) is scanned once: its column is NULL, which an index
  // scan answers without reading the index.
  const scanned =
    mode === 'full'
      ? QUERY_CONFIGS.map((config, index) => {
          const earlier = QUERY_CONFIGS.slice(0, index).map((other) => `q0.${other}`);
          return earlier.length === 0
            ? `q0.${config}`
            : `CASE WHEN q0.${config} IN (${earlier.join(', ')}) THEN NULL ELSE q0.${config} END AS ${config}`;
        }).join(', ')
      : 'q0.search_simple';
  const tsq =
    mode === 'full' ? QUERY_CONFIGS.map((config) => `q0.${config}`).join(' || ') : 'q0.search_simple';
  const topics = mode === 'full' ? topicsNamedSql('q0.norm') : `'{}'::text[]`;
  // `OFFSET 0` keeps the subquery whole, so its words are normalised once, not once per term.
  return `q AS MATERIALIZED (SELECT ${scanned}, ${tsq} AS tsq, q0.norm, ${topics} AS topics,
    $2::text AS prefix, $3::uuid AS viewer FROM (SELECT ${configs}, search_words($1) AS norm OFFSET 0) q0)`;
}

/**
 * The live topics a phrase of the query names, in order: `norm` is the query's normalised
 * words (`search_words`), an SQL expression computed once.
 */
export function topicsNamedSql(norm: string): string {
  return `ARRAY(SELECT DISTINCT st.topic FROM search_topic_terms st
                 JOIN topics tp ON tp.slug = st.topic AND tp.retired_at IS NULL
                WHERE position(' ' || st.term || ' ' IN ' ' || ${norm} || ' ') > 0
                ORDER BY st.topic)`;
}

/**
 * Which of the matches make the page: of `type` only when given, strictly after `after`
 * (a rank, type and id) in the order best first, then type and id; `size` of them.
 */
export interface PageSpec {
  type?: SearchType;
  after?: readonly [number, string, string];
  size: number;
}

/**
 * The visible matches of every type, ranked, and the page's own rows with their slug, language
 * and highlighted title and snippet: at most a window of each type is read and checked for
 * visibility against its source rows, so the facets count that window, and only the page's
 * rows are highlighted. Parameters: `$1` query, `$2` prefix tsquery, `$3` viewer, `$4`-`$8`
 * the page (type, cursor rank, type and id, size), then the filters.
 */
export function matchesStatement(
  mode: SearchMode,
  query: string,
  prefix: string,
  viewerId: string | null,
  filters: SearchFilters,
  visible: Map<SearchType, VisibleSql>,
  page: PageSpec,
): Statement {
  const [afterRank, afterType, afterId] = page.after ?? [null, null, null];
  const values: unknown[] = [
    query,
    prefix,
    viewerId,
    page.type ?? null,
    afterRank,
    afterType,
    afterId,
    page.size,
  ];
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
  // A name's likeness to the query counts for the types whose titles are names; a prose
  // title's words are in the document already, at weight A. The topics a match shares with
  // the query are found from `topics` and `query_topics` by the caller.
  const rank = (type: SearchType) =>
    `round((ts_rank(d.document, q.tsq, 1)${
      NAME_TYPES.includes(type) ? ' + word_similarity(q.norm, d.name_norm)' : ''
    } + CASE WHEN d.topics && q.topics THEN 0.2 ELSE 0 END)::numeric, 6)::float8`;
  const columns = (type: SearchType) => `d.type, d.object_id, d.topics, d.countries, ${rank(type)} AS rank`;
  // One GIN scan per configuration (and one for topics) rather than one scan of them all
  // combined: PostgreSQL samples a scan's very common words (`GIN_SCAN_LIMIT`) only when all
  // of its words are common, and a word stemmed four ways is often rare in one of them. The
  // topic scan comes first, so that content tagged with a topic the query names has its place
  // in the window whatever language it is written in; the scans stop once the window is full.
  const textMatches = [
    ...(mode === 'full' ? ['d.topics && q.topics'] : []),
    ...(mode === 'full' ? QUERY_CONFIGS : (['search_simple'] as const)).map(
      (config) => `d.document @@ q.${config}`,
    ),
  ];
  const textWindow = (type: SearchType) => {
    const scans = textMatches.map(
      (match) => `(SELECT ${columns(type)}, 'text' AS via FROM search_documents d, q
          WHERE d.type = '${type}' AND ${match}${filtered})`,
    );
    return `(SELECT * FROM (${scans.join(' UNION ALL ')}) scans LIMIT ${TEXT_WINDOW})`;
  };
  const windows = SEARCH_TYPES.flatMap((type) => [
    textWindow(type),
    ...(NAME_TYPES.includes(type)
      ? [
          `(SELECT ${columns(type)}, 'name' AS via FROM search_documents d, q
       WHERE d.type = '${type}' AND q.norm <% d.name_norm${filtered} LIMIT ${NAME_WINDOW})`,
        ]
      : []),
  ]).join('\n    UNION ALL ');
  // For a visitor who is not signed in, the rules are given the viewer as a NULL constant
  // rather than a parameter: the planner then folds away what only a person can pass (their
  // blocks, their memberships), and every remaining check reads the object's own rows.
  const viewer = viewerId === null ? 'NULL' : '$3';
  const visibility = SEARCH_TYPES.map((type) => {
    const rule = visible.get(type);
    return `WHEN '${type}' THEN ${rule ? rule('c.object_id', viewer) : 'false'}`;
  }).join('\n        ');
  const marks = `StartSel=${MARK_START}, StopSel=${MARK_END}`;
  const clean = (column: string) => `translate(${column}, E'\\x02\\x03', '')`;
  // Names typed into the header's box are shown whole; a search's page marks the matched words.
  const highlights =
    mode === 'full'
      ? `ts_headline(search_config(d.language), ${clean('d.title')}, q.tsq, 'HighlightAll=true, ${marks}') AS title,
         ts_headline(search_config(d.language), ${clean('d.body')}, q.tsq,
                     'MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter=" … ", ${marks}') AS snippet`
      : `${clean('d.title')} AS title, NULL::text AS snippet`;
  // The page is ordered as `compareMatches` orders rows: byte order for the type and the id.
  const text = `WITH ${queryCte(mode)},
  windows AS MATERIALIZED (
    ${windows}
  ),
  capped AS (
    SELECT coalesce(array_agg(DISTINCT type), '{}') AS types FROM (
      SELECT type, via FROM windows GROUP BY type, via
      HAVING count(*) >= CASE via WHEN 'text' THEN ${TEXT_WINDOW} ELSE ${NAME_WINDOW} END) full_windows
  ),
  visible AS MATERIALIZED (
    SELECT c.type, c.object_id, c.topics, c.countries, c.rank, c.type = ANY (capped.types) AS capped
      FROM (SELECT DISTINCT ON (type, object_id) * FROM windows ORDER BY type, object_id, rank DESC) c, capped
     WHERE CASE c.type
        ${visibility}
        ELSE false END
  ),
  page AS (
    SELECT v.type, v.object_id FROM visible v
     WHERE ($4::text IS NULL OR v.type = $4::text)
       AND ($5::float8 IS NULL OR v.rank < $5::float8
            OR (v.rank = $5::float8 AND (v.type COLLATE "C" > $6::text COLLATE "C"
                OR (v.type = $6::text AND v.object_id > $7::uuid))))
     ORDER BY v.rank DESC, v.type COLLATE "C", v.object_id
     LIMIT $8::int
  )
  SELECT v.type, v.object_id::text AS id, v.topics, v.countries, v.rank, v.capped, q.topics AS query_topics,
         shown.slug, shown.language, shown.title, shown.snippet
    FROM visible v CROSS JOIN q
    LEFT JOIN page p ON p.type = v.type AND p.object_id = v.object_id
    LEFT JOIN LATERAL (
      SELECT d.slug, d.language, ${highlights}
        FROM search_documents d WHERE d.type = p.type AND d.object_id = p.object_id) shown ON true`;
  return { text, values };
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
