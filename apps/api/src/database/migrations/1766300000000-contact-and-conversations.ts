import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contact by consent: each person's choice to take contact requests (NULL follows "open to
 * press", so press contacts take them until they pause), the requests with their answer,
 * and the 1:1 conversations an accepted request (or a shared organisation) opens, with
 * their messages and each side's read marker.
 *
 * A pair has at most one pending request per direction and one conversation. Message ids
 * grow with time and are the thread's cursor; each participant row carries the
 * conversation's last activity so a person's list is one index scan.
 */
export class ContactAndConversations1766300000000 implements MigrationInterface {
  name = 'ContactAndConversations1766300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE profiles ADD COLUMN accepts_contact_requests boolean');
    await db.query(
      'CREATE INDEX profiles_press_topics_idx ON profiles USING gin (press_topics) WHERE open_to_press',
    );
    await db.query(`
      CREATE TABLE conversations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_low uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        user_high uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (user_low < user_high),
        UNIQUE (user_low, user_high)
      )`);
    await db.query(`
      CREATE TABLE conversation_participants (
        conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        other_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        read_up_to bigint NOT NULL DEFAULT 0,
        last_activity_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (conversation_id, user_id)
      )`);
    await db.query(
      `CREATE INDEX conversation_participants_list_idx
         ON conversation_participants (user_id, last_activity_at DESC, conversation_id DESC)`,
    );
    await db.query(`
      CREATE TABLE messages (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        sender_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX messages_conversation_idx ON messages (conversation_id, id DESC)');
    await db.query(`
      CREATE TABLE contact_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        sender_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        recipient_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        subject text NOT NULL,
        outlet text NOT NULL,
        deadline date,
        message text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined')),
        created_at timestamptz NOT NULL DEFAULT now(),
        answered_at timestamptz,
        conversation_id uuid REFERENCES conversations (id) ON DELETE SET NULL,
        CHECK (sender_id <> recipient_id)
      )`);
    await db.query(
      `CREATE UNIQUE INDEX contact_requests_pending_key ON contact_requests (sender_id, recipient_id)
        WHERE status = 'pending'`,
    );
    await db.query(
      'CREATE INDEX contact_requests_received_idx ON contact_requests (recipient_id, created_at DESC, id DESC)',
    );
    await db.query(
      'CREATE INDEX contact_requests_sent_idx ON contact_requests (sender_id, created_at DESC, id DESC)',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE contact_requests');
    await db.query('DROP TABLE messages');
    await db.query('DROP TABLE conversation_participants');
    await db.query('DROP TABLE conversations');
    await db.query('DROP INDEX profiles_press_topics_idx');
    await db.query('ALTER TABLE profiles DROP COLUMN accepts_contact_requests');
  }
}
