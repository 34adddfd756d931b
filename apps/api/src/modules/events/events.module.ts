import { Module } from '@nestjs/common';
import { ActivitiesModule } from '../activities/activities.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { EventCalendarService } from './event-calendar.service';
import { EventFeedSource } from './event-feed-source';
import { EventRsvpsService } from './event-rsvps.service';
import { EventsController } from './events.controller';
import { EventsRepository } from './events.repository';
import { EventsService } from './events.service';

/** Events, RSVPs with their waitlist, and their iCalendar exports. */
@Module({
  imports: [ActivitiesModule, OrganisationsModule, TaxonomyModule],
  controllers: [EventsController],
  providers: [EventsService, EventRsvpsService, EventCalendarService, EventsRepository, EventFeedSource],
  exports: [EventsService],
})
export class EventsModule {}
