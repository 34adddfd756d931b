import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { FeedObject } from '@open-spaces/contracts';
import { FeedSources } from '../feed/feed-sources';
import { toSummary } from './case-mapping';
import { CasesRepository, caseInFeedSql } from './cases.repository';

/** Shows published cases in the home feed, as the repository lists them. */
@Injectable()
export class CaseFeedSource implements OnModuleInit {
  constructor(
    private readonly cases: CasesRepository,
    private readonly sources: FeedSources,
  ) {}

  onModuleInit(): void {
    this.sources.register({
      type: 'case',
      visibleSql: caseInFeedSql,
      summaries: async (viewerId, ids) => {
        const rows = await this.cases.findListedByIds(viewerId, ids);
        return new Map<string, FeedObject>(rows.map((row) => [row.id, { type: 'case', ...toSummary(row) }]));
      },
    });
  }
}
