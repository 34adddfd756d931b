import { Injectable } from '@nestjs/common';
import type { VotingRule } from '@open-spaces/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { TimeIdPosition } from '../../common/pagination/cursor';
import { isUuid } from '../../common/validation/uuid';
import { organisationVisibleSql } from '../../common/visibility/follow-counts';

export interface BudgetRow {
  id: string;
  process_id: string;
  author_id: string;
  title: string;
  description: string;
  amount: number;
  currency: string;
  rule: VotingRule;
  voting_opens_at: Date;
  voting_closes_at: Date;
  results_published_at: Date | null;
  created_at: Date;
  updated_at: Date;
  /** The sort key as PostgreSQL writes it, for the cursor. */
  sort_key: string;
  /** Checked-out ballots. */
  ballot_count: number;
  /** Whether any ballot exists: the rule, the amount and the projects are then fixed. */
  locked: boolean;
}

export interface ProjectRow {
  id: string;
  budget_id: string;
  title: string;
  description: string;
  cost: number;
  topics: string[];
  location: string | null;
  country: string | null;
  created_at: Date;
}

export interface TallyRow extends ProjectRow {
  votes: number;
}

export interface BallotRow {
  id: string;
  checked_out_at: Date | null;
  project_ids: string[];
}

/** A budget whose opening or results the sweep just claimed, with what its activity needs. */
export interface DueBudgetRow {
  id: string;
  title: string;
  author_id: string;
  organisation_id: string;
  topics: string[];
}

/** The most projects a budget holds: a ballot page shows them all at once. */
export const MAX_PROJECTS = 200;

/** Money columns as exact integers: bigint comes from PostgreSQL as text. */
const BUDGET_COLUMNS = `b.id, b.process_id, b.author_id, b.title, b.description, b.amount::text AS amount,
  b.currency, b.rule, b.voting_opens_at, b.voting_closes_at, b.results_published_at, b.created_at,
  b.updated_at, b.created_at::text AS sort_key,
  (SELECT count(*)::int FROM ballots cb WHERE cb.budget_id = b.id AND cb.checked_out_at IS NOT NULL)
    AS ballot_count,
  EXISTS (SELECT 1 FROM ballots lb WHERE lb.budget_id = b.id) AS locked`;

const PROJECT_COLUMNS = `bp.id, bp.budget_id, bp.title, bp.description, bp.cost::text AS cost, bp.topics,
  bp.location, bp.country, bp.created_at`;

type Raw<T, K extends keyof T> = Omit<T, K> & { [key in K]: string };

function budgetOf(row: Raw<BudgetRow, 'amount'>): BudgetRow {
  return { ...row, amount: Number(row.amount) };
}

function projectOf<T extends ProjectRow>(row: Raw<T, 'cost'>): T {
  return { ...row, cost: Number(row.cost) } as T;
}

/**
 * Budgets in feeds: the budget's process is not hidden and its organisation is visible to
 * the viewer. `objectId` and `viewer` are SQL expressions.
 */
export function budgetInFeedSql(objectId: string, viewer: string): string {
  return `EXISTS (SELECT 1 FROM budgets fb JOIN processes fp ON fp.id = fb.process_id
      JOIN organisations fo ON fo.id = fp.organisation_id
     WHERE fb.id = ${objectId} AND fp.hidden_at IS NULL AND ${organisationVisibleSql('fo', viewer)})`;
}

