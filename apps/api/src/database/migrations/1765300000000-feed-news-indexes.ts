import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The verbs that make a home feed item (feed.repository.ts): edits and archiving do not. */
const NEWS = `verb IN ('published', 'postponed', 'cancelled')`;

/**
 * The home feed gathers its candidates along one index per kind of source and then applies
 * its rules to a page's worth of them. Two thirds of a busy log are edits, which are never
 * items: these partial indexes hold only the news, so a source's newest news is the first
 * entries of its index, read without touching the table. `activity_topics` keeps only news
 * from now on for the same reason (the feed is its only reader).
 */
export class FeedNewsIndexes1765300000000 implements MigrationInterface {
  name = 'FeedNewsIndexes1765300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX activities_actor_news_idx ON activities (actor_id, id) WHERE ${NEWS}`);
    await db.query(`
      CREATE INDEX activities_organisation_news_idx ON activities (organisation_id, id)
       WHERE ${NEWS} AND organisation_id IS NOT NULL`);
    await db.query(`
      CREATE OR REPLACE FUNCTION add_activity_topics() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.${NEWS} THEN
          INSERT INTO activity_topics (topic, activity_id)
          SELECT DISTINCT topic, NEW.id FROM unnest(NEW.topics) AS topic;
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      DELETE FROM activity_topics t USING activities a
       WHERE a.id = t.activity_id AND NOT a.${NEWS}`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE FUNCTION add_activity_topics() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO activity_topics (topic, activity_id)
        SELECT DISTINCT topic, NEW.id FROM unnest(NEW.topics) AS topic;
        RETURN NULL;
      END $$`);
    await db.query(`
      INSERT INTO activity_topics (topic, activity_id)
      SELECT DISTINCT topic, a.id FROM activities a, unnest(a.topics) AS topic
       WHERE NOT a.${NEWS}`);
    await db.query('DROP INDEX activities_organisation_news_idx');
    await db.query('DROP INDEX activities_actor_news_idx');
  }
}
