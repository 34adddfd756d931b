import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Funding calls and their saves. Each deadline is stored as entered (label, local time,
 * zone, in `deadlines`) and as the instant it means (`deadlines_at`); `closes_at` is the
 * last of them (NULL for a rolling call). Status is never stored: queries compare these
 * instants with now(). Eligible countries hold ISO codes and group names, matched against
 * an organisation's country and its groups with `&&`.
 */
export class FundingCalls1764500000000 implements MigrationInterface {
  name = 'FundingCalls1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE funding_calls (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        title text NOT NULL,
        summary text NOT NULL,
        description text NOT NULL DEFAULT '',
        description_html text NOT NULL DEFAULT '',
        programme text,
        apply_url text NOT NULL,
        currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        total_budget bigint CHECK (total_budget >= 0),
        min_grant bigint CHECK (min_grant >= 0),
        max_grant bigint CHECK (max_grant >= 0),
        expected_grants integer CHECK (expected_grants > 0),
        co_funding_rate numeric(5, 2) CHECK (co_funding_rate BETWEEN 0 AND 100),
        opens_local text,
        opens_time_zone text,
        opens_at timestamptz,
        deadline_model text NOT NULL
          CHECK (deadline_model IN ('single_stage', 'two_stage', 'multiple_cutoffs', 'rolling')),
        deadlines jsonb NOT NULL DEFAULT '[]',
        deadlines_at timestamptz[] NOT NULL DEFAULT '{}',
        closes_at timestamptz,
        eligible_countries text[] NOT NULL DEFAULT '{}',
        eligible_kinds text[] NOT NULL DEFAULT '{}',
        topics text[] NOT NULL DEFAULT '{}',
        languages text[] NOT NULL DEFAULT '{}',
        min_partners integer CHECK (min_partners > 0),
        min_countries integer CHECK (min_countries > 0),
        contact text,
        sequence integer NOT NULL DEFAULT 0,
        hidden_at timestamptz,
        hidden_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (min_grant IS NULL OR max_grant IS NULL OR min_grant <= max_grant),
        CHECK (max_grant IS NULL OR total_budget IS NULL OR max_grant <= total_budget),
        CHECK ((deadline_model = 'rolling') = (closes_at IS NULL))
      )`);
    // The directory by deadline reads the calls not yet closed; by publication, newest first.
    await db.query(
      'CREATE INDEX funding_calls_closes_idx ON funding_calls (closes_at, id) WHERE hidden_at IS NULL',
    );
    await db.query(
      'CREATE INDEX funding_calls_published_idx ON funding_calls (created_at DESC, id DESC) WHERE hidden_at IS NULL',
    );
    await db.query(
      'CREATE INDEX funding_calls_organisation_idx ON funding_calls (organisation_id, created_at DESC, id DESC)',
    );
    await db.query(
      'CREATE INDEX funding_calls_countries_idx ON funding_calls USING gin (eligible_countries)',
    );
    await db.query('CREATE INDEX funding_calls_kinds_idx ON funding_calls USING gin (eligible_kinds)');
    await db.query('CREATE INDEX funding_calls_topics_idx ON funding_calls USING gin (topics)');

    await db.query(`
      CREATE TABLE funding_call_saves (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        call_id uuid NOT NULL REFERENCES funding_calls (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        organisation_id uuid REFERENCES organisations (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      'CREATE UNIQUE INDEX funding_call_saves_personal_key ON funding_call_saves (call_id, user_id) WHERE organisation_id IS NULL',
    );
    await db.query(
      'CREATE UNIQUE INDEX funding_call_saves_organisation_key ON funding_call_saves (call_id, organisation_id) WHERE organisation_id IS NOT NULL',
    );
    await db.query(
      'CREATE INDEX funding_call_saves_user_idx ON funding_call_saves (user_id, created_at DESC, id DESC) WHERE organisation_id IS NULL',
    );
    await db.query(
      'CREATE INDEX funding_call_saves_by_organisation_idx ON funding_call_saves (organisation_id, created_at DESC, id DESC) WHERE organisation_id IS NOT NULL',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE funding_call_saves');
    await db.query('DROP TABLE funding_calls');
  }
}
