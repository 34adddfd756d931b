import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { FeedObject } from '@open-spaces/contracts';
import { FeedSources } from '../feed/feed-sources';
import { ToolsRepository, toolInFeedSql } from './tools.repository';
import { toSummary } from './tools.service';

/** Shows approved tools in the home feed, as the tools directory shows them. */
@Injectable()
export class ToolFeedSource implements OnModuleInit {
  constructor(
    private readonly tools: ToolsRepository,
    private readonly sources: FeedSources,
  ) {}

  onModuleInit(): void {
    this.sources.register({
      type: 'tool',
      visibleSql: toolInFeedSql,
      summaries: async (viewerId, ids) => {
        const rows = await this.tools.findApprovedByIds(viewerId, ids);
        return new Map<string, FeedObject>(rows.map((row) => [row.id, { type: 'tool', ...toSummary(row) }]));
      },
    });
  }
}
