import type { BallotProblem } from '@open-spaces/contracts';
import { AppException } from '../../common/errors/app.exception';
import { MAX_PROJECTS } from './budgets.repository';

/** Says what a rule problem means, for the `errors` of a refused ballot. */
function describe(problem: BallotProblem): string {
  switch (problem.code) {
    case 'over_budget':
      return `The chosen projects cost ${problem.spent}, more than the budget of ${problem.limit}.`;
    case 'under_minimum_spend':
      return `The chosen projects cost ${problem.spent}; a ballot spends at least ${problem.minimum}.`;
    case 'too_few_projects':
      return `${problem.chosen} projects are chosen; choose at least ${problem.minimum}.`;
    case 'too_many_projects':
      return `${problem.chosen} projects would be chosen; choose at most ${problem.maximum}.`;
  }
}

export const budgetErrors = {
  notFound: () => new AppException(404, 'not_found', 'There is no budget at this address.'),
  projectNotFound: () => new AppException(404, 'not_found', 'There is no such project in this budget.'),
  cannotOrganise: () =>
    new AppException(
      403,
      'forbidden',
      'Only owners and admins of the process’s organisation run its budgets.',
    ),
  locked: () =>
    new AppException(
      409,
      'budget_locked',
      'Votes have been cast: the rule, the amount, the currency and the projects of this budget no longer change.',
    ),
  projectOverBudget: (cost: number, amount: number) =>
    new AppException(
      409,
      'project_over_budget',
      `A project costing ${cost} can never fit in a budget of ${amount}.`,
    ),
  datesOutOfOrder: () =>
    new AppException(400, 'validation_failed', 'Voting closes after it opens.', {
      errors: [{ field: 'votingClosesAt', code: 'custom', message: 'Voting closes after it opens' }],
    }),
  tooManyProjects: () =>
    new AppException(400, 'validation_failed', `A budget holds at most ${MAX_PROJECTS} projects.`),
  votingNotOpen: () => new AppException(409, 'voting_not_open', 'Voting on this budget is not open now.'),
  checkedOut: () =>
    new AppException(409, 'ballot_checked_out', 'This ballot has been checked out and is final.'),
  breaksRule: (problems: BallotProblem[]) =>
    new AppException(422, 'ballot_breaks_rule', problems.map(describe).join(' '), {
      errors: problems.map((problem) => ({
        field: 'projectIds',
        code: problem.code,
        message: describe(problem),
      })),
    }),
  resultsNotReady: () =>
    new AppException(409, 'results_not_ready', 'Results are published once voting has closed.'),
};
