import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each account gets the language its mails are written in. Existing accounts signed up when
 * every mail was English, so they keep English until their holder chooses another. A constant
 * default lets PostgreSQL add the column without rewriting the table.
 */
export class UserLocale1764000000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE users
        ADD COLUMN locale text NOT NULL DEFAULT 'en'
        CONSTRAINT users_locale_check CHECK (locale IN ('en', 'de', 'fr'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE users DROP COLUMN locale');
  }
}
