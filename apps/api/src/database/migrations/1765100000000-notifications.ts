import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications, each person's channel per kind, their digest settings, the saved-call
 * reminders already given, and mail headers in the outbox (for one-click unsubscribe).
 *
 * A notification keeps the channel it was delivered on and what its mail has done: mailed
 * at once (`emailed_at`) or listed in a digest (`digested_at`), so a job that runs twice
 * never mails twice. Its subject's title and path are kept as they were, since a
 * notification tells what happened then.
 */
export class Notifications1765100000000 implements MigrationInterface {
  name = 'Notifications1765100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notifications (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        kind text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('app', 'email', 'digest')),
        actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
        organisation_id uuid REFERENCES organisations (id) ON DELETE SET NULL,
        subject_type text NOT NULL,
        subject_id text NOT NULL,
        subject_title text NOT NULL,
        subject_path text,
        details jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        emailed_at timestamptz,
        digested_at timestamptz
      )`);
    await db.query('CREATE INDEX notifications_user_idx ON notifications (user_id, id DESC)');
    await db.query(
      'CREATE INDEX notifications_unread_idx ON notifications (user_id, id) WHERE read_at IS NULL',
    );
    // The digest sweep starts from what is waiting for a digest: a few rows, not the table.
    await db.query(
      `CREATE INDEX notifications_digest_idx ON notifications (user_id, id)
        WHERE channel = 'digest' AND digested_at IS NULL AND read_at IS NULL`,
    );
    await db.query(`
      CREATE TABLE notification_channels (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        kind text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('app', 'email', 'digest', 'off')),
        PRIMARY KEY (user_id, kind)
      )`);
    await db.query(`
      CREATE TABLE notification_settings (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        digest_frequency text NOT NULL DEFAULT 'weekly'
          CHECK (digest_frequency IN ('daily', 'weekly', 'off')),
        digest_hour smallint NOT NULL DEFAULT 8 CHECK (digest_hour BETWEEN 0 AND 23),
        time_zone text NOT NULL DEFAULT 'Europe/Brussels',
        last_digest_at timestamptz
      )`);
    await db.query(`
      CREATE TABLE call_deadline_reminders (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        call_id uuid NOT NULL REFERENCES funding_calls (id) ON DELETE CASCADE,
        days_left smallint NOT NULL,
        PRIMARY KEY (user_id, call_id, days_left)
      )`);
    await db.query(`ALTER TABLE outbox_mails ADD COLUMN headers jsonb NOT NULL DEFAULT '{}'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE outbox_mails DROP COLUMN headers');
    await db.query('DROP TABLE call_deadline_reminders');
    await db.query('DROP TABLE notification_settings');
    await db.query('DROP TABLE notification_channels');
    await db.query('DROP TABLE notifications');
  }
}
