import type { Ballot, BudgetSummary, Project } from '@open-spaces/contracts';
import type { BallotRow, BudgetRow, ProjectRow } from './budgets.repository';
import { ballotProblems, totalCost, votingState } from './voting-rules';

export function toBudgetSummary(row: BudgetRow, now: Date): BudgetSummary {
  return {
    id: row.id,
    processId: row.process_id,
    title: row.title,
    description: row.description,
    amount: row.amount,
    currency: row.currency,
    rule: row.rule,
    votingOpensAt: row.voting_opens_at.toISOString(),
    votingClosesAt: row.voting_closes_at.toISOString(),
    votingState: votingState(now, row.voting_opens_at, row.voting_closes_at),
    ballotCount: row.ballot_count,
    createdAt: row.created_at.toISOString(),
  };
}

export function toProject(row: ProjectRow): Project {
  return {
    id: row.id,
    budgetId: row.budget_id,
    title: row.title,
    description: row.description,
    cost: row.cost,
    topics: row.topics,
    location: row.location,
    country: row.country,
    createdAt: row.created_at.toISOString(),
  };
}

/** The viewer's ballot with what it spends and what stands between it and its checkout. */
export function toBallot(row: BallotRow, budget: BudgetRow, projects: readonly ProjectRow[]): Ballot {
  const chosen = projects.filter((project) => row.project_ids.includes(project.id));
  return {
    status: row.checked_out_at ? 'checked_out' : 'draft',
    projectIds: chosen.map((project) => project.id),
    spent: totalCost(chosen),
    checkedOutAt: row.checked_out_at?.toISOString() ?? null,
    problems: row.checked_out_at ? [] : ballotProblems(budget.rule, budget.amount, chosen),
  };
}
