import type { VotingRule } from '@open-spaces/contracts';
import type { EntityManager } from 'typeorm';
import { ballotProblems, type Costed } from '../../modules/budgets/voting-rules';

interface DemoBudget {
  title: string;
  description: string;
  amount: number;
  rule: VotingRule;
  /** Days from now. */
  opens: number;
  closes: number;
  projects: { title: string; cost: number; location: string | null }[];
}

const DAY = 24 * 60 * 60 * 1000;

/** One budget open for voting now, and one whose voting closed ten days ago. */
const BUDGETS: DemoBudget[] = [
  {
    title: 'Neighbourhood climate budget',
    description:
      'Residents decide how €250,000 of the climate fund is spent this year. Choose projects that together use at least 70% of the budget.',
    amount: 250_000_00,
    rule: { type: 'knapsack', minSpendPercent: 70 },
    opens: -3,
    closes: 14,
    projects: [
      { title: 'Trees and shade on the market square', cost: 90_000_00, location: 'Market square' },
      { title: 'Protected bike lanes to the schools', cost: 120_000_00, location: 'School district' },
      { title: 'Rain gardens in three streets', cost: 45_000_00, location: null },
      { title: 'Repair café with tools and a workshop', cost: 25_000_00, location: 'Community centre' },
      { title: 'Solar panels on the sports hall', cost: 80_000_00, location: 'Sports hall' },
      { title: 'Drinking fountains in the parks', cost: 15_000_00, location: null },
    ],
  },
  {
    title: 'Youth budget',
    description:
      'Young people chose up to three projects for €60,000. Voting has closed; the results are out.',
    amount: 60_000_00,
    rule: { type: 'approval', minProjects: 1, maxProjects: 3 },
    opens: -40,
    closes: -10,
    projects: [
      { title: 'Skate park renovation', cost: 30_000_00, location: 'Riverside park' },
      { title: 'Free music rehearsal room', cost: 18_000_00, location: 'Youth centre' },
      { title: 'Night bus on weekends', cost: 25_000_00, location: null },
      { title: 'Outdoor study spots with wifi', cost: 9_000_00, location: 'Library garden' },
    ],
  },
];

/** How many demo members hold a ballot in each budget. */
const VOTERS = 18;

/**
 * Seeds participatory budgets in the first visible process (one is made for a public
 * organisation when the demo has none): one open for voting with ballots cast and some
 * still being filled, and one closed with its results. The ballots are the demo members'
 * own, each chosen from a rotation of the projects and checked out only when it keeps the
 * rule, as the API would. Openings and results are left to the announcement sweep, which
 * puts them in feeds (and tells the closed budget's voters) within a minute of the start.
 */
export async function seedDemoBudgets(tx: EntityManager): Promise<void> {
  const process = await demoProcess(tx);
  if (!process) return;
  const voters: { id: string }[] = await tx.query(
    `SELECT u.id FROM users u WHERE u.email_verified_at IS NOT NULL AND u.suspended_at IS NULL
      ORDER BY md5(u.email) LIMIT ${VOTERS}`,
  );
  for (const budget of BUDGETS) {
    const [created]: { id: string }[] = await tx.query(
      `INSERT INTO budgets (process_id, author_id, title, description, amount, currency, rule,
                            voting_opens_at, voting_closes_at)
       VALUES ($1, $2, $3, $4, $5, 'EUR', $6, $7, $8) RETURNING id`,
      [
        process.id,
        process.author_id,
        budget.title,
        budget.description,
        budget.amount,
        JSON.stringify(budget.rule),
        new Date(Date.now() + budget.opens * DAY),
        new Date(Date.now() + budget.closes * DAY),
      ],
    );
    if (!created) continue;
    const projects: Costed[] = (
      await tx.query(
        `INSERT INTO budget_projects (budget_id, author_id, title, cost, location)
         SELECT $1, $2, p.title, p.cost, p.location
           FROM jsonb_to_recordset($3::jsonb) AS p(title text, cost bigint, location text)
         RETURNING id, cost::text AS cost`,
        [created.id, process.author_id, JSON.stringify(budget.projects)],
      )
    ).map((row: { id: string; cost: string }) => ({ id: row.id, cost: Number(row.cost) }));
    const ballots = voters.map((voter, index) => ({
      userId: voter.id,
      ...ballotOf(budget, projects, index),
    }));
    await tx.query(
      `WITH b AS (
         INSERT INTO ballots (budget_id, user_id, checked_out_at)
         SELECT $1, v.user_id, CASE WHEN v.final THEN $3::timestamptz END
           FROM jsonb_to_recordset($2::jsonb) AS v(user_id uuid, final boolean)
         RETURNING id, user_id
       )
       INSERT INTO ballot_projects (ballot_id, project_id)
       SELECT b.id, c.project_id
         FROM b JOIN jsonb_to_recordset($2::jsonb) AS v(user_id uuid, projects uuid[]) ON v.user_id = b.user_id
         CROSS JOIN LATERAL unnest(v.projects) AS c(project_id)`,
      [
        created.id,
        JSON.stringify(
          ballots.map((ballot) => ({
            user_id: ballot.userId,
            final: ballot.final,
            projects: ballot.projects,
          })),
        ),
        new Date(Date.now() + Math.min(budget.closes, 0) * DAY - DAY),
      ],
    );
  }
}

