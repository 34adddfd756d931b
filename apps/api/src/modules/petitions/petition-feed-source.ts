import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { FeedObject } from '@open-spaces/contracts';
import { FILE_STORAGE, type FileStorage } from '../../common/storage/storage';
import { FeedSources } from '../feed/feed-sources';
import { toPetitionSummary } from './petition-view';
import { PetitionsRepository, petitionInFeedSql } from './petitions.repository';

/** Shows opened petitions in the home feed, as the petitions list shows them. */
@Injectable()
export class PetitionFeedSource implements OnModuleInit {
  constructor(
    private readonly petitions: PetitionsRepository,
    private readonly sources: FeedSources,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  onModuleInit(): void {
    this.sources.register({
      type: 'petition',
      visibleSql: petitionInFeedSql,
      summaries: async (viewerId, ids) => {
        const rows = await this.petitions.findVisibleByIds(viewerId, ids);
        return new Map<string, FeedObject>(
          rows.map((row) => [row.id, { type: 'petition', ...toPetitionSummary(row, this.storage) }]),
        );
      },
    });
  }
}
