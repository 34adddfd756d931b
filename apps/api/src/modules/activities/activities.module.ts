import { Module } from '@nestjs/common';
import { ActivitiesService } from './activities.service';

/** The append-only activity log that feeds, search and live updates are built from. */
@Module({
  providers: [ActivitiesService],
  exports: [ActivitiesService],
})
export class ActivitiesModule {}
