import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Suggestions someone marked "not relevant": a person's own, and an organisation's (shared
 * by all its editors, pointing at a person or at another organisation). The candidate
 * queries leave them out by primary key or by a partial unique index.
 */
export class SuggestionDismissals1766200000000 implements MigrationInterface {
  name = 'SuggestionDismissals1766200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE person_suggestion_dismissals (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        dismissed_user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, dismissed_user_id)
      )`);
    await db.query(`
      CREATE TABLE organisation_suggestion_dismissals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
        dismissed_user_id uuid REFERENCES users (id) ON DELETE CASCADE,
        dismissed_organisation_id uuid REFERENCES organisations (id) ON DELETE CASCADE,
        dismissed_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((dismissed_user_id IS NULL) <> (dismissed_organisation_id IS NULL))
      )`);
    await db.query(`
      CREATE UNIQUE INDEX organisation_suggestion_dismissals_person_key
        ON organisation_suggestion_dismissals (organisation_id, dismissed_user_id)
        WHERE dismissed_user_id IS NOT NULL`);
    await db.query(`
      CREATE UNIQUE INDEX organisation_suggestion_dismissals_organisation_key
        ON organisation_suggestion_dismissals (organisation_id, dismissed_organisation_id)
        WHERE dismissed_organisation_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE organisation_suggestion_dismissals');
    await db.query('DROP TABLE person_suggestion_dismissals');
  }
}
