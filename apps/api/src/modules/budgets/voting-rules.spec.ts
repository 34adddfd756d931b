import type { VotingRule } from '@open-spaces/contracts';
import {
  additionProblem,
  ballotProblems,
  minimumSpend,
  selectWinners,
  type Tallied,
  totalCost,
  votingState,
} from './voting-rules';

const knapsack70: VotingRule = { type: 'knapsack', minSpendPercent: 70 };
const approval2to3: VotingRule = { type: 'approval', minProjects: 2, maxProjects: 3 };

function project(id: string, cost: number) {
  return { id, cost };
}

function tallied(id: string, cost: number, votes: number): Tallied {
  return { id, cost, votes };
}

describe('minimumSpend', () => {
  it.each([
    [100_000, 70, 70_000],
    [100_000, 0, 0],
    [100_000, 100, 100_000],
    [10, 70, 7],
    [11, 70, 8],
    [1, 70, 1],
    [1, 1, 1],
    [99, 1, 1],
    [101, 1, 2],
    [3, 33, 1],
    [10_000_000_000_000, 70, 7_000_000_000_000],
    [9_999_999_999_999, 70, 7_000_000_000_000],
  ])('of %i at %i%% is %i, rounded up', (amount, percent, expected) => {
    expect(minimumSpend(amount, percent)).toBe(expected);
  });

  it('stays an integer for the largest budgets', () => {
    expect(Number.isSafeInteger(minimumSpend(10_000_000_000_000, 99))).toBe(true);
  });
});

describe('totalCost', () => {
  it('adds the costs', () => {
    expect(totalCost([project('a', 1), project('b', 2), project('c', 3)])).toBe(6);
  });

  it('is zero for no project', () => {
    expect(totalCost([])).toBe(0);
  });
});

describe('ballotProblems under a knapsack rule', () => {
  it('accepts a ballot that spends exactly the budget', () => {
    expect(ballotProblems(knapsack70, 1000, [project('a', 600), project('b', 400)])).toEqual([]);
  });

  it('accepts a ballot that spends exactly the minimum', () => {
    expect(ballotProblems(knapsack70, 1000, [project('a', 700)])).toEqual([]);
  });

  it('refuses a ballot one unit under the minimum', () => {
    expect(ballotProblems(knapsack70, 1000, [project('a', 699)])).toEqual([
      { code: 'under_minimum_spend', spent: 699, minimum: 700 },
    ]);
  });

  it('refuses a ballot one unit over the budget', () => {
    expect(ballotProblems(knapsack70, 1000, [project('a', 600), project('b', 401)])).toEqual([
      { code: 'over_budget', spent: 1001, limit: 1000 },
    ]);
  });

  it('accepts one project that costs exactly the budget', () => {
    expect(ballotProblems(knapsack70, 1000, [project('a', 1000)])).toEqual([]);
  });

  it('refuses an empty ballot even when the minimum share is zero', () => {
    expect(ballotProblems({ type: 'knapsack', minSpendPercent: 0 }, 1000, [])).toEqual([
      { code: 'under_minimum_spend', spent: 0, minimum: 0 },
    ]);
  });

  it('accepts any non-empty ballot within the budget when the minimum share is zero', () => {
    expect(ballotProblems({ type: 'knapsack', minSpendPercent: 0 }, 1000, [project('a', 1)])).toEqual([]);
  });

  it('asks for the whole budget at 100%', () => {
    const rule: VotingRule = { type: 'knapsack', minSpendPercent: 100 };
    expect(ballotProblems(rule, 1000, [project('a', 999)])).toEqual([
      { code: 'under_minimum_spend', spent: 999, minimum: 1000 },
    ]);
    expect(ballotProblems(rule, 1000, [project('a', 999), project('b', 1)])).toEqual([]);
  });

  it('rounds the minimum up, so a share of an odd budget is never undercut', () => {
    expect(ballotProblems(knapsack70, 11, [project('a', 7)])).toEqual([
      { code: 'under_minimum_spend', spent: 7, minimum: 8 },
    ]);
    expect(ballotProblems(knapsack70, 11, [project('a', 8)])).toEqual([]);
  });

  it('reports the over-budget problem before the minimum', () => {
    expect(ballotProblems(knapsack70, 1000, [project('a', 5000)])).toEqual([
      { code: 'over_budget', spent: 5000, limit: 1000 },
    ]);
  });

  it('counts exactly with large amounts in minor units', () => {
    const amount = 9_007_199_254_740;
    expect(ballotProblems(knapsack70, amount, [project('a', amount - 1), project('b', 1)])).toEqual([]);
    expect(ballotProblems(knapsack70, amount, [project('a', amount), project('b', 1)])).toEqual([
      { code: 'over_budget', spent: amount + 1, limit: amount },
    ]);
  });
});

