import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1763805600000 implements MigrationInterface {
  name = 'Accounts1763805600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        password_hash text NOT NULL,
        display_name text NOT NULL,
        role text NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'moderator', 'admin')),
        email_verified_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE UNIQUE INDEX users_email_key ON users (email)');

    await db.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        user_agent text,
        ip text
      )`);
    await db.query('CREATE INDEX sessions_user_id_idx ON sessions (user_id, created_at DESC)');

    await db.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at timestamptz
      )`);
    await db.query('CREATE UNIQUE INDEX refresh_tokens_token_hash_key ON refresh_tokens (token_hash)');
    await db.query('CREATE INDEX refresh_tokens_session_id_idx ON refresh_tokens (session_id)');

    await db.query(`
      CREATE TABLE account_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('verify_email', 'reset_password')),
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE UNIQUE INDEX account_tokens_token_hash_key ON account_tokens (token_hash)');
    await db.query('CREATE INDEX account_tokens_user_id_idx ON account_tokens (user_id, purpose)');

    await db.query(`
      CREATE TABLE outbox_mails (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        links text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        last_error text
      )`);
    await db.query('CREATE INDEX outbox_mails_recipient_idx ON outbox_mails (recipient, created_at DESC)');

    await db.query(`
      CREATE TABLE app_metadata (
        key text PRIMARY KEY,
        value jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await db.query(`
      CREATE TABLE rate_limit_buckets (
        key text PRIMARY KEY,
        window_started_at timestamptz NOT NULL,
        hits integer NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'rate_limit_buckets',
      'app_metadata',
      'outbox_mails',
      'account_tokens',
      'refresh_tokens',
      'sessions',
      'users',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
