import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { FeedObject } from '@open-spaces/contracts';
import { FILE_STORAGE, type FileStorage } from '../../common/storage/storage';
import { FeedSources } from '../feed/feed-sources';
import { toSummary } from './funding-call-view';
import { callInFeedSql, FundingCallsRepository } from './funding-calls.repository';

/** Shows funding calls in the home feed, as the funding directory shows them. */
@Injectable()
export class FundingCallFeedSource implements OnModuleInit {
  constructor(
    private readonly calls: FundingCallsRepository,
    private readonly sources: FeedSources,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  onModuleInit(): void {
    this.sources.register({
      type: 'funding_call',
      visibleSql: callInFeedSql,
      summaries: async (viewerId, ids) => {
        const rows = await this.calls.findVisibleByIds(viewerId, ids);
        return new Map<string, FeedObject>(
          rows.map((row) => [row.id, { type: 'funding_call', ...toSummary(row, this.storage, viewerId) }]),
        );
      },
    });
  }
}
