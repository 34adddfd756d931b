import type { EntityManager } from 'typeorm';

type Db = Pick<EntityManager, 'query'>;

/**
 * Records, in one set-based statement, the activity the API would have written for every
 * seeded object that has none: published posts, events (cancelled or postponed ones with
 * that verb), funding calls and approved tools. Ids follow the objects' own times, so the
 * log reads as if they had been published one after another, and the home feed of seeded
 * people has something in it. Returns how many were recorded.
 */
export async function recordSeededActivities(db: Db): Promise<number> {
  const rows: { count: number }[] = await db.query(`
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
         AND NOT EXISTS (SELECT 1 FROM activities a WHERE a.object_type = 'tool' AND a.object_id = t.id)),
    inserted AS (
      INSERT INTO activities (actor_id, organisation_id, verb, object_type, object_id, topics, countries,
                              audience, created_at)
      SELECT actor_id, organisation_id, verb, object_type, object_id, topics, countries, audience, at
        FROM missing ORDER BY at, object_id
      RETURNING 1)
    SELECT count(*)::int AS count FROM inserted`);
  return rows[0]?.count ?? 0;
}
