import type { MigrationInterface, QueryRunner } from 'typeorm';

const LISTED = `status = 'published' AND hidden_at IS NULL`;

/**
 * The repository of participation cases and their organisers and funders.
 *
 * The repository lists published cases newest first, walking (published_at, id); each
 * single-value filter has its own partial index in that order, and methods, topics and the
 * text are GIN indexes over the listed cases only. `document` is the case's words in its
 * own language's stemming and unstemmed, for the free-text filter. A case written from a
 * process or petition names it once: (source_type, source_id) is unique.
 */
export class Cases1767400000000 implements MigrationInterface {
  name = 'Cases1767400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE cases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        summary text NOT NULL,
        description text NOT NULL DEFAULT '',
        description_html text NOT NULL DEFAULT '',
        country text NOT NULL,
        place text NOT NULL DEFAULT '',
        scope text NOT NULL
          CHECK (scope IN ('neighbourhood', 'local', 'regional', 'national', 'european', 'online')),
        start_date date NOT NULL,
        end_date date,
        ongoing boolean NOT NULL DEFAULT false,
        purpose text NOT NULL DEFAULT '',
        iap2_level text NOT NULL CHECK (iap2_level IN ('inform', 'consult', 'involve', 'collaborate', 'empower')),
        methods text[] NOT NULL CHECK (cardinality(methods) > 0),
        participant_count integer CHECK (participant_count >= 0),
        recruitment text NOT NULL DEFAULT '',
        format text NOT NULL CHECK (format IN ('online', 'in_person', 'hybrid')),
        outcomes text NOT NULL DEFAULT '',
        impact text NOT NULL DEFAULT '',
        links jsonb NOT NULL DEFAULT '[]',
        topics text[] NOT NULL DEFAULT '{}',
        language text NOT NULL,
        status text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'returned', 'published')),
        submitted_by uuid REFERENCES users (id) ON DELETE SET NULL,
        submitted_at timestamptz NOT NULL DEFAULT now(),
        review_note text,
        reviewed_by uuid REFERENCES users (id) ON DELETE SET NULL,
        published_at timestamptz,
        hidden_at timestamptz,
        hidden_reason text,
        source_type text CHECK (source_type IN ('process', 'petition')),
        source_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        document tsvector GENERATED ALWAYS AS (
          to_tsvector('search_simple', title || ' ' || summary || ' ' || description)
            || to_tsvector(search_config(language), title || ' ' || summary || ' ' || description)
        ) STORED,
        CHECK ((source_type IS NULL) = (source_id IS NULL)),
        CHECK (end_date IS NULL OR end_date >= start_date),
        CHECK (NOT (ongoing AND end_date IS NOT NULL)),
        CHECK (status <> 'published' OR published_at IS NOT NULL),
        UNIQUE (source_type, source_id)
      )`);
    await db.query(`CREATE INDEX cases_listed_idx ON cases (published_at DESC, id DESC) WHERE ${LISTED}`);
    for (const column of ['country', 'scope', 'iap2_level', 'language']) {
      await db.query(
        `CREATE INDEX cases_${column}_idx ON cases (${column}, published_at DESC, id DESC) WHERE ${LISTED}`,
      );
    }
    for (const column of ['methods', 'topics', 'document']) {
      await db.query(`CREATE INDEX cases_${column}_idx ON cases USING gin (${column}) WHERE ${LISTED}`);
    }
    await db.query(`CREATE INDEX cases_submitted_idx ON cases (submitted_at, id) WHERE status = 'submitted'`);
    await db.query('CREATE INDEX cases_submitter_idx ON cases (submitted_by, created_at DESC, id DESC)');

    await db.query(`
      CREATE TABLE case_parties (
        case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('organiser', 'funder')),
        position smallint NOT NULL,
        organisation_id uuid REFERENCES organisations (id) ON DELETE SET NULL,
        name text NOT NULL,
        PRIMARY KEY (case_id, role, position)
      )`);
    await db.query(
      'CREATE INDEX case_parties_organisation_idx ON case_parties (organisation_id) WHERE organisation_id IS NOT NULL',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE case_parties');
    await db.query('DROP TABLE cases');
  }
}
