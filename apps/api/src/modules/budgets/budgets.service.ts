import { Injectable } from '@nestjs/common';
import type {
  Budget,
  BudgetListQuery,
  BudgetPage,
  CreateBudgetRequest,
  CreateProjectRequest,
  Project,
  UpdateBudgetRequest,
  UpdateProjectRequest,
} from '@open-spaces/contracts';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { decodeTimeIdCursor, toPage } from '../../common/pagination/cursor';
import { isUuid } from '../../common/validation/uuid';
import { type ProcessAccess, ProcessesService } from '../processes/processes.service';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { toBallot, toBudgetSummary, toProject } from './budget-view';
import { budgetErrors } from './budgets.errors';
import { type BudgetRow, BudgetsRepository, MAX_PROJECTS } from './budgets.repository';
import { BudgetEntity } from './entities/budget.entity';
import { BudgetProjectEntity } from './entities/budget-project.entity';

type CreateBudgetInput = z.output<typeof CreateBudgetRequest>;
type UpdateBudgetInput = z.output<typeof UpdateBudgetRequest>;
type CreateProjectInput = z.output<typeof CreateProjectRequest>;
type UpdateProjectInput = z.output<typeof UpdateProjectRequest>;
type ListInput = z.output<typeof BudgetListQuery>;

/** A budget the viewer may see, with its process's access. */
export interface BudgetAccess {
  budget: BudgetRow;
  process: ProcessAccess;
}

/**
 * Owns participatory budgets and their projects. A budget is seen by whoever may see its
 * process, and run by the process's organisers (owners and admins of its organisation).
 * Its rule, amount and projects are fixed once the first ballot exists: organisers' changes
 * lock the budget's row, voters' changes share that lock, so a change never slips in
 * beside a first vote. Ballots and results are `BallotsService`'s.
 */
