import type { EntityManager } from 'typeorm';

type Db = Pick<EntityManager, 'query'>;

const ZONES = [
  ['Europe/Brussels', 'BE', 'Brussels', 'fr'],
  ['Europe/Berlin', 'DE', 'Berlin', 'de'],
  ['Europe/Lisbon', 'PT', 'Lisbon', 'pt'],
  ['Europe/Warsaw', 'PL', 'Warsaw', 'pl'],
  ['Europe/Madrid', 'ES', 'Madrid', 'es'],
  ['Europe/Rome', 'IT', 'Rome', 'it'],
  ['Europe/Paris', 'FR', 'Paris', 'fr'],
  ['Europe/Athens', 'GR', 'Athens', 'el'],
  ['Europe/Helsinki', 'FI', 'Helsinki', 'fi'],
  ['Europe/Dublin', 'IE', 'Dublin', 'en'],
] as const;

/**
 * Adds `count` generated events for benchmarks, entirely in SQL: one INSERT ... SELECT per
 * batch over generate_series. Each row's author, zone, topics and time come from its
 * number, so the same database and seed give the same events. Authors are the generated
 * scale accounts; times spread from six months ago to two years ahead, and each was created
 * up to four months before it starts (or before now), so their `published` activities
 * spread through the log's recent months instead of all coming last.
 */
export async function insertScaleEvents(
  db: Db,
  count: number,
  seed: number,
  emailDomain: string,
  batchSize: number,
  log: (done: number) => void,
): Promise<number> {
  if (count <= 0) return 0;
  const [{ authors } = { authors: 0 }]: { authors: number }[] = await db.query(
    'SELECT count(*)::int AS authors FROM users WHERE email LIKE $1',
    [`%@${emailDomain}`],
  );
  if (authors === 0) return 0;
  const [{ offset } = { offset: 0 }]: { offset: number }[] = await db.query(
    'SELECT count(*)::int AS offset FROM events',
  );
  const topics: { slug: string }[] = await db.query(
    'SELECT slug FROM topics WHERE retired_at IS NULL ORDER BY slug',
  );
  let done = 0;
  for (let start = 0; start < count; start += batchSize) {
    const size = Math.min(batchSize, count - start);
    await db.query(
      `WITH authors AS (
         SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM users WHERE email LIKE $1),
       zones AS (
         SELECT * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[])
           WITH ORDINALITY AS z(zone, country, city, language, n)),
       numbered AS (
         SELECT g AS i, abs(hashtext($6::text || ':' || g)) AS h FROM generate_series($7::int, $8::int) g),
       generated AS (
         SELECT n.i, n.h, a.id AS author, z.zone, z.country, z.city, z.language,
                date_trunc('hour', now()) + ((n.h % 910) - 180) * interval '1 day'
                  + ((n.h / 910) % 12) * interval '1 hour' AS starts_at,
                (ARRAY['in_person', 'in_person', 'online', 'hybrid'])[1 + (n.h / 7) % 4] AS format
           FROM numbered n
           JOIN authors a ON a.n = n.h % $9
           JOIN zones z ON z.n = 1 + (n.h / 13) % $10)
       INSERT INTO events (author_id, title, description, description_html, time_zone, starts_local, ends_local,
                           starts_at, ends_at, format, venue_name, venue_address, venue_city, venue_country,
                           online_url, topics, language, capacity, created_at, updated_at)
       SELECT g.author, 'Civic meetup ' || g.i, 'A generated event.', '<p>A generated event.</p>', g.zone,
              to_char(g.starts_at AT TIME ZONE g.zone, 'YYYY-MM-DD"T"HH24:MI'),
              to_char((g.starts_at + interval '2 hours') AT TIME ZONE g.zone, 'YYYY-MM-DD"T"HH24:MI'),
              g.starts_at, g.starts_at + interval '2 hours', g.format,
              CASE WHEN g.format <> 'online' THEN 'Community hall ' || (g.h % 50) END,
              CASE WHEN g.format <> 'online' THEN 'Main street ' || (g.h % 200) END,
              CASE WHEN g.format <> 'online' THEN g.city END,
              CASE WHEN g.format <> 'online' THEN g.country END,
              CASE WHEN g.format <> 'in_person' THEN 'https://meet.example.org/' || g.i END,
              CASE WHEN cardinality($11::text[]) = 0 THEN '{}'::text[]
                   ELSE ARRAY[($11::text[])[1 + (g.h / 17) % cardinality($11::text[])]] END,
              g.language,
              CASE WHEN g.h % 3 = 0 THEN 20 + g.h % 100 END,
              g.created_at, g.created_at
         FROM (SELECT *, least(starts_at, now()) - (1 + (h / 11) % 120) * interval '1 day'
                           - ((h / 3) % 1440) * interval '1 minute' AS created_at
                 FROM generated) g`,
      [
        `%@${emailDomain}`,
        ZONES.map((z) => z[0]),
        ZONES.map((z) => z[1]),
        ZONES.map((z) => z[2]),
        ZONES.map((z) => z[3]),
        String(seed),
        offset + start,
        offset + start + size - 1,
        authors,
        ZONES.length,
        topics.map((topic) => topic.slug),
      ],
    );
    done += size;
    log(done);
  }
  return done;
}
