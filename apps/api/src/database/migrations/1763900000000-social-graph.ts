import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The social graph: topics, profiles (one per account, created with it), organisations
 * with memberships and invitations, follows and blocks. Array columns carry taxonomy
 * slugs and are GIN-indexed for the directories' filters.
 */
export class SocialGraph1763900000000 implements MigrationInterface {
  name = 'SocialGraph1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');

    await db.query(`
      CREATE TABLE topics (
        slug text PRIMARY KEY,
        names jsonb NOT NULL,
        position integer NOT NULL DEFAULT 0,
        retired_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await db.query(`
      CREATE TABLE profiles (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        handle text NOT NULL,
        headline text NOT NULL DEFAULT '',
        bio text NOT NULL DEFAULT '',
        bio_html text NOT NULL DEFAULT '',
        country text,
        city text,
        city_visible boolean NOT NULL DEFAULT true,
        languages text[] NOT NULL DEFAULT '{}',
        topics text[] NOT NULL DEFAULT '{}',
        skills text[] NOT NULL DEFAULT '{}',
        offers text[] NOT NULL DEFAULT '{}',
        needs text[] NOT NULL DEFAULT '{}',
        links jsonb NOT NULL DEFAULT '[]',
        avatar_key text,
        open_to_press boolean NOT NULL DEFAULT false,
        press_topics text[] NOT NULL DEFAULT '{}',
        press_languages text[] NOT NULL DEFAULT '{}',
        visibility text NOT NULL DEFAULT 'members' CHECK (visibility IN ('public', 'members', 'hidden')),
        onboarded_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE UNIQUE INDEX profiles_handle_key ON profiles (handle)');
    await db.query('CREATE INDEX profiles_country_idx ON profiles (country)');
    for (const column of ['topics', 'languages', 'offers', 'needs']) {
      await db.query(`CREATE INDEX profiles_${column}_idx ON profiles USING gin (${column})`);
    }
    await db.query('CREATE INDEX profiles_headline_trgm_idx ON profiles USING gin (headline gin_trgm_ops)');
    // The directory orders people by name; the name lives on the account.
    await db.query('CREATE INDEX users_sort_name_idx ON users (lower(display_name), id)');
    await db.query('CREATE INDEX users_display_name_trgm_idx ON users USING gin (display_name gin_trgm_ops)');

    await db.query(`
      CREATE TABLE handle_redirects (
        old_handle text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    // Every account gets its profile in the same transaction; the handle is a readable
    // default (from the name, plus a short suffix) that onboarding lets people change.
    await db.query(`
      CREATE FUNCTION create_profile_for_user() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        base text := trim(both '-' from left(regexp_replace(lower(NEW.display_name), '[^a-z0-9]+', '-', 'g'), 20));
      BEGIN
        IF length(base) < 2 THEN base := 'member'; END IF;
        INSERT INTO profiles (user_id, handle)
        VALUES (NEW.id, base || '-' || left(replace(NEW.id::text, '-', ''), 6));
        RETURN NEW;
      END $$`);
    await db.query(
      'CREATE TRIGGER users_create_profile AFTER INSERT ON users FOR EACH ROW EXECUTE FUNCTION create_profile_for_user()',
    );
    await db.query(`
      INSERT INTO profiles (user_id, handle)
      SELECT id, coalesce(nullif(trim(both '-' from left(regexp_replace(lower(display_name), '[^a-z0-9]+', '-', 'g'), 20)), ''), 'member')
                 || '-' || left(replace(id::text, '-', ''), 6)
        FROM users`);

    await db.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL,
        name text NOT NULL,
        sort_name text GENERATED ALWAYS AS (lower(name)) STORED,
        kind text NOT NULL CHECK (kind IN ('cso', 'grassroots', 'network', 'foundation', 'public_body', 'media', 'research', 'social_enterprise')),
        country text NOT NULL,
        countries_active text[] NOT NULL DEFAULT '{}',
        topics text[] NOT NULL DEFAULT '{}',
        description text NOT NULL DEFAULT '',
        description_html text NOT NULL DEFAULT '',
        website text,
        founded_year integer,
        size text CHECK (size IN ('1-5', '6-20', '21-100', '101-500', '500+')),
        offers text[] NOT NULL DEFAULT '{}',
        needs text[] NOT NULL DEFAULT '{}',
        transparency_register_id text,
        logo_key text,
        visibility text NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'members', 'hidden')),
        show_members boolean NOT NULL DEFAULT true,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE UNIQUE INDEX organisations_slug_key ON organisations (slug)');
    await db.query('CREATE INDEX organisations_sort_name_idx ON organisations (sort_name, id)');
    await db.query('CREATE INDEX organisations_country_idx ON organisations (country)');
    await db.query('CREATE INDEX organisations_kind_idx ON organisations (kind)');
    for (const column of ['topics', 'offers', 'needs']) {
      await db.query(`CREATE INDEX organisations_${column}_idx ON organisations USING gin (${column})`);
    }
    await db.query('CREATE INDEX organisations_name_trgm_idx ON organisations USING gin (name gin_trgm_ops)');

    await db.query(`
      CREATE TABLE memberships (
        organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('owner', 'admin', 'editor', 'member')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, user_id)
      )`);
    await db.query('CREATE INDEX memberships_user_id_idx ON memberships (user_id)');

    await db.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
        invited_by uuid REFERENCES users (id) ON DELETE SET NULL,
        user_id uuid REFERENCES users (id) ON DELETE CASCADE,
        email text,
        role text NOT NULL CHECK (role IN ('owner', 'admin', 'editor', 'member')),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined', 'revoked')),
        created_at timestamptz NOT NULL DEFAULT now(),
        responded_at timestamptz,
        CHECK ((user_id IS NULL) <> (email IS NULL))
      )`);
    await db.query(
      'CREATE INDEX invitations_organisation_idx ON invitations (organisation_id, created_at DESC)',
    );
    await db.query("CREATE INDEX invitations_user_idx ON invitations (user_id) WHERE status = 'pending'");
    await db.query("CREATE INDEX invitations_email_idx ON invitations (email) WHERE status = 'pending'");

    await db.query(`
      CREATE TABLE follows (
        follower_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        target_type text NOT NULL CHECK (target_type IN ('profile', 'organisation', 'topic')),
        target_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (follower_id, target_type, target_id)
      )`);
    await db.query('CREATE INDEX follows_target_idx ON follows (target_type, target_id, created_at DESC)');

    await db.query(`
      CREATE TABLE blocks (
        blocker_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        blocked_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (blocker_id, blocked_id),
        CHECK (blocker_id <> blocked_id)
      )`);
    await db.query('CREATE INDEX blocks_blocked_id_idx ON blocks (blocked_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TRIGGER users_create_profile ON users');
    await db.query('DROP FUNCTION create_profile_for_user()');
    for (const table of [
      'blocks',
      'follows',
      'invitations',
      'memberships',
      'organisations',
      'handle_redirects',
      'profiles',
      'topics',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query('DROP INDEX users_sort_name_idx');
    await db.query('DROP INDEX users_display_name_trgm_idx');
  }
}
