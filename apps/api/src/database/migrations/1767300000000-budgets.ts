import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Participatory budgets in processes: the budgets with their voting rule and dates, the
 * projects proposed for them, and one ballot per person and budget (the unique key decides
 * under concurrent requests). Money is bigint minor units. `opening_announced_at` and
 * `results_published_at` record that the sweep has told the feeds (and, for results, the
 * voters), so each is told once.
 */
export class Budgets1767300000000 implements MigrationInterface {
  name = 'Budgets1767300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE budgets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        process_id uuid NOT NULL REFERENCES processes (id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        amount bigint NOT NULL CHECK (amount > 0),
        currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        rule jsonb NOT NULL,
        voting_opens_at timestamptz NOT NULL,
        voting_closes_at timestamptz NOT NULL,
        opening_announced_at timestamptz,
        results_published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (voting_closes_at > voting_opens_at)
      )`);
    await db.query('CREATE INDEX budgets_process_idx ON budgets (process_id, created_at DESC, id DESC)');
    await db.query(
      'CREATE INDEX budgets_opening_due_idx ON budgets (voting_opens_at) WHERE opening_announced_at IS NULL',
    );
    await db.query(
      'CREATE INDEX budgets_results_due_idx ON budgets (voting_closes_at) WHERE results_published_at IS NULL',
    );
    await db.query(`
      CREATE TABLE budget_projects (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        budget_id uuid NOT NULL REFERENCES budgets (id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        cost bigint NOT NULL CHECK (cost > 0),
        topics text[] NOT NULL DEFAULT '{}',
        location text,
        country text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX budget_projects_budget_idx ON budget_projects (budget_id, cost, id)');
    await db.query(`
      CREATE TABLE ballots (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        budget_id uuid NOT NULL REFERENCES budgets (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        checked_out_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (budget_id, user_id)
      )`);
    await db.query('CREATE INDEX ballots_user_idx ON ballots (user_id)');
    await db.query(
      'CREATE INDEX ballots_checked_out_idx ON ballots (budget_id, user_id) WHERE checked_out_at IS NOT NULL',
    );
    await db.query(`
      CREATE TABLE ballot_projects (
        ballot_id uuid NOT NULL REFERENCES ballots (id) ON DELETE CASCADE,
        project_id uuid NOT NULL REFERENCES budget_projects (id) ON DELETE CASCADE,
        PRIMARY KEY (ballot_id, project_id)
      )`);
    await db.query('CREATE INDEX ballot_projects_project_idx ON ballot_projects (project_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['ballot_projects', 'ballots', 'budget_projects', 'budgets']) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
