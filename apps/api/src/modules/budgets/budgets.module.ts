import { Module } from '@nestjs/common';
import { ProcessesModule } from '../processes/processes.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { BallotsService } from './ballots.service';
import { BudgetCalendarService } from './budget-calendar.service';
import { BudgetsController, ProcessBudgetsController } from './budgets.controller';
import { BudgetsRepository } from './budgets.repository';
import { BudgetsService } from './budgets.service';

/** Participatory budgets in processes: projects, ballots with their checkout, and results. */
@Module({
  imports: [ProcessesModule, TaxonomyModule],
  controllers: [ProcessBudgetsController, BudgetsController],
  providers: [BudgetsService, BallotsService, BudgetCalendarService, BudgetsRepository],
  exports: [BudgetsService],
})
export class BudgetsModule {}
