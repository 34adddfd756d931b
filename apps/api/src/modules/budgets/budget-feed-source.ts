import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { FeedObject } from '@open-spaces/contracts';
import { FeedSources } from '../feed/feed-sources';
import { toBudgetSummary } from './budget-view';
import { BudgetsRepository, budgetInFeedSql } from './budgets.repository';

/**
 * Shows budgets in the home feed: the budget when its voting opens, its results (an object of
 * their own, with the budget's id) when voting closes.
 */
@Injectable()
export class BudgetFeedSource implements OnModuleInit {
  constructor(
    private readonly budgets: BudgetsRepository,
    private readonly sources: FeedSources,
  ) {}

  onModuleInit(): void {
    for (const type of ['budget', 'budget_results'] as const) {
      this.sources.register({
        type,
        visibleSql: budgetInFeedSql,
        summaries: async (viewerId, ids) => {
          const rows = await this.budgets.findVisibleByIds(viewerId, ids);
          const now = new Date();
          return new Map<string, FeedObject>(
            rows.map((row) => [row.id, { type, ...toBudgetSummary(row, now) }]),
          );
        },
      });
    }
  }
}
