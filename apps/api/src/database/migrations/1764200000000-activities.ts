import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The activity log: one append-only row for every publish, material change or
 * cancellation, written in the same transaction as the content it describes. Feeds, live
 * pushes and catch-up read it by id, so ids must become visible in the order they were
 * given: writers take a transaction-level advisory lock before inserting (see
 * ActivitiesService), which makes commit order equal id order.
 */
export class Activities1764200000000 implements MigrationInterface {
  name = 'Activities1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE activities (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        actor_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        organisation_id uuid REFERENCES organisations (id) ON DELETE CASCADE,
        verb text NOT NULL,
        object_type text NOT NULL,
        object_id uuid NOT NULL,
        topics text[] NOT NULL DEFAULT '{}',
        countries text[] NOT NULL DEFAULT '{}',
        audience text NOT NULL CHECK (audience IN ('public', 'members', 'organisation')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX activities_object_idx ON activities (object_type, object_id, id)');
    await db.query('CREATE INDEX activities_actor_idx ON activities (actor_id, id DESC)');
    await db.query(
      'CREATE INDEX activities_organisation_idx ON activities (organisation_id, id DESC) WHERE organisation_id IS NOT NULL',
    );
    await db.query('CREATE INDEX activities_topics_idx ON activities USING gin (topics)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE activities');
  }
}
