import type { EntityManager } from 'typeorm';

type Db = Pick<EntityManager, 'query'>;

export interface RecordedActivities {
  /** Activities recorded, the edits included. */
  activities: number;
  /** Of those, edits (`updated`) of published posts. */
  edits: number;
  /** The activities the log holds now. */
  log: number;
}

/**
 * Records, in one set-based statement, the activity the API would have written for every
 * seeded object that has none: published posts, events (cancelled or postponed ones with
 * that verb), funding calls, approved tools, published cases and opened petitions. When the log should hold `total`
 * activities and those leave it short, material edits of published posts make up the
 * difference: an `updated` activity each, by the post's author, at a time between its
 * publication and now (each edit picks its post by a hash of `seed` and its number, so
 * some posts are edited several times and others never), and the post's `edited_at`
 * becomes its latest edit, as an edit through the API would leave it. Ids follow the
 * activities' times, so the log reads as if they had happened one after another, and the
 * home feed of seeded people has something in it. Topics reach `activity_topics` through
 * the log's own trigger.
 */
export async function recordSeededActivities(
  db: Db,
  options: { total: number; seed: number } = { total: 0, seed: 0 },
): Promise<RecordedActivities> {
  const rows: { activities: number; edits: number; log: number }[] = await db.query(
    `
    WITH missing AS (
      SELECT p.author_id AS actor_id, p.organisation_id, 'published' AS verb, 'post' AS object_type,
             p.id AS object_id, p.topics, p.countries, p.audience, p.published_at AS at
        FROM posts p
       WHERE p.status = 'published'
         AND NOT EXISTS (SELECT 1 FROM activities a WHERE a.object_type = 'post' AND a.object_id = p.id)
      UNION ALL
      SELECT e.author_id, e.organisation_id,
             CASE WHEN e.status = 'scheduled' THEN 'published' ELSE e.status END, 'event', e.id, e.topics,
             CASE WHEN e.venue_country IS NULL THEN '{}'::text[] ELSE ARRAY[e.venue_country] END,
             e.audience, e.created_at
        FROM events e
       WHERE NOT EXISTS (SELECT 1 FROM activities a WHERE a.object_type = 'event' AND a.object_id = e.id)
      UNION ALL
      SELECT fc.author_id, fc.organisation_id, 'published', 'funding_call', fc.id, fc.topics,
             ARRAY(SELECT c FROM unnest(fc.eligible_countries) c WHERE c ~ '^[A-Z]{2}$'), 'public', fc.created_at
        FROM funding_calls fc
       WHERE NOT EXISTS (SELECT 1 FROM activities a WHERE a.object_type = 'funding_call' AND a.object_id = fc.id)
      UNION ALL
      SELECT t.proposed_by, NULL, 'published', 'tool', t.id, '{}'::text[], '{}'::text[], 'public',
             coalesce(t.reviewed_at, t.created_at)
        FROM tools t
       WHERE t.status = 'approved' AND t.proposed_by IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM activities a WHERE a.object_type = 'tool' AND a.object_id = t.id)
      UNION ALL
      SELECT c.submitted_by, NULL, 'published', 'case', c.id, c.topics, ARRAY[c.country], 'public', c.published_at
        FROM cases c
       WHERE c.status = 'published' AND c.submitted_by IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM activities a WHERE a.object_type = 'case' AND a.object_id = c.id)
      UNION ALL
      SELECT pe.author_id, pe.organisation_id, 'published', 'petition', pe.id, pe.topics, pe.countries,
             'public', pe.opened_at
        FROM petitions pe
       WHERE pe.state <> 'draft'
         AND NOT EXISTS (SELECT 1 FROM activities a WHERE a.object_type = 'petition' AND a.object_id = pe.id)),
    shortfall AS (
      SELECT greatest(0, $1::bigint - (SELECT count(*) FROM activities) - (SELECT count(*) FROM missing)) AS n),
    editable AS (
      SELECT p.id, p.author_id, p.organisation_id, p.topics, p.countries, p.audience, p.published_at,
             row_number() OVER (ORDER BY p.id) - 1 AS n
        FROM posts p
       WHERE p.status = 'published' AND p.published_at IS NOT NULL AND (SELECT n FROM shortfall) > 0),
    edits AS (
      SELECT p.author_id AS actor_id, p.organisation_id, 'updated' AS verb, 'post' AS object_type,
             p.id AS object_id, p.topics, p.countries, p.audience,
             p.published_at + (now() - p.published_at) * ((1 + abs(hashtext($2 || ':at:' || g)) % 10000) / 10001.0)
               AS at
        FROM generate_series(1, (SELECT n FROM shortfall)) g
        JOIN editable p ON p.n = abs(hashtext($2 || ':post:' || g)) % (SELECT count(*) FROM editable)),
    inserted AS (
      INSERT INTO activities (actor_id, organisation_id, verb, object_type, object_id, topics, countries,
                              audience, created_at)
      SELECT actor_id, organisation_id, verb, object_type, object_id, topics, countries, audience, at
        FROM (SELECT * FROM missing UNION ALL SELECT * FROM edits) recorded
       ORDER BY at, object_id
      RETURNING verb),
    edited AS (
      UPDATE posts p SET edited_at = e.at, updated_at = greatest(p.updated_at, e.at)
        FROM (SELECT object_id, max(at) AS at FROM edits GROUP BY object_id) e
       WHERE p.id = e.object_id AND (p.edited_at IS NULL OR p.edited_at < e.at))
    SELECT count(*)::int AS activities, (count(*) FILTER (WHERE verb = 'updated'))::int AS edits,
           ((SELECT count(*) FROM activities) + count(*))::int AS log
      FROM inserted`,
    [options.total, String(options.seed)],
  );
  const recorded = rows[0] ?? { activities: 0, edits: 0, log: 0 };
  if (recorded.log < options.total)
    throw new Error(
      `The activity log holds ${recorded.log} of the ${options.total} asked for: seed posts to edit`,
    );
  return recorded;
}
