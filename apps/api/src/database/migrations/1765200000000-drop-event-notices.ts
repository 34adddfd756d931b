import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Drops `event_notices`: changes to an event and places from its waitlist are now told as
 * notifications, written in the transaction of the change, and nothing read the notices.
 */
export class DropEventNotices1765200000000 implements MigrationInterface {
  name = 'DropEventNotices1765200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE event_notices');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE event_notices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('promoted', 'updated', 'postponed', 'cancelled')),
        sequence integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz
      )`);
    await db.query(
      'CREATE INDEX event_notices_pending_idx ON event_notices (user_id, created_at, id) WHERE delivered_at IS NULL',
    );
    await db.query('CREATE INDEX event_notices_event_idx ON event_notices (event_id)');
  }
}
