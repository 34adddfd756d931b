import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarFeedsController } from './calendar-feeds.controller';
import { CalendarFeedsService } from './calendar-feeds.service';
import { CalendarFeedEntity } from './entities/calendar-feed.entity';

/** Personal calendar feeds at secret addresses, built from the registered calendar sources. */
@Module({
  imports: [TypeOrmModule.forFeature([CalendarFeedEntity])],
  controllers: [CalendarFeedsController],
  providers: [CalendarFeedsService],
})
export class CalendarFeedsModule {}
