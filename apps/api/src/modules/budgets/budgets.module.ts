import { Module } from '@nestjs/common';
import { ActivitiesModule } from '../activities/activities.module';
import { ProcessesModule } from '../processes/processes.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { BallotsService } from './ballots.service';
import { BudgetAnnouncementsService } from './budget-announcements.service';
import { BudgetCalendarService } from './budget-calendar.service';
import { BudgetFeedSource } from './budget-feed-source';
import { BudgetsController, ProcessBudgetsController } from './budgets.controller';
import { BudgetsRepository } from './budgets.repository';
import { BudgetsService } from './budgets.service';

/** Participatory budgets in processes: projects, ballots with their checkout, and results. */
@Module({
  imports: [ActivitiesModule, ProcessesModule, TaxonomyModule],
  controllers: [ProcessBudgetsController, BudgetsController],
  providers: [
    BudgetsService,
    BallotsService,
    BudgetCalendarService,
    BudgetAnnouncementsService,
    BudgetFeedSource,
    BudgetsRepository,
  ],
  exports: [BudgetsService],
})
export class BudgetsModule {}
