import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The candidates last chosen for a person's suggestions and for an organisation's, best
 * first. Finding candidates walks the taxonomy indexes for every branch; scoring a few
 * dozen known ones is cheap, so suggestions are read from these sets and recomputed when a
 * set is older than an hour or its subject's traits changed (`traits_key`).
 */
export class SuggestionCandidates1766500000000 implements MigrationInterface {
  name = 'SuggestionCandidates1766500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE person_suggestion_candidates (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        traits_key text NOT NULL,
        people uuid[] NOT NULL,
        computed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE organisation_suggestion_candidates (
        organisation_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
        traits_key text NOT NULL,
        organisations uuid[] NOT NULL,
        people uuid[] NOT NULL,
        computed_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE organisation_suggestion_candidates');
    await db.query('DROP TABLE person_suggestion_candidates');
  }
}
