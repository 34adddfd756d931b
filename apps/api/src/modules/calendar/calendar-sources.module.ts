import { Global, Module } from '@nestjs/common';
import { CalendarSources } from './calendar-sources';

/** The registry every module with dated things adds its CalendarSource to. */
@Global()
@Module({ providers: [CalendarSources], exports: [CalendarSources] })
export class CalendarSourcesModule {}
