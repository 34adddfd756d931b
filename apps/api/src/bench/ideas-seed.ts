import { Client } from 'pg';

/** The process the ideas scenarios read; fixed so that both servers and reruns find it. */
export const BENCH_PROCESS_ID = '00000000-0000-4000-8000-00000000b1de';
export const BENCH_IDEAS = 10_000;
const SUPPORTERS = 1_000;
const DOMAIN = 'ideas.bench.open-spaces.test';

/**
 * One consultation with 10,000 ideas and about 500,000 supports, in a few set-based
 * statements: 1,000 supporters, and idea n supported by the first ((n * 7919) mod 99) + 1
 * of them (50 on average, spread evenly from 1 to 99). The counts are then written once
 * from the supports, as the API keeps them. Does nothing when the process exists.
 */
export async function seedIdeas(databaseUrl: string, log: (line: string) => void): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT 1 FROM processes WHERE id = $1', [BENCH_PROCESS_ID]);
    if (rows.length > 0) return;
    const started = Date.now();
    await client.query('BEGIN');
    const {
      rows: [author],
    } = await client.query<{ id: string }>(
      `INSERT INTO users (email, password_hash, display_name, email_verified_at)
       VALUES ($1, 'not-a-password', 'Ideas Bench Organiser', now()) RETURNING id`,
      [`organiser@${DOMAIN}`],
    );
    await client.query(`UPDATE profiles SET visibility = 'public' WHERE user_id = $1`, [author?.id]);
    const {
      rows: [organisation],
    } = await client.query<{ id: string }>(
      `INSERT INTO organisations (slug, name, kind, country, created_by)
       VALUES ('ideas-bench', 'Ideas Bench Forum', 'cso', 'BE', $1) RETURNING id`,
      [author?.id],
    );
    await client.query(
      `INSERT INTO processes (id, organisation_id, author_id, title, scope, starts_at, ends_at)
       VALUES ($1, $2, $3, 'Benchmark consultation', 'national', now() - interval '1 day', now() + interval '30 days')`,
      [BENCH_PROCESS_ID, organisation?.id, author?.id],
    );
    await client.query(
      `INSERT INTO process_phases (process_id, position, kind, starts_at, ends_at, allows_proposing, allows_supporting)
       VALUES ($1, 0, 'ideas', now() - interval '1 day', now() + interval '30 days', true, true)`,
      [BENCH_PROCESS_ID],
    );
    await client.query(
      `INSERT INTO users (email, password_hash, display_name, email_verified_at)
       SELECT 'supporter-' || n || '@${DOMAIN}', 'not-a-password', 'Supporter ' || n, now()
         FROM generate_series(1, ${SUPPORTERS}) n`,
    );
    await client.query(
      `INSERT INTO ideas (process_id, author_id, title, body, body_html, created_at)
       SELECT $1, $2, 'Idea number ' || n, 'An idea for the benchmark.', '<p>An idea for the benchmark.</p>',
              now() - n * interval '1 minute'
         FROM generate_series(1, ${BENCH_IDEAS}) n`,
      [BENCH_PROCESS_ID, author?.id],
    );
    await client.query(
      `WITH numbered AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM ideas WHERE process_id = $1),
            supporters AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM users
                            WHERE email LIKE 'supporter-%@${DOMAIN}')
       INSERT INTO idea_supports (idea_id, user_id, process_id)
       SELECT i.id, s.id, $1 FROM numbered i JOIN supporters s ON s.n <= ((i.n * 7919) % 99) + 1`,
      [BENCH_PROCESS_ID],
    );
    await client.query(
      `UPDATE ideas i SET supports_count = c.count
         FROM (SELECT idea_id, count(*)::int AS count FROM idea_supports WHERE process_id = $1 GROUP BY idea_id) c
        WHERE c.idea_id = i.id`,
      [BENCH_PROCESS_ID],
    );
    await client.query(
      `INSERT INTO process_participations (process_id, user_id, support_count)
       SELECT $1, user_id, count(*) FROM idea_supports WHERE process_id = $1 GROUP BY user_id`,
      [BENCH_PROCESS_ID],
    );
    await client.query('COMMIT');
    await client.query('VACUUM (ANALYZE) ideas, idea_supports, process_participations');
    const {
      rows: [counts],
    } = await client.query<{ ideas: number; supports: number }>(
      `SELECT (SELECT count(*)::int FROM ideas WHERE process_id = $1) AS ideas,
              (SELECT count(*)::int FROM idea_supports WHERE process_id = $1) AS supports`,
      [BENCH_PROCESS_ID],
    );
    log(
      `ideas: seeded ${counts?.ideas} ideas and ${counts?.supports} supports in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
