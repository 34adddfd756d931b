import { Inject, Injectable } from '@nestjs/common';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { renderCalendar } from '../calendar/ical';
import { visibleEvent } from './event-access';
import { eventEntries } from './event-calendar';
import { EventsRepository } from './events.repository';

/** One event as an iCalendar file, for "Add to calendar". */
@Injectable()
export class EventCalendarService {
  constructor(
    private readonly events: EventsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async eventCalendar(id: string, viewer: AuthUser | undefined): Promise<string> {
    const row = await visibleEvent(this.events, id, viewer);
    return renderCalendar(row.title, eventEntries([row], this.config.publicUrl), this.config.publicUrl);
  }
}
