import { Module } from '@nestjs/common';
import { ActivitiesModule } from '../activities/activities.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { FundingCallFeedSource } from './funding-call-feed-source';
import { FundingCallSavesService } from './funding-call-saves.service';
import { FundingCallsController } from './funding-calls.controller';
import { FundingCallModeration } from './funding-calls.moderation';
import { FundingCallsRepository } from './funding-calls.repository';
import { FundingCallsService } from './funding-calls.service';
import { SavedFundingCallsController } from './saved-funding-calls.controller';

/** Funding calls, their eligibility for organisations, and saves. */
@Module({
  imports: [ActivitiesModule, OrganisationsModule, TaxonomyModule],
  controllers: [FundingCallsController, SavedFundingCallsController],
  providers: [
    FundingCallsService,
    FundingCallSavesService,
    FundingCallsRepository,
    FundingCallModeration,
    FundingCallFeedSource,
  ],
})
export class FundingCallsModule {}
