import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { CalendarSources } from '../calendar/calendar-sources';
import { renderCalendar } from '../calendar/ical';
import { votingEntry } from './budget-calendar';
import { BudgetsRepository } from './budgets.repository';
import { BudgetsService } from './budgets.service';

/**
 * Budgets' voting dates in calendars: one budget as an iCalendar file, and in a person's
 * calendar feed the voting of every budget they hold a ballot in.
 */
@Injectable()
export class BudgetCalendarService implements OnModuleInit {
  constructor(
    private readonly budgets: BudgetsService,
    private readonly repository: BudgetsRepository,
    private readonly calendar: CalendarSources,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.calendar.register({
      entriesFor: async (userId) =>
        (await this.repository.findWithBallotOf(userId)).map((row) =>
          votingEntry(row, this.config.publicUrl),
        ),
    });
  }

  async votingCalendar(id: string, viewer: AuthUser | undefined): Promise<string> {
    const { budget } = await this.budgets.access(id, viewer);
    return renderCalendar(budget.title, [votingEntry(budget, this.config.publicUrl)], this.config.publicUrl);
  }
}
