import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mail is delivered by a job that retries: the outbox row counts its attempts beside the
 * last error, and `sent_at` is what a repeated delivery checks so it sends nothing twice.
 */
export class OutboxDeliveryAttempts1764900000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE outbox_mails ADD COLUMN attempts integer NOT NULL DEFAULT 0');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE outbox_mails DROP COLUMN attempts');
  }
}