/**
 * A voter's choice: the projects in an order rotated by the voter's place, taken while they
 * fit the rule's maximum. Every fifth voter of an open budget is still choosing (a draft).
 */
function ballotOf(
  budget: DemoBudget,
  projects: Costed[],
  index: number,
): { projects: string[]; final: boolean } {
  const rotated = projects
    .map((_, at) => projects[(at + index) % projects.length])
    .filter((p) => p !== undefined);
  const chosen: Costed[] = [];
  const limit = budget.rule.type === 'approval' ? 1 + (index % budget.rule.maxProjects) : projects.length;
  for (const project of rotated) {
    if (chosen.length >= limit) break;
    const next = [...chosen, project];
    if (!ballotProblems(budget.rule, budget.amount, next).some((problem) => problem.code === 'over_budget')) {
      chosen.push(project);
    }
  }
  const stillChoosing = budget.closes > 0 && index % 5 === 4;
  return {
    projects: chosen.map((project) => project.id),
    final: !stillChoosing && ballotProblems(budget.rule, budget.amount, chosen).length === 0,
  };
}

/** The process the demo's budgets belong to: the first visible one, or one made for them. */
async function demoProcess(tx: EntityManager): Promise<{ id: string; author_id: string } | null> {
  const [existing]: { id: string; author_id: string }[] = await tx.query(
    `SELECT p.id, p.author_id FROM processes p JOIN organisations o ON o.id = p.organisation_id
      WHERE p.hidden_at IS NULL AND o.visibility = 'public' AND o.hidden_at IS NULL
      ORDER BY p.created_at, p.id LIMIT 1`,
  );
  if (existing) return existing;
  const [made]: { id: string; author_id: string }[] = await tx.query(
    `WITH organiser AS (
       SELECT o.id AS organisation_id, m.user_id, o.topics FROM organisations o
         JOIN memberships m ON m.organisation_id = o.id AND m.role = 'owner'
        WHERE o.visibility = 'public' AND o.hidden_at IS NULL
        ORDER BY o.created_at, o.id LIMIT 1
     ), process AS (
       INSERT INTO processes (organisation_id, author_id, title, description, topics, scope, languages,
                              starts_at, ends_at)
       SELECT organisation_id, user_id, 'Participatory budget of the city',
              'The city''s residents propose and choose projects for this year''s budgets.',
              topics[1:3], 'local', '{en}', now() - interval '45 days', now() + interval '60 days'
         FROM organiser
       RETURNING id, author_id, starts_at, ends_at
     ), phase AS (
       INSERT INTO process_phases (process_id, position, kind, starts_at, ends_at)
       SELECT id, 0, 'information', starts_at, ends_at FROM process
     )
     SELECT id, author_id FROM process`,
  );
  return made ?? null;
}
