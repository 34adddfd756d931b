import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per topic of every listed post (published, not hidden), kept by a trigger on
 * `posts`, with the post's publication time and countries. A list of a topic's posts, with or
 * without a country, then walks one index newest first and stops after a page: through the
 * posts' GIN index, every matching post (about a thousand for a topic and a country at
 * 300,000 posts) had to be read and sorted before the first row of a page.
 */
export class PostTopics1764700000000 implements MigrationInterface {
  name = 'PostTopics1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE post_topics (
        post_id uuid NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        topic text NOT NULL,
        published_at timestamptz NOT NULL,
        countries text[] NOT NULL,
        PRIMARY KEY (post_id, topic)
      )`);
    await db.query(`
      CREATE FUNCTION sync_post_topics() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          DELETE FROM post_topics WHERE post_id = OLD.id;
        END IF;
        IF NEW.status = 'published' AND NEW.hidden_at IS NULL THEN
          INSERT INTO post_topics (post_id, topic, published_at, countries)
          SELECT DISTINCT NEW.id, topic, NEW.published_at, NEW.countries FROM unnest(NEW.topics) AS topic;
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER posts_sync_topics
        AFTER INSERT OR UPDATE OF status, hidden_at, topics, countries, published_at ON posts
        FOR EACH ROW EXECUTE FUNCTION sync_post_topics()`);
    await db.query(`
      INSERT INTO post_topics (post_id, topic, published_at, countries)
      SELECT DISTINCT p.id, topic, p.published_at, p.countries
        FROM posts p, unnest(p.topics) AS topic
       WHERE p.status = 'published' AND p.hidden_at IS NULL`);
    // Countries ride along in the index, so a topic and a country are matched without
    // reading the table.
    await db.query(`
      CREATE INDEX post_topics_latest_idx
        ON post_topics (topic, published_at DESC, post_id DESC) INCLUDE (countries)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TRIGGER posts_sync_topics ON posts');
    await db.query('DROP FUNCTION sync_post_topics()');
    await db.query('DROP TABLE post_topics');
  }
}
