import { z } from 'zod';
import { CurrencyCode } from './funding-calls.js';
import { CountryCode, Slug } from './taxonomy.js';

/**
 * Participatory budgets: within a process, an organisation puts an amount to the vote.
 * Its organisers (owners and admins of the process's organisation) propose projects with
 * costs and choose a voting rule; verified members fill one ballot each and check it out;
 * after voting closes, the results rank the projects and name the winning set.
 *
 * Money is always an integer in minor units (cents) of the budget's ISO 4217 currency.
 */

/** The largest amount a budget holds: a hundred billion in major units, far below 2^53. */
export const MAX_AMOUNT = 10_000_000_000_000;

const Amount = z.number().int().min(1).max(MAX_AMOUNT);

/**
 * How a ballot is valid. Knapsack: the chosen projects cost at most the budget and at least
 * `minSpendPercent` of it. Approval: between `minProjects` and `maxProjects` projects.
 */
export const VotingRule = z.discriminatedUnion('type', [
  z.object({ type: z.literal('knapsack'), minSpendPercent: z.number().int().min(0).max(100) }),
  z
    .object({
      type: z.literal('approval'),
      minProjects: z.number().int().min(1).max(100),
      maxProjects: z.number().int().min(1).max(100),
    })
    .refine((rule) => rule.minProjects <= rule.maxProjects, {
      path: ['maxProjects'],
      message: 'At least the minimum number of projects',
    }),
]);
export type VotingRule = z.infer<typeof VotingRule>;

const budgetFields = {
  title: z.string().trim().min(3).max(200),
  description: z.string().trim().max(5_000),
  amount: Amount,
  currency: CurrencyCode,
  rule: VotingRule,
  votingOpensAt: z.iso.datetime({ offset: true }),
  votingClosesAt: z.iso.datetime({ offset: true }),
};

function votingDatesInOrder(budget: { votingOpensAt?: string; votingClosesAt?: string }): boolean {
  if (budget.votingOpensAt === undefined || budget.votingClosesAt === undefined) return true;
  return Date.parse(budget.votingOpensAt) < Date.parse(budget.votingClosesAt);
}
const datesInOrder = {
  path: ['votingClosesAt'],
  message: 'Voting closes after it opens',
};

export const CreateBudgetRequest = z
  .object({ ...budgetFields, description: budgetFields.description.default('') })
  .refine(votingDatesInOrder, datesInOrder);
export type CreateBudgetRequest = z.input<typeof CreateBudgetRequest>;

export const UpdateBudgetRequest = z.object(budgetFields).partial().refine(votingDatesInOrder, datesInOrder);
export type UpdateBudgetRequest = z.input<typeof UpdateBudgetRequest>;

export const VotingState = z.enum(['upcoming', 'open', 'closed']);
export type VotingState = z.infer<typeof VotingState>;

export const BudgetSummary = z.object({
  id: z.uuid(),
  processId: z.uuid(),
  title: z.string(),
  description: z.string(),
  amount: z.number().int(),
  currency: z.string(),
  rule: VotingRule,
  votingOpensAt: z.iso.datetime(),
  votingClosesAt: z.iso.datetime(),
  votingState: VotingState,
  /** Checked-out ballots. */
  ballotCount: z.number().int(),
  createdAt: z.iso.datetime(),
});
export type BudgetSummary = z.infer<typeof BudgetSummary>;

const projectFields = {
  title: z.string().trim().min(3).max(200),
  description: z.string().trim().max(5_000),
  /** A project costs something: zero is refused, as is more than its budget. */
  cost: Amount,
  topics: z.array(Slug).max(5),
  location: z.string().trim().min(1).max(200).nullable(),
  country: CountryCode.nullable(),
};

export const CreateProjectRequest = z.object({
  ...projectFields,
  description: projectFields.description.default(''),
  topics: projectFields.topics.default([]),
  location: projectFields.location.default(null),
  country: projectFields.country.default(null),
});
export type CreateProjectRequest = z.input<typeof CreateProjectRequest>;

export const UpdateProjectRequest = z.object(projectFields).partial();
export type UpdateProjectRequest = z.input<typeof UpdateProjectRequest>;

export const Project = z.object({
  id: z.uuid(),
  budgetId: z.uuid(),
  title: z.string(),
  description: z.string(),
  cost: z.number().int(),
  topics: z.array(z.string()),
  location: z.string().nullable(),
  country: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type Project = z.infer<typeof Project>;

export const BallotStatus = z.enum(['draft', 'checked_out']);
export type BallotStatus = z.infer<typeof BallotStatus>;

/** Why a ballot breaks its budget's rule. */
export const BallotProblem = z.discriminatedUnion('code', [
  z.object({ code: z.literal('over_budget'), spent: z.number().int(), limit: z.number().int() }),
  z.object({ code: z.literal('under_minimum_spend'), spent: z.number().int(), minimum: z.number().int() }),
  z.object({ code: z.literal('too_few_projects'), chosen: z.number().int(), minimum: z.number().int() }),
  z.object({ code: z.literal('too_many_projects'), chosen: z.number().int(), maximum: z.number().int() }),
]);
export type BallotProblem = z.infer<typeof BallotProblem>;

/** The viewer's own ballot: what is chosen, what is spent, and what stands in the way of checkout. */
export const Ballot = z.object({
  status: BallotStatus,
  projectIds: z.array(z.uuid()),
  spent: z.number().int(),
  checkedOutAt: z.iso.datetime().nullable(),
  problems: z.array(BallotProblem),
});
export type Ballot = z.infer<typeof Ballot>;

/** A budget page: the budget, its projects (cheapest first), and the viewer's place in it. */
export const Budget = BudgetSummary.extend({
  projects: z.array(Project),
  /** Null until the viewer chooses a first project. */
  ballot: Ballot.nullable(),
  /** May the viewer vote: a verified member while voting is open. */
  canVote: z.boolean(),
  /** May the viewer change the budget and its projects (the process's organisers). */
  canManage: z.boolean(),
  /** The rule, amount and projects no longer change once the first vote is cast. */
  locked: z.boolean(),
});
export type Budget = z.infer<typeof Budget>;

export const BudgetPage = z.object({ items: z.array(BudgetSummary), nextCursor: z.string().nullable() });
export type BudgetPage = z.infer<typeof BudgetPage>;

export const BudgetListQuery = z.object({
  after: z.string().max(400).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type BudgetListQuery = z.input<typeof BudgetListQuery>;

export const BallotChangeRequest = z.object({ projectId: z.uuid() });
export type BallotChangeRequest = z.input<typeof BallotChangeRequest>;

export const ProjectResult = z.object({
  project: Project,
  votes: z.number().int(),
  /** 1 for the most voted; projects with as many votes are ordered as the winners are chosen. */
  rank: z.number().int(),
  selected: z.boolean(),
});
export type ProjectResult = z.infer<typeof ProjectResult>;

/** After voting closes: every project ranked, and the set that wins within the budget. */
export const BudgetResults = z.object({
  budget: BudgetSummary,
  results: z.array(ProjectResult),
  /** What the selected projects cost together. */
  allocated: z.number().int(),
});
export type BudgetResults = z.infer<typeof BudgetResults>;
