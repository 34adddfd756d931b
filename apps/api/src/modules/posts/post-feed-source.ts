import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { FeedObject } from '@open-spaces/contracts';
import { FILE_STORAGE, type FileStorage } from '../../common/storage/storage';
import { FeedSources } from '../feed/feed-sources';
import { toPostSummary } from './post-mappers';
import { PostsRepository, postInFeedSql } from './posts.repository';

/** Shows published posts in the home feed, as the news list shows them. */
@Injectable()
export class PostFeedSource implements OnModuleInit {
  constructor(
    private readonly posts: PostsRepository,
    private readonly sources: FeedSources,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  onModuleInit(): void {
    this.sources.register({
      type: 'post',
      visibleSql: postInFeedSql,
      summaries: async (viewerId, ids) => {
        const rows = await this.posts.findPublishedByIds(viewerId, ids);
        return new Map<string, FeedObject>(
          rows.map((row) => [row.id, { type: 'post', ...toPostSummary(this.storage, row) }]),
        );
      },
    });
  }
}
