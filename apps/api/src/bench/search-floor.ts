import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import { searchVisibilityRules } from '../modules/search/search.repository';
import { matchesStatement, SEARCH_TYPES, TEXT_WINDOW } from '../modules/search/search.sql';
import { searchFeedSources } from './baselines/search-feed-rules';
import { CORPUS_COMMON_WORDS_SQL, fixedQueries } from './search-queries';

/**
 * What PostgreSQL alone spends on each part of a search: writes pgbench scripts that run the
 * anonymous search statement, and the statement with parts of it taken out, for a random
 * query of the search benchmark's list (kept in a table `bench_words` this fills).
 *
 *   DATABASE_URL=… node apps/api/dist/bench/search-floor.js /tmp/search-floor
 *
 * then runs each script the way the printed command says; docs/benchmarks.md has figures.
 */

/** The statement with `pattern` replaced; refuses a pattern that no longer matches. */
function without(text: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(text)) throw new Error(`the search statement no longer has ${pattern}`);
  return text.replace(pattern, replacement);
}

const VISIBILITY = /WHERE CASE c\.type[\s\S]*?ELSE false END/;
const RANK = /round\(\(ts_rank[\s\S]*?::numeric, 6\)::float8/g;
const HIGHLIGHTS = /ts_headline\([\s\S]*?AS snippet/;

/** The pgbench scripts, by name: the statement with the query read from `bench_words`. */
export function floorScripts(words: number): Record<string, string> {
  const rules = searchVisibilityRules(searchFeedSources());
  const { text } = matchesStatement('full', '', '', null, {}, rules, { size: 21 });
  // The parameters become the query of a random row of `bench_words` and an anonymous first page.
  const whole = text
    .replace(
      'WITH q AS MATERIALIZED (',
      'WITH bw AS MATERIALIZED (SELECT w FROM bench_words WHERE id = :i), q AS MATERIALIZED (',
    )
    .replace('search_words($1) AS norm OFFSET 0', 'search_words($1) AS norm FROM bw OFFSET 0')
    .replace(/\$1\b/g, 'bw.w')
    .replace('$2::text', "''::text")
    .replace(/\$3::uuid/g, 'NULL::uuid')
    .replace(/\$4::text/g, 'NULL::text')
    .replace(/\$5::float8/g, 'NULL::float8')
    .replace(/\$6::text/g, 'NULL::text')
    .replace(/\$7::uuid/g, 'NULL::uuid')
    .replace(/\$8::int/g, '21');
  if (/\$\d/.test(whole)) throw new Error('a parameter of the search statement was left in');
  const noVisibility = without(whole, VISIBILITY, 'WHERE true');
  const noRank = without(whole, RANK, '0::float8');
  const noHighlights = without(whole, HIGHLIGHTS, 'd.title AS title, d.body AS snippet');
  const windows = without(
    without(noVisibility, RANK, '0::float8'),
    HIGHLIGHTS,
    'd.title AS title, d.body AS snippet',
  );
  const populated = SEARCH_TYPES.slice(0, 5);
  const oneScan = `WITH q AS MATERIALIZED (SELECT websearch_to_tsquery('search_simple', w) AS s FROM bench_words WHERE id = :i)
    SELECT count(*) FROM (${populated
      .map(
        (type) =>
          `(SELECT d.object_id FROM search_documents d, q WHERE d.type = '${type}' AND d.document @@ q.s LIMIT ${TEXT_WINDOW})`,
      )
      .join(' UNION ALL ')}) w`;
  const script = (sql: string) => `\\set i random(1, ${words})\n${sql.replace(/\s+/g, ' ')};\n`;
  return {
    'whole.sql': script(whole),
    'no-visibility.sql': script(noVisibility),
    'no-rank.sql': script(noRank),
    'no-highlights.sql': script(noHighlights),
    'windows.sql': script(windows),
    'one-scan.sql': script(oneScan),
  };
}

async function main(folder: string): Promise<void> {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
  try {
    const common = (await pool.query<{ word: string }>(CORPUS_COMMON_WORDS_SQL)).rows.map((row) => row.word);
    const words = [...new Set([...fixedQueries(), ...common])];
    await pool.query(
      `DROP TABLE IF EXISTS bench_words;
       CREATE TABLE bench_words (id int PRIMARY KEY, w text NOT NULL)`,
    );
    await pool.query('INSERT INTO bench_words SELECT * FROM unnest($1::int[], $2::text[])', [
      words.map((_, index) => index + 1),
      words,
    ]);
    mkdirSync(folder, { recursive: true });
    for (const [name, sql] of Object.entries(floorScripts(words.length)))
      writeFileSync(join(folder, name), sql);
    process.stdout.write(
      `${words.length} queries in bench_words; scripts in ${folder}. Run each with:\n` +
        `PGOPTIONS='-c gin_fuzzy_search_limit=2000 -c jit=off -c plan_cache_mode=force_generic_plan' ` +
        `pgbench -n -c 5 -j 2 -T 15 -M prepared -f ${folder}/<script> --log --log-prefix=${folder}/log <database>\n`,
    );
  } finally {
    await pool.end();
  }
}

if (require.main === module) {
  main(process.argv[2] ?? 'search-floor').catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