describe('ballotProblems under an approval rule', () => {
  it.each([
    [0, [{ code: 'too_few_projects', chosen: 0, minimum: 2 }]],
    [1, [{ code: 'too_few_projects', chosen: 1, minimum: 2 }]],
    [2, []],
    [3, []],
    [4, [{ code: 'too_many_projects', chosen: 4, maximum: 3 }]],
  ])('with %i projects chosen between 2 and 3 reports %j', (count, expected) => {
    const chosen = Array.from({ length: count }, (_, index) => project(`p${index}`, 500));
    expect(ballotProblems(approval2to3, 1000, chosen)).toEqual(expected);
  });

  it('ignores what the chosen projects cost', () => {
    expect(ballotProblems(approval2to3, 1000, [project('a', 900), project('b', 900)])).toEqual([]);
  });

  it('accepts exactly one when minimum and maximum are one', () => {
    const rule: VotingRule = { type: 'approval', minProjects: 1, maxProjects: 1 };
    expect(ballotProblems(rule, 1000, [project('a', 1)])).toEqual([]);
    expect(ballotProblems(rule, 1000, [project('a', 1), project('b', 1)])).toEqual([
      { code: 'too_many_projects', chosen: 2, maximum: 1 },
    ]);
  });
});

describe('additionProblem', () => {
  it('lets a project join while the ballot stays within the budget', () => {
    expect(additionProblem(knapsack70, 1000, [project('a', 600)], project('b', 400))).toBeNull();
  });

  it('refuses a project that would take the ballot over the budget', () => {
    expect(additionProblem(knapsack70, 1000, [project('a', 600)], project('b', 401))).toEqual({
      code: 'over_budget',
      spent: 1001,
      limit: 1000,
    });
  });

  it('lets a project that costs exactly the budget join an empty ballot', () => {
    expect(additionProblem(knapsack70, 1000, [], project('a', 1000))).toBeNull();
  });

  it('does not check the minimum while the ballot is being filled', () => {
    expect(additionProblem(knapsack70, 1000, [], project('a', 1))).toBeNull();
  });

  it('treats a project already chosen as no change', () => {
    expect(additionProblem(knapsack70, 1000, [project('a', 1000)], project('a', 1000))).toBeNull();
  });

  it('refuses a project beyond the approval maximum', () => {
    const chosen = [project('a', 1), project('b', 1), project('c', 1)];
    expect(additionProblem(approval2to3, 1000, chosen, project('d', 1))).toEqual({
      code: 'too_many_projects',
      chosen: 4,
      maximum: 3,
    });
  });

  it('lets an approval ballot reach its maximum', () => {
    expect(
      additionProblem(approval2to3, 1000, [project('a', 1), project('b', 1)], project('c', 1)),
    ).toBeNull();
  });
});