@Injectable()
export class BudgetsService {
  constructor(
    private readonly budgets: BudgetsRepository,
    private readonly processes: ProcessesService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  /** The budget if the viewer may see its process; 404 otherwise. */
  async access(id: string, viewer: AuthUser | undefined): Promise<BudgetAccess> {
    if (!isUuid(id)) throw budgetErrors.notFound();
    const budget = await this.budgets.findById(id);
    if (!budget) throw budgetErrors.notFound();
    const process = await this.processes.access(budget.process_id, viewer);
    return { budget, process };
  }

  /** How many ballots are cast (checked out) in the budget, for the live counter. */
  async ballotCount(id: string): Promise<number> {
    return (await this.budgets.findById(id))?.ballot_count ?? 0;
  }

  async list(processId: string, viewer: AuthUser | undefined, query: ListInput): Promise<BudgetPage> {
    await this.processes.access(processId, viewer);
    const rows = await this.budgets.findPage(processId, decodeTimeIdCursor(query.after), query.limit);
    const now = new Date();
    return toPage(
      rows,
      query.limit,
      (row) => toBudgetSummary(row, now),
      (row) => [row.sort_key, row.id],
    );
  }

  async get(id: string, viewer: AuthUser | undefined): Promise<Budget> {
    const { budget, process } = await this.access(id, viewer);
    const [projects, ballot] = await Promise.all([
      this.budgets.findProjects(id),
      viewer ? this.budgets.findBallot(id, viewer.id) : null,
    ]);
    const summary = toBudgetSummary(budget, new Date());
    return {
      ...summary,
      projects: projects.map(toProject),
      ballot: ballot ? toBallot(ballot, budget, projects) : null,
      canVote: viewer?.emailVerified === true && summary.votingState === 'open',
      canManage: process.canOrganise,
      locked: budget.locked,
    };
  }

  async create(processId: string, viewer: AuthUser, input: CreateBudgetInput): Promise<Budget> {
    await this.processes.organised(processId, viewer);
    const saved = await this.budgets.transaction((tx) => {
      const repository = tx.getRepository(BudgetEntity);
      return repository.save(
        repository.create({
          processId,
          authorId: viewer.id,
          title: input.title,
          description: input.description,
          amount: input.amount,
          currency: input.currency,
          rule: input.rule,
          votingOpensAt: new Date(input.votingOpensAt),
          votingClosesAt: new Date(input.votingClosesAt),
        }),
      );
    });
    return this.get(saved.id, viewer);
  }

  /**
   * Changes the budget. Its title, description and voting dates change at any time (an
   * organiser closes voting early by moving its end); its rule and amount only until the
   * first vote.
   */
  async update(id: string, viewer: AuthUser, input: UpdateBudgetInput): Promise<Budget> {
    await this.organised(id, viewer);
    await this.budgets.transaction(async (tx) => {
      const budget = await this.lock(tx, id);
      const changesRule =
        input.rule !== undefined ||
        (input.amount !== undefined && input.amount !== budget.amount) ||
        (input.currency !== undefined && input.currency !== budget.currency);
      if (changesRule && budget.locked) throw budgetErrors.locked();
      if (input.amount !== undefined) {
        const highest = await this.budgets.highestCost(tx, id);
        if (highest > input.amount) throw budgetErrors.projectOverBudget(highest, input.amount);
      }
      const opensAt = input.votingOpensAt ? new Date(input.votingOpensAt) : budget.voting_opens_at;
      const closesAt = input.votingClosesAt ? new Date(input.votingClosesAt) : budget.voting_closes_at;
      if (closesAt.getTime() <= opensAt.getTime()) throw budgetErrors.datesOutOfOrder();
      const changes: Partial<BudgetEntity> = {
        title: input.title,
        description: input.description,
        amount: input.amount,
        currency: input.currency,
        rule: input.rule,
        votingOpensAt: opensAt,
        votingClosesAt: closesAt,
      };
      await tx.getRepository(BudgetEntity).update({ id }, withoutUndefined(changes));
    });
    return this.get(id, viewer);
  }

  async addProject(id: string, viewer: AuthUser, input: CreateProjectInput): Promise<Project> {
    await this.organised(id, viewer);
    await this.taxonomy.assertFields({
      topics: { kind: 'topic', value: input.topics },
      country: { kind: 'country', value: input.country ? [input.country] : [] },
    });
    const saved = await this.budgets.transaction(async (tx) => {
      const budget = await this.lock(tx, id);
      if (budget.locked) throw budgetErrors.locked();
      if (input.cost > budget.amount) throw budgetErrors.projectOverBudget(input.cost, budget.amount);
      if ((await this.budgets.countProjects(tx, id)) >= MAX_PROJECTS) throw budgetErrors.tooManyProjects();
      const repository = tx.getRepository(BudgetProjectEntity);
      return repository.save(
        repository.create({
          budgetId: id,
          authorId: viewer.id,
          title: input.title,
          description: input.description,
          cost: input.cost,
          topics: [...new Set(input.topics)],
          location: input.location,
          country: input.country,
        }),
      );
    });
    return this.project(id, saved.id);
  }

  async updateProject(
    id: string,
    projectId: string,
    viewer: AuthUser,
    input: UpdateProjectInput,
  ): Promise<Project> {
    await this.organised(id, viewer);
    if (!isUuid(projectId)) throw budgetErrors.projectNotFound();
    await this.taxonomy.assertFields({
      topics: { kind: 'topic', value: input.topics },
      country: { kind: 'country', value: input.country ? [input.country] : undefined },
    });
    await this.budgets.transaction(async (tx) => {
      const budget = await this.lock(tx, id);
      if (budget.locked) throw budgetErrors.locked();
      if (input.cost !== undefined && input.cost > budget.amount) {
        throw budgetErrors.projectOverBudget(input.cost, budget.amount);
      }
      const changes: Partial<BudgetProjectEntity> = {
        title: input.title,
        description: input.description,
        cost: input.cost,
        topics: input.topics && [...new Set(input.topics)],
        location: input.location,
        country: input.country,
      };
      const { affected } = await tx
        .getRepository(BudgetProjectEntity)
        .update({ id: projectId, budgetId: id }, withoutUndefined(changes));
      if (!affected) throw budgetErrors.projectNotFound();
    });
    return this.project(id, projectId);
  }

  async removeProject(id: string, projectId: string, viewer: AuthUser): Promise<void> {
    await this.organised(id, viewer);
    if (!isUuid(projectId)) throw budgetErrors.projectNotFound();
    await this.budgets.transaction(async (tx) => {
      const budget = await this.lock(tx, id);
      if (budget.locked) throw budgetErrors.locked();
      const { affected } = await tx
        .getRepository(BudgetProjectEntity)
        .delete({ id: projectId, budgetId: id });
      if (!affected) throw budgetErrors.projectNotFound();
    });
  }

  private async organised(id: string, viewer: AuthUser): Promise<BudgetAccess> {
    const access = await this.access(id, viewer);
    if (!access.process.canOrganise) throw budgetErrors.cannotOrganise();
    return access;
  }

  private async lock(tx: EntityManager, id: string): Promise<BudgetRow> {
    const budget = await this.budgets.lockBudget(tx, id, 'update');
    if (!budget) throw budgetErrors.notFound();
    return budget;
  }

  private async project(budgetId: string, projectId: string): Promise<Project> {
    const project = await this.budgets.findProject(budgetId, projectId);
    if (!project) throw budgetErrors.projectNotFound();
    return toProject(project);
  }
}

function withoutUndefined<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}
