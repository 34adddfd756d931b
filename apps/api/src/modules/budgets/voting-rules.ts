import type { BallotProblem, VotingRule, VotingState } from '@open-spaces/contracts';

/**
 * The rules of a participatory budget, as pure functions over integer minor units. No
 * floating point touches money: shares of a budget are computed with bigint.
 */

export interface Costed {
  id: string;
  cost: number;
}

/** The least a knapsack ballot must spend: `minSpendPercent` of the budget, rounded up. */
export function minimumSpend(amount: number, minSpendPercent: number): number {
  return Number((BigInt(amount) * BigInt(minSpendPercent) + 99n) / 100n);
}

export function totalCost(projects: readonly Costed[]): number {
  return projects.reduce((sum, project) => sum + project.cost, 0);
}

/**
 * What stands between a ballot and its checkout, empty when it keeps the rule. A knapsack
 * ballot spends between the minimum and the whole budget, both included; an approval
 * ballot chooses between the minimum and the maximum number of projects, both included.
 */
export function ballotProblems(rule: VotingRule, amount: number, chosen: readonly Costed[]): BallotProblem[] {
  if (rule.type === 'approval') {
    if (chosen.length < rule.minProjects) {
      return [{ code: 'too_few_projects', chosen: chosen.length, minimum: rule.minProjects }];
    }
    if (chosen.length > rule.maxProjects) {
      return [{ code: 'too_many_projects', chosen: chosen.length, maximum: rule.maxProjects }];
    }
    return [];
  }
  const spent = totalCost(chosen);
  if (spent > amount) return [{ code: 'over_budget', spent, limit: amount }];
  const minimum = minimumSpend(amount, rule.minSpendPercent);
  if (chosen.length === 0 || spent < minimum) {
    return [{ code: 'under_minimum_spend', spent, minimum }];
  }
  return [];
}

/**
 * Whether a project may join a ballot that is still being filled: it must not take a
 * knapsack ballot over the budget, nor an approval ballot over its maximum. The minimums
 * are checked only at checkout, since a ballot grows one project at a time.
 */
export function additionProblem(
  rule: VotingRule,
  amount: number,
  chosen: readonly Costed[],
  project: Costed,
): BallotProblem | null {
  if (chosen.some((item) => item.id === project.id)) return null;
  if (rule.type === 'approval') {
    const count = chosen.length + 1;
    return count > rule.maxProjects
      ? { code: 'too_many_projects', chosen: count, maximum: rule.maxProjects }
      : null;
  }
  const spent = totalCost(chosen) + project.cost;
  return spent > amount ? { code: 'over_budget', spent, limit: amount } : null;
}

export function votingState(now: Date, opensAt: Date, closesAt: Date): VotingState {
  if (now.getTime() < opensAt.getTime()) return 'upcoming';
  if (now.getTime() < closesAt.getTime()) return 'open';
  return 'closed';
}

export interface Tallied extends Costed {
  votes: number;
}

export interface RankedProject<T extends Tallied> {
  project: T;
  rank: number;
  selected: boolean;
}

/**
 * Ranks the projects and chooses the winners, greedily: in rank order, each project that
 * still fits in what is left of the budget is selected; one that no longer fits is skipped
 * and cheaper ones below it may still be chosen. A project without a vote is never
 * selected.
 *
 * Ties, deterministically: more votes first; among equal votes the cheaper project first
 * (so the budget goes further); then by id, so the same votes always give
 * the same results. Projects with equal votes share the rank of the first of them
 * (competition ranking: 1, 2, 2, 4).
 */
export function selectWinners<T extends Tallied>(amount: number, projects: readonly T[]): RankedProject<T>[] {
  const ordered = [...projects].sort(
    (a, b) => b.votes - a.votes || a.cost - b.cost || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  let left = amount;
  let rank = 0;
  return ordered.map((project, index) => {
    const previous = ordered[index - 1];
    if (!previous || previous.votes !== project.votes) rank = index + 1;
    const selected = project.votes > 0 && project.cost <= left;
    if (selected) left -= project.cost;
    return { project, rank, selected };
  });
}
