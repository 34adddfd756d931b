import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tools directory with organisations' "we use it" notes, reports and the moderators'
 * audit log, account suspension, and the moderation state of profiles and organisations.
 * A report keeps what the object was when it was reported (title, path, responsible
 * account), so the queue is read in one query whatever kinds of objects it holds.
 */
export class ToolsAndModeration1764600000000 implements MigrationInterface {
  name = 'ToolsAndModeration1764600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE tools (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL,
        name text NOT NULL,
        sort_name text GENERATED ALWAYS AS (lower(name)) STORED,
        website text NOT NULL,
        category text NOT NULL CHECK (category IN ('video_calls', 'documents', 'secure_messaging',
          'project_management', 'crm', 'fundraising', 'petitions', 'surveys', 'e_participation', 'other')),
        description text NOT NULL DEFAULT '',
        description_html text NOT NULL DEFAULT '',
        open_source boolean NOT NULL DEFAULT false,
        self_hostable boolean NOT NULL DEFAULT false,
        hosted_in_eu boolean NOT NULL DEFAULT false,
        gdpr_notes text NOT NULL DEFAULT '',
        languages text[] NOT NULL DEFAULT '{}',
        price_model text NOT NULL CHECK (price_model IN ('free', 'freemium', 'paid', 'donation')),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
        proposed_by uuid REFERENCES users (id) ON DELETE SET NULL,
        reviewed_by uuid REFERENCES users (id) ON DELETE SET NULL,
        reviewed_at timestamptz,
        hidden_at timestamptz,
        hidden_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE UNIQUE INDEX tools_slug_key ON tools (slug)');
    await db.query(
      `CREATE INDEX tools_listed_idx ON tools (sort_name, id) WHERE status = 'approved' AND hidden_at IS NULL`,
    );
    await db.query(
      `CREATE INDEX tools_category_idx ON tools (category, sort_name, id) WHERE status = 'approved' AND hidden_at IS NULL`,
    );
    await db.query(`CREATE INDEX tools_pending_idx ON tools (sort_name, id) WHERE status = 'pending'`);
    await db.query('CREATE INDEX tools_languages_idx ON tools USING gin (languages)');

    await db.query(`
      CREATE TABLE tool_usages (
        tool_id uuid NOT NULL REFERENCES tools (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
        note text NOT NULL DEFAULT '',
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tool_id, organisation_id)
      )`);
    await db.query(
      'CREATE INDEX tool_usages_list_idx ON tool_usages (tool_id, updated_at DESC, organisation_id DESC)',
    );
    await db.query('CREATE INDEX tool_usages_organisation_idx ON tool_usages (organisation_id)');

    await db.query(`
      CREATE TABLE reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reporter_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        object_type text NOT NULL,
        object_id text NOT NULL,
        reason text NOT NULL CHECK (reason IN ('spam', 'harassment', 'hate', 'misinformation', 'privacy', 'illegal', 'other')),
        note text NOT NULL DEFAULT '',
        title text NOT NULL,
        path text NOT NULL,
        responsible_id uuid REFERENCES users (id) ON DELETE SET NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'dismissed', 'actioned')),
        closed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE UNIQUE INDEX reports_one_open_per_reporter ON reports (reporter_id, object_type, object_id) WHERE status = 'open'`,
    );
    await db.query(
      `CREATE INDEX reports_open_idx ON reports (object_type, object_id, created_at DESC) WHERE status = 'open'`,
    );

    await db.query(`
      CREATE TABLE moderation_actions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        moderator_id uuid REFERENCES users (id) ON DELETE SET NULL,
        action text NOT NULL,
        object_type text NOT NULL,
        object_id text NOT NULL,
        reason text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      'CREATE INDEX moderation_actions_list_idx ON moderation_actions (created_at DESC, id DESC)',
    );

    await db.query('ALTER TABLE users ADD COLUMN suspended_at timestamptz');
    await db.query(
      'ALTER TABLE organisations ADD COLUMN hidden_at timestamptz, ADD COLUMN hidden_reason text',
    );
    await db.query('ALTER TABLE profiles ADD COLUMN hidden_at timestamptz, ADD COLUMN hidden_reason text');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE profiles DROP COLUMN hidden_at, DROP COLUMN hidden_reason');
    await db.query('ALTER TABLE organisations DROP COLUMN hidden_at, DROP COLUMN hidden_reason');
    await db.query('ALTER TABLE users DROP COLUMN suspended_at');
    await db.query('DROP TABLE moderation_actions');
    await db.query('DROP TABLE reports');
    await db.query('DROP TABLE tool_usages');
    await db.query('DROP TABLE tools');
  }
}
