import { Module } from '@nestjs/common';
import { ActivitiesModule } from '../activities/activities.module';
import { ModerationModule } from '../moderation/moderation.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { CaseDirectoryService } from './case-directory.service';
import { CaseFeedSource } from './case-feed-source';
import { CaseModeration } from './case-moderation';
import { CaseReviewService } from './case-review.service';
import { CasesController } from './cases.controller';
import { CasesRepository } from './cases.repository';
import { CasesService } from './cases.service';
import { CasesFeedService } from './cases-feed.service';

/**
 * The repository of participation cases. Exports `CasesService` so that processes and
 * petitions can turn a finished one into a draft case (`draftFromSource`).
 */
@Module({
  imports: [ActivitiesModule, ModerationModule, TaxonomyModule],
  controllers: [CasesController],
  providers: [
    CasesService,
    CaseReviewService,
    CaseDirectoryService,
    CasesFeedService,
    CasesRepository,
    CaseFeedSource,
    CaseModeration,
  ],
  exports: [CasesService],
})
export class CasesModule {}
