import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { FeedObject } from '@open-spaces/contracts';
import { FILE_STORAGE, type FileStorage } from '../../common/storage/storage';
import { FeedSources } from '../feed/feed-sources';
import { toEventSummary } from './event-view';
import { EventsRepository, eventInFeedSql } from './events.repository';

/** Shows events in the home feed, as the events directory shows them. */
@Injectable()
export class EventFeedSource implements OnModuleInit {
  constructor(
    private readonly events: EventsRepository,
    private readonly sources: FeedSources,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  onModuleInit(): void {
    this.sources.register({
      type: 'event',
      visibleSql: eventInFeedSql,
      summaries: async (viewerId, ids) => {
        const rows = await this.events.findVisibleByIds(viewerId, ids);
        return new Map<string, FeedObject>(
          rows.map((row) => [row.id, { type: 'event', ...toEventSummary(row, this.storage) }]),
        );
      },
    });
  }
}
