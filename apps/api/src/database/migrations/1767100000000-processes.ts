import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Participatory processes run by organisations: their phases, the ideas proposed in them,
 * supports, comments, organiser answers and follow-up updates.
 *
 * Limits per person are counted in `process_participations`, one row per person and
 * process, so that a conditional upsert on that row decides under concurrent requests.
 * `ideas.supports_count` is maintained with every support and withdrawal, and lists walk
 * (process, supports_count, id), (process, created_at, id) or (process, shuffle_key, id)
 * instead of counting supports per request.
 */
export class Processes1767100000000 implements MigrationInterface {
  name = 'Processes1767100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE processes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        description_html text NOT NULL DEFAULT '',
        topics text[] NOT NULL DEFAULT '{}',
        scope text NOT NULL CHECK (scope IN ('local', 'regional', 'national', 'european')),
        languages text[] NOT NULL DEFAULT '{}',
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        idea_limit integer CHECK (idea_limit > 0),
        support_limit integer CHECK (support_limit > 0),
        support_threshold integer CHECK (support_threshold > 0),
        answer_states text[] NOT NULL DEFAULT '{}',
        hidden_at timestamptz,
        hidden_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at > starts_at)
      )`);
    await db.query('CREATE INDEX processes_newest_idx ON processes (created_at DESC, id DESC)');
    await db.query(
      'CREATE INDEX processes_organisation_idx ON processes (organisation_id, created_at DESC, id DESC)',
    );
    await db.query('CREATE INDEX processes_topics_idx ON processes USING gin (topics)');
    await db.query(`
      CREATE TABLE process_phases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        process_id uuid NOT NULL REFERENCES processes (id) ON DELETE CASCADE,
        position integer NOT NULL,
        kind text NOT NULL CHECK (kind IN ('information', 'ideas', 'supports', 'evaluation', 'results')),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        allows_proposing boolean NOT NULL DEFAULT false,
        allows_supporting boolean NOT NULL DEFAULT false,
        allows_commenting boolean NOT NULL DEFAULT false,
        UNIQUE (process_id, position),
        CHECK (ends_at > starts_at)
      )`);
    await db.query(`
      CREATE TABLE ideas (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        process_id uuid NOT NULL REFERENCES processes (id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        title text NOT NULL,
        body text NOT NULL DEFAULT '',
        body_html text NOT NULL DEFAULT '',
        topics text[] NOT NULL DEFAULT '{}',
        city text,
        country text,
        supports_count integer NOT NULL DEFAULT 0 CHECK (supports_count >= 0),
        shuffle_key integer NOT NULL DEFAULT floor(random() * 2147483647)::integer,
        answer_state text,
        answered_at timestamptz,
        hidden_at timestamptz,
        hidden_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX ideas_newest_idx ON ideas (process_id, created_at DESC, id DESC)');
    await db.query(
      'CREATE INDEX ideas_most_supported_idx ON ideas (process_id, supports_count DESC, id DESC)',
    );
    await db.query('CREATE INDEX ideas_shuffled_idx ON ideas (process_id, shuffle_key, id)');
    await db.query('CREATE INDEX ideas_author_idx ON ideas (author_id)');
    await db.query('CREATE INDEX ideas_topics_idx ON ideas USING gin (topics)');
    await db.query(`
      CREATE TABLE idea_supports (
        idea_id uuid NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        process_id uuid NOT NULL REFERENCES processes (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (idea_id, user_id)
      )`);
    await db.query('CREATE INDEX idea_supports_user_idx ON idea_supports (user_id, process_id)');
    await db.query(`
      CREATE TABLE process_participations (
        process_id uuid NOT NULL REFERENCES processes (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        idea_count integer NOT NULL DEFAULT 0 CHECK (idea_count >= 0),
        support_count integer NOT NULL DEFAULT 0 CHECK (support_count >= 0),
        PRIMARY KEY (process_id, user_id)
      )`);
    await db.query(`
      CREATE TABLE idea_comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        parent_id uuid REFERENCES idea_comments (id) ON DELETE CASCADE,
        body text NOT NULL,
        hidden_at timestamptz,
        hidden_reason text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      'CREATE INDEX idea_comments_threads_idx ON idea_comments (idea_id, created_at, id) WHERE parent_id IS NULL',
    );
    await db.query(
      'CREATE INDEX idea_comments_replies_idx ON idea_comments (parent_id, created_at, id) WHERE parent_id IS NOT NULL',
    );
    await db.query('CREATE INDEX idea_comments_author_idx ON idea_comments (author_id)');
    await db.query(`
      CREATE TABLE idea_answers (
        idea_id uuid PRIMARY KEY REFERENCES ideas (id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        draft_state text NOT NULL,
        draft_text text NOT NULL DEFAULT '',
        published_state text,
        published_text text,
        published_text_html text,
        published_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE idea_updates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        body text NOT NULL,
        body_html text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX idea_updates_idea_idx ON idea_updates (idea_id, created_at DESC, id DESC)');
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'idea_updates',
      'idea_answers',
      'idea_comments',
      'process_participations',
      'idea_supports',
      'ideas',
      'process_phases',
      'processes',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
