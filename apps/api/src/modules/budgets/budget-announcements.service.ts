import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobsService } from '../../common/jobs/jobs.service';
import { ActivitiesService } from '../activities/activities.service';
import { Notifier } from '../notifications/notifier';
import { ANNOUNCE_CRON, ANNOUNCE_POLICY } from './budgets.jobs';
import { BudgetsRepository, type DueBudgetRow } from './budgets.repository';

/**
 * Tells the feeds when a budget's voting opens and when its results are out, and its
 * voters when the results are out. Voting opens and closes by the clock, not by a request,
 * so a job sweeps every minute for what came due; each budget is claimed once, in the
 * transaction that records its activity (and, for results, notifies its voters).
 */
@Injectable()
export class BudgetAnnouncementsService implements OnModuleInit {
  constructor(
    private readonly budgets: BudgetsRepository,
    private readonly activities: ActivitiesService,
    private readonly notifier: Notifier,
    private readonly jobs: JobsService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.every('budgets.announce', ANNOUNCE_CRON, ANNOUNCE_POLICY, async () => {
      await this.announce(new Date());
    });
  }

  /**
   * Announces the openings and results due at `now`. Runs every minute on its own; public
   * so the tests (and an operator's script) can run a pass at a chosen moment.
   */
  async announce(now: Date): Promise<{ opened: number; published: number }> {
    const opened = await this.activities.write(async (tx, log) => {
      const due = await this.budgets.claimOpenings(tx, now);
      for (const budget of due) await log.record(activityOf(budget, 'budget'));
      return due.length;
    });
    const published = await this.activities.write(async (tx, log) => {
      const due = await this.budgets.claimResults(tx, now);
      if (due.length === 0) return 0;
      const byId = new Map(due.map((budget) => [budget.id, budget]));
      const voters = await this.budgets.votersOf(tx, [...byId.keys()]);
      await this.notifier.notify(
        tx,
        voters.flatMap(({ budget_id, user_id }) => {
          const budget = byId.get(budget_id);
          if (!budget) return [];
          return [
            {
              userId: user_id,
              kind: 'budget_results' as const,
              actorId: budget.author_id,
              organisationId: budget.organisation_id,
              subject: {
                type: 'budget' as const,
                id: budget.id,
                title: budget.title,
                path: `/budgets/${budget.id}/results`,
              },
            },
          ];
        }),
      );
      for (const budget of due) await log.record(activityOf(budget, 'budget_results'));
      return due.length;
    });
    return { opened, published };
  }
}

/** Voting opened: the budget is published; voting closed: its results are. */
function activityOf(budget: DueBudgetRow, objectType: 'budget' | 'budget_results') {
  return {
    actorId: budget.author_id,
    organisationId: budget.organisation_id,
    verb: 'published' as const,
    objectType,
    objectId: budget.id,
    topics: budget.topics,
    countries: [],
    audience: 'public' as const,
  };
}