describe('votingState', () => {
  const opens = new Date('2027-01-10T09:00:00Z');
  const closes = new Date('2027-01-20T09:00:00Z');

  it.each([
    ['2027-01-01T00:00:00Z', 'upcoming'],
    ['2027-01-10T08:59:59.999Z', 'upcoming'],
    ['2027-01-10T09:00:00Z', 'open'],
    ['2027-01-20T08:59:59.999Z', 'open'],
    ['2027-01-20T09:00:00Z', 'closed'],
    ['2028-01-01T00:00:00Z', 'closed'],
  ])('at %s is %s', (now, expected) => {
    expect(votingState(new Date(now), opens, closes)).toBe(expected);
  });
});

describe('selectWinners', () => {
  it('selects by votes while the projects fit', () => {
    const ranked = selectWinners(1000, [tallied('a', 500, 10), tallied('b', 400, 8), tallied('c', 200, 5)]);
    expect(ranked.map((row) => [row.project.id, row.rank, row.selected])).toEqual([
      ['a', 1, true],
      ['b', 2, true],
      ['c', 3, false],
    ]);
  });

  it('skips a project that no longer fits and goes on with cheaper ones', () => {
    const ranked = selectWinners(1000, [
      tallied('a', 600, 10),
      tallied('b', 500, 9),
      tallied('c', 400, 8),
      tallied('d', 100, 1),
    ]);
    expect(ranked.filter((row) => row.selected).map((row) => row.project.id)).toEqual(['a', 'c']);
  });

  it('selects a project that costs exactly the budget, and nothing after it', () => {
    const ranked = selectWinners(1000, [tallied('a', 1000, 5), tallied('b', 1, 4)]);
    expect(ranked.map((row) => row.selected)).toEqual([true, false]);
  });

  it('fills the budget to the last unit', () => {
    const ranked = selectWinners(1000, [tallied('a', 999, 5), tallied('b', 1, 4), tallied('c', 1, 3)]);
    expect(ranked.map((row) => row.selected)).toEqual([true, true, false]);
  });

  it('never selects a project without a vote, even when it fits', () => {
    const ranked = selectWinners(1000, [tallied('a', 100, 3), tallied('b', 100, 0)]);
    expect(ranked.map((row) => [row.project.id, row.selected])).toEqual([
      ['a', true],
      ['b', false],
    ]);
  });

  it('breaks a tie in votes by the cheaper project first', () => {
    const ranked = selectWinners(1000, [tallied('a', 700, 5), tallied('b', 600, 5)]);
    expect(ranked.map((row) => [row.project.id, row.rank, row.selected])).toEqual([
      ['b', 1, true],
      ['a', 1, false],
    ]);
  });

  it('breaks a tie in votes and cost by id, whatever order the projects came in', () => {
    const one = selectWinners(1000, [tallied('b', 600, 5), tallied('a', 600, 5)]);
    const other = selectWinners(1000, [tallied('a', 600, 5), tallied('b', 600, 5)]);
    expect(one.map((row) => row.project.id)).toEqual(['a', 'b']);
    expect(other).toEqual(one);
    expect(one.map((row) => row.selected)).toEqual([true, false]);
  });

  it('ranks like a competition: equal votes share a rank and the next rank skips', () => {
    const ranked = selectWinners(10_000, [
      tallied('a', 1, 9),
      tallied('b', 2, 7),
      tallied('c', 3, 7),
      tallied('d', 4, 2),
    ]);
    expect(ranked.map((row) => row.rank)).toEqual([1, 2, 2, 4]);
  });

  it('selects nothing when nobody voted', () => {
    expect(selectWinners(1000, [tallied('a', 1, 0)]).map((row) => row.selected)).toEqual([false]);
  });

  it('is empty without projects', () => {
    expect(selectWinners(1000, [])).toEqual([]);
  });

  it('keeps the projects’ own fields', () => {
    const [row] = selectWinners(1000, [{ ...tallied('a', 1, 1), title: 'Benches' }]);
    expect(row?.project.title).toBe('Benches');
  });

  it('does not change the list it was given', () => {
    const projects = [tallied('b', 1, 1), tallied('a', 1, 2)];
    selectWinners(1000, projects);
    expect(projects.map((item) => item.id)).toEqual(['b', 'a']);
  });
});
