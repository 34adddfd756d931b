import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Petitions, their signatures and the milestones their authors were told about.
 *
 * One signature per person and per address on a petition is the database's rule: members
 * are unique by account, and every signature (a member's included, with the address of
 * their account) by its normalised email, so a member and a visitor with the same address
 * cannot both count. `signature_count` is the confirmed signatures, kept in the transaction
 * that confirms each one; the list of shown names and the export walk
 * (confirmed_at, id). The directory walks (opened_at, id) newest first, narrowed by GIN
 * indexes on topics and countries; the closing job reads open petitions by deadline.
 */
export class Petitions1767200000000 implements MigrationInterface {
  name = 'Petitions1767200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE petitions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        author_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        organisation_id uuid REFERENCES organisations (id) ON DELETE CASCADE,
        title text NOT NULL,
        text text NOT NULL,
        text_html text NOT NULL,
        addressee text NOT NULL,
        goal integer NOT NULL CHECK (goal > 0),
        deadline timestamptz NOT NULL,
        topics text[] NOT NULL DEFAULT '{}',
        countries text[] NOT NULL DEFAULT '{}',
        language text NOT NULL,
        state text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'open', 'closed', 'delivered')),
        signature_count integer NOT NULL DEFAULT 0,
        closed_count integer,
        opened_at timestamptz,
        closed_at timestamptz,
        response text,
        response_html text,
        delivered_at timestamptz,
        hidden_at timestamptz,
        hidden_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX petitions_listed_idx ON petitions (opened_at DESC, id DESC) WHERE state <> 'draft'`,
    );
    await db.query(
      `CREATE INDEX petitions_state_idx ON petitions (state, opened_at DESC, id DESC) WHERE state <> 'draft'`,
    );
    await db.query('CREATE INDEX petitions_topics_idx ON petitions USING gin (topics)');
    await db.query('CREATE INDEX petitions_countries_idx ON petitions USING gin (countries)');
    await db.query('CREATE INDEX petitions_author_idx ON petitions (author_id, created_at DESC, id DESC)');
    await db.query(`CREATE INDEX petitions_due_idx ON petitions (deadline) WHERE state = 'open'`);

    await db.query(`
      CREATE TABLE petition_signatures (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        petition_id uuid NOT NULL REFERENCES petitions (id) ON DELETE CASCADE,
        user_id uuid REFERENCES users (id) ON DELETE CASCADE,
        email_norm text NOT NULL,
        name text NOT NULL,
        country text,
        show_name boolean NOT NULL DEFAULT false,
        share_contact boolean NOT NULL DEFAULT false,
        status text NOT NULL CHECK (status IN ('pending', 'confirmed')),
        token_hash text UNIQUE,
        token_expires_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        confirmed_at timestamptz,
        UNIQUE (petition_id, user_id),
        UNIQUE (petition_id, email_norm),
        CHECK (status = 'pending' OR confirmed_at IS NOT NULL)
      )`);
    await db.query(
      `CREATE INDEX petition_signatures_confirmed_idx ON petition_signatures (petition_id, confirmed_at, id)
        WHERE status = 'confirmed'`,
    );
    await db.query(
      `CREATE INDEX petition_signatures_pending_idx ON petition_signatures (token_expires_at)
        WHERE status = 'pending'`,
    );
    await db.query('CREATE INDEX petition_signatures_user_idx ON petition_signatures (user_id)');

    await db.query(`
      CREATE TABLE petition_milestones (
        petition_id uuid NOT NULL REFERENCES petitions (id) ON DELETE CASCADE,
        percent smallint NOT NULL,
        reached_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (petition_id, percent)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE petition_milestones');
    await db.query('DROP TABLE petition_signatures');
    await db.query('DROP TABLE petitions');
  }
}