@Injectable()
export class BudgetsRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The budget, whoever asks; the caller checks its process is visible. */
  async findById(id: string, db: EntityManager = this.dataSource.manager): Promise<BudgetRow | null> {
    const rows: Raw<BudgetRow, 'amount'>[] = await db.query(
      `SELECT ${BUDGET_COLUMNS} FROM budgets b WHERE b.id = $1`,
      [id],
    );
    return rows[0] ? budgetOf(rows[0]) : null;
  }

  /**
   * Locks the budget's row for the transaction: `share` for a voter's change (many at once),
   * `update` for an organiser's (which then sees every ballot already begun).
   */
  async lockBudget(tx: EntityManager, id: string, mode: 'share' | 'update'): Promise<BudgetRow | null> {
    await tx.query(`SELECT 1 FROM budgets WHERE id = $1 FOR ${mode === 'share' ? 'SHARE' : 'UPDATE'}`, [id]);
    return this.findById(id, tx);
  }

  /** A process's budgets, newest first, after the keyset `after`. */
  async findPage(processId: string, after: TimeIdPosition | undefined, limit: number): Promise<BudgetRow[]> {
    const rows: Raw<BudgetRow, 'amount'>[] = await this.dataSource.query(
      `SELECT ${BUDGET_COLUMNS} FROM budgets b
        WHERE b.process_id = $1
          AND ($2::timestamptz IS NULL OR (b.created_at, b.id) < ($2::timestamptz, $3::uuid))
        ORDER BY b.created_at DESC, b.id DESC
        LIMIT $4`,
      [processId, after?.at ?? null, after?.id ?? null, limit + 1],
    );
    return rows.map(budgetOf);
  }

  /** Those of these budgets the viewer may see in a feed; one query. */
  async findVisibleByIds(viewerId: string, ids: string[]): Promise<BudgetRow[]> {
    const rows: Raw<BudgetRow, 'amount'>[] = await this.dataSource.query(
      `SELECT ${BUDGET_COLUMNS} FROM budgets b
        WHERE b.id = ANY($2::uuid[]) AND ${budgetInFeedSql('b.id', '$1')}`,
      [viewerId, ids],
    );
    return rows.map(budgetOf);
  }

  /** A budget's projects, cheapest first (a budget holds at most `MAX_PROJECTS`). */
  async findProjects(budgetId: string, db: EntityManager = this.dataSource.manager): Promise<ProjectRow[]> {
    const rows: Raw<ProjectRow, 'cost'>[] = await db.query(
      `SELECT ${PROJECT_COLUMNS} FROM budget_projects bp WHERE bp.budget_id = $1 ORDER BY bp.cost, bp.id`,
      [budgetId],
    );
    return rows.map((row) => projectOf<ProjectRow>(row));
  }

  async findProject(
    budgetId: string,
    projectId: string,
    db: EntityManager = this.dataSource.manager,
  ): Promise<ProjectRow | null> {
    if (!isUuid(projectId)) return null;
    const rows: Raw<ProjectRow, 'cost'>[] = await db.query(
      `SELECT ${PROJECT_COLUMNS} FROM budget_projects bp WHERE bp.budget_id = $1 AND bp.id = $2`,
      [budgetId, projectId],
    );
    return rows[0] ? projectOf<ProjectRow>(rows[0]) : null;
  }

  /** Each project with the checked-out ballots that chose it. */
  async tally(budgetId: string): Promise<TallyRow[]> {
    const rows: Raw<TallyRow, 'cost'>[] = await this.dataSource.query(
      `SELECT ${PROJECT_COLUMNS}, count(b.id)::int AS votes
         FROM budget_projects bp
         LEFT JOIN ballot_projects bj ON bj.project_id = bp.id
         LEFT JOIN ballots b ON b.id = bj.ballot_id AND b.checked_out_at IS NOT NULL
        WHERE bp.budget_id = $1
        GROUP BY bp.id`,
      [budgetId],
    );
    return rows.map((row) => projectOf<TallyRow>(row));
  }

  async findBallot(
    budgetId: string,
    userId: string,
    db: EntityManager = this.dataSource.manager,
  ): Promise<BallotRow | null> {
    const rows: BallotRow[] = await db.query(
      `SELECT b.id, b.checked_out_at,
              COALESCE(array_agg(bj.project_id) FILTER (WHERE bj.project_id IS NOT NULL), '{}') AS project_ids
         FROM ballots b LEFT JOIN ballot_projects bj ON bj.ballot_id = b.id
        WHERE b.budget_id = $1 AND b.user_id = $2
        GROUP BY b.id`,
      [budgetId, userId],
    );
    return rows[0] ?? null;
  }

  /**
   * The person's ballot, made if it does not exist, locked until the transaction ends: the
   * unique (budget, person) key makes concurrent first requests meet on one row, and the
   * lock makes the changes to it take turns.
   */
  async takeBallot(tx: EntityManager, budgetId: string, userId: string): Promise<BallotRow> {
    await tx.query(
      `INSERT INTO ballots (budget_id, user_id) VALUES ($1, $2)
       ON CONFLICT (budget_id, user_id) DO NOTHING`,
      [budgetId, userId],
    );
    await tx.query('SELECT 1 FROM ballots WHERE budget_id = $1 AND user_id = $2 FOR UPDATE', [
      budgetId,
      userId,
    ]);
    const ballot = await this.findBallot(budgetId, userId, tx);
    if (!ballot) throw new Error('A ballot just made is missing');
    return ballot;
  }

  async addToBallot(tx: EntityManager, ballotId: string, projectId: string): Promise<void> {
    await tx.query(
      `INSERT INTO ballot_projects (ballot_id, project_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [ballotId, projectId],
    );
    await tx.query('UPDATE ballots SET updated_at = now() WHERE id = $1', [ballotId]);
  }

  async removeFromBallot(tx: EntityManager, ballotId: string, projectId: string): Promise<void> {
    await tx.query('DELETE FROM ballot_projects WHERE ballot_id = $1 AND project_id = $2', [
      ballotId,
      projectId,
    ]);
    await tx.query('UPDATE ballots SET updated_at = now() WHERE id = $1', [ballotId]);
  }

  async checkOut(tx: EntityManager, ballotId: string): Promise<void> {
    await tx.query('UPDATE ballots SET checked_out_at = now(), updated_at = now() WHERE id = $1', [ballotId]);
  }

  async countProjects(tx: EntityManager, budgetId: string): Promise<number> {
    const [row]: { n: number }[] = await tx.query(
      'SELECT count(*)::int AS n FROM budget_projects WHERE budget_id = $1',
      [budgetId],
    );
    return row?.n ?? 0;
  }

  /** The most any project of the budget costs, to check a new amount against. */
  async highestCost(tx: EntityManager, budgetId: string): Promise<number> {
    const [row]: { cost: string | null }[] = await tx.query(
      'SELECT max(cost)::text AS cost FROM budget_projects WHERE budget_id = $1',
      [budgetId],
    );
    return row?.cost ? Number(row.cost) : 0;
  }

  /** Claims the budgets whose voting opened by `now` and was not yet announced. */
  claimOpenings(tx: EntityManager, now: Date): Promise<DueBudgetRow[]> {
    return this.claim(tx, 'opening_announced_at', 'voting_opens_at', now);
  }

  /** Claims the budgets whose voting closed by `now` and whose results were not yet published. */
  claimResults(tx: EntityManager, now: Date): Promise<DueBudgetRow[]> {
    return this.claim(tx, 'results_published_at', 'voting_closes_at', now);
  }

  private async claim(
    tx: EntityManager,
    mark: 'opening_announced_at' | 'results_published_at',
    due: 'voting_opens_at' | 'voting_closes_at',
    now: Date,
  ): Promise<DueBudgetRow[]> {
    const [rows]: [DueBudgetRow[], number] = await tx.query(
      `UPDATE budgets b SET ${mark} = $1
         FROM processes p
        WHERE p.id = b.process_id AND b.${mark} IS NULL AND b.${due} <= $1
          AND b.id IN (SELECT id FROM budgets WHERE ${mark} IS NULL AND ${due} <= $1
                        ORDER BY ${due} LIMIT 100 FOR UPDATE SKIP LOCKED)
       RETURNING b.id, b.title, b.author_id, p.organisation_id, p.topics`,
      [now],
    );
    return rows;
  }

  /** The people whose checked-out ballots count in these budgets, whose accounts are not suspended. */
  async votersOf(tx: EntityManager, budgetIds: string[]): Promise<{ budget_id: string; user_id: string }[]> {
    return tx.query(
      `SELECT b.budget_id, b.user_id FROM ballots b JOIN users u ON u.id = b.user_id
        WHERE b.budget_id = ANY($1::uuid[]) AND b.checked_out_at IS NOT NULL AND u.suspended_at IS NULL`,
      [budgetIds],
    );
  }

  /** The budgets whose voting dates a person's calendar shows: the ones they hold a ballot in. */
  async findWithBallotOf(userId: string): Promise<BudgetRow[]> {
    const rows: Raw<BudgetRow, 'amount'>[] = await this.dataSource.query(
      `SELECT ${BUDGET_COLUMNS} FROM ballots v JOIN budgets b ON b.id = v.budget_id
         JOIN processes p ON p.id = b.process_id
        WHERE v.user_id = $1 AND p.hidden_at IS NULL AND b.voting_closes_at > now() - interval '30 days'`,
      [userId],
    );
    return rows.map(budgetOf);
  }
}
