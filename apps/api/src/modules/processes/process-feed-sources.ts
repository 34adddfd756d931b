import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { FeedObject } from '@open-spaces/contracts';
import { FILE_STORAGE, type FileStorage } from '../../common/storage/storage';
import { FeedSources } from '../feed/feed-sources';
import { toIdeaSummary } from './idea-view';
import { IdeasRepository, ideaInFeedSql } from './ideas.repository';
import { toProcessSummary } from './process-view';
import { ProcessesRepository, processInFeedSql } from './processes.repository';

/** Shows new consultations and new ideas in the home feed, as their lists show them. */
@Injectable()
export class ProcessFeedSources implements OnModuleInit {
  constructor(
    private readonly processes: ProcessesRepository,
    private readonly ideas: IdeasRepository,
    private readonly sources: FeedSources,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  onModuleInit(): void {
    this.sources.register({
      type: 'process',
      visibleSql: processInFeedSql,
      summaries: async (viewerId, ids) => {
        const rows = await this.processes.findVisibleByIds(viewerId, ids);
        const now = new Date();
        return new Map<string, FeedObject>(
          rows.map((row) => [row.id, { type: 'process', ...toProcessSummary(row, now) }]),
        );
      },
    });
    this.sources.register({
      type: 'idea',
      visibleSql: ideaInFeedSql,
      summaries: async (viewerId, ids) => {
        const rows = await this.ideas.findVisibleByIds(viewerId, ids);
        return new Map<string, FeedObject>(
          rows.map((row) => [row.id, { type: 'idea', ...toIdeaSummary(row, this.storage) }]),
        );
      },
    });
  }
}
