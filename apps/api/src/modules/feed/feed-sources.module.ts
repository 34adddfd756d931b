import { Global, Module } from '@nestjs/common';
import { FeedSources } from './feed-sources';

/** The registry every module whose objects appear in the home feed adds its FeedSource to. */
@Global()
@Module({ providers: [FeedSources], exports: [FeedSources] })
export class FeedSourcesModule {}
