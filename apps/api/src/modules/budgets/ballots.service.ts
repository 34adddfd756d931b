import { Injectable } from '@nestjs/common';
import type { Budget, BudgetResults } from '@open-spaces/contracts';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { DomainEvents } from '../../common/events/domain-events';
import { toBudgetSummary, toProject } from './budget-view';
import { budgetErrors } from './budgets.errors';
import { type BallotRow, type BudgetRow, BudgetsRepository } from './budgets.repository';
import { BudgetsService } from './budgets.service';
import { additionProblem, ballotProblems, selectWinners, votingState } from './voting-rules';

/**
 * Owns ballots and results. Each verified person has one ballot per budget (the database's
 * unique key), filled project by project while voting is open and final from its checkout,
 * which checks it against the budget's rule. Only checked-out ballots count. Results are
 * computed from them once voting has closed, for whoever may see the process.
 */
@Injectable()
export class BallotsService {
  constructor(
    private readonly budgets: BudgetsRepository,
    private readonly access: BudgetsService,
    private readonly events: DomainEvents,
  ) {}

  /** Adds a project to the viewer's ballot; refused when it would break the rule's maximum. */
  async add(id: string, projectId: string, viewer: AuthUser): Promise<Budget> {
    await this.change(id, viewer, async (tx, budget, ballot) => {
      const project = await this.budgets.findProject(id, projectId, tx);
      if (!project) throw budgetErrors.projectNotFound();
      const projects = await this.budgets.findProjects(id, tx);
      const chosen = projects.filter((item) => ballot.project_ids.includes(item.id));
      const problem = additionProblem(budget.rule, budget.amount, chosen, project);
      if (problem) throw budgetErrors.breaksRule([problem]);
      await this.budgets.addToBallot(tx, ballot.id, projectId);
    });
    return this.access.get(id, viewer);
  }

  async remove(id: string, projectId: string, viewer: AuthUser): Promise<Budget> {
    await this.change(id, viewer, async (tx, _budget, ballot) => {
      if (!ballot.project_ids.includes(projectId)) throw budgetErrors.projectNotFound();
      await this.budgets.removeFromBallot(tx, ballot.id, projectId);
    });
    return this.access.get(id, viewer);
  }

  /** Makes the viewer's ballot final, once it keeps the rule. */
  async checkOut(id: string, viewer: AuthUser): Promise<Budget> {
    await this.change(id, viewer, async (tx, budget, ballot) => {
      const projects = await this.budgets.findProjects(id, tx);
      const chosen = projects.filter((item) => ballot.project_ids.includes(item.id));
      const problems = ballotProblems(budget.rule, budget.amount, chosen);
      if (problems.length > 0) throw budgetErrors.breaksRule(problems);
      await this.budgets.checkOut(tx, ballot.id);
    });
    await this.events.emit('budget.ballot-checked-out', { budgetId: id, voterId: viewer.id });
    return this.access.get(id, viewer);
  }

  /** Every project ranked by checked-out votes and the winning set, once voting has closed. */
  async results(id: string, viewer: AuthUser | undefined): Promise<BudgetResults> {
    const { budget } = await this.access.access(id, viewer);
    const now = new Date();
    if (votingState(now, budget.voting_opens_at, budget.voting_closes_at) !== 'closed') {
      throw budgetErrors.resultsNotReady();
    }
    const ranked = selectWinners(budget.amount, await this.budgets.tally(id));
    return {
      budget: toBudgetSummary(budget, now),
      results: ranked.map(({ project, rank, selected }) => ({
        project: toProject(project),
        votes: project.votes,
        rank,
        selected,
      })),
      allocated: ranked.reduce((sum, row) => (row.selected ? sum + row.project.cost : sum), 0),
    };
  }

  /**
   * Runs a change to the viewer's ballot while voting is open, on the ballot made if need
   * be and locked, while the budget's row is share-locked so organisers' changes wait.
   */
  private async change(
    id: string,
    viewer: AuthUser,
    work: (tx: EntityManager, budget: BudgetRow, ballot: BallotRow) => Promise<void>,
  ): Promise<void> {
    await this.access.access(id, viewer);
    await this.budgets.transaction(async (tx) => {
      const budget = await this.budgets.lockBudget(tx, id, 'share');
      if (!budget) throw budgetErrors.notFound();
      if (votingState(new Date(), budget.voting_opens_at, budget.voting_closes_at) !== 'open') {
        throw budgetErrors.votingNotOpen();
      }
      const ballot = await this.budgets.takeBallot(tx, id, viewer.id);
      if (ballot.checked_out_at) throw budgetErrors.checkedOut();
      await work(tx, budget, ballot);
    });
  }
}
