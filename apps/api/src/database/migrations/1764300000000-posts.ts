import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Posts (news, stories, guides, experience reports, best practices), their comments (one
 * level of replies), "useful" reactions and the redirects of changed slugs. Lists read
 * published posts newest first by (published_at, id), so every list filter has an index
 * in that order or a GIN index on its array.
 */
export class Posts1764300000000 implements MigrationInterface {
  name = 'Posts1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE posts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        author_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        organisation_id uuid REFERENCES organisations (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('news', 'story', 'guide', 'experience_report', 'best_practice')),
        slug text NOT NULL,
        title text NOT NULL,
        summary text NOT NULL DEFAULT '',
        body text NOT NULL DEFAULT '',
        body_html text NOT NULL DEFAULT '',
        cover_key text,
        cover_alt text,
        topics text[] NOT NULL DEFAULT '{}',
        countries text[] NOT NULL DEFAULT '{}',
        language text NOT NULL,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'archived')),
        audience text NOT NULL DEFAULT 'public' CHECK (audience IN ('public', 'members', 'organisation')),
        published_at timestamptz,
        edited_at timestamptz,
        hidden_at timestamptz,
        hidden_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (status = 'draft' OR published_at IS NOT NULL),
        CHECK (audience <> 'organisation' OR organisation_id IS NOT NULL)
      )`);
    await db.query('CREATE UNIQUE INDEX posts_slug_key ON posts (slug)');
    const listed = "WHERE status = 'published' AND hidden_at IS NULL";
    await db.query(`CREATE INDEX posts_latest_idx ON posts (published_at DESC, id DESC) ${listed}`);
    await db.query(`CREATE INDEX posts_kind_idx ON posts (kind, published_at DESC, id DESC) ${listed}`);
    await db.query(
      `CREATE INDEX posts_language_idx ON posts (language, published_at DESC, id DESC) ${listed}`,
    );
    await db.query(
      `CREATE INDEX posts_organisation_idx ON posts (organisation_id, published_at DESC, id DESC) ${listed}`,
    );
    await db.query(
      `CREATE INDEX posts_author_idx ON posts (author_id, published_at DESC, id DESC) ${listed}`,
    );
    // One GIN index over both arrays serves a topic, a country, or both at once.
    await db.query(
      `CREATE INDEX posts_countries_topics_idx ON posts USING gin (countries, topics) ${listed}`,
    );
    await db.query('CREATE INDEX posts_mine_idx ON posts (author_id, created_at DESC, id DESC)');

    await db.query(`
      CREATE TABLE post_slug_redirects (
        old_slug text PRIMARY KEY,
        post_id uuid NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX post_slug_redirects_post_idx ON post_slug_redirects (post_id)');

    await db.query(`
      CREATE TABLE post_comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id uuid NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
        parent_id uuid REFERENCES post_comments (id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        body text NOT NULL,
        body_html text NOT NULL,
        edited_at timestamptz,
        hidden_at timestamptz,
        hidden_reason text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      'CREATE INDEX post_comments_threads_idx ON post_comments (post_id, created_at, id) WHERE parent_id IS NULL',
    );
    await db.query(
      'CREATE INDEX post_comments_replies_idx ON post_comments (parent_id, created_at, id) WHERE parent_id IS NOT NULL',
    );
    await db.query('CREATE INDEX post_comments_author_idx ON post_comments (author_id)');

    await db.query(`
      CREATE TABLE post_reactions (
        post_id uuid NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (post_id, user_id)
      )`);
    await db.query('CREATE INDEX post_reactions_user_idx ON post_reactions (user_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE post_reactions');
    await db.query('DROP TABLE post_comments');
    await db.query('DROP TABLE post_slug_redirects');
    await db.query('DROP TABLE posts');
  }
}
