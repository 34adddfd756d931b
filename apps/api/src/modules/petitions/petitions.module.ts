import { Module } from '@nestjs/common';
import { ActivitiesModule } from '../activities/activities.module';
import { CasesModule } from '../cases/cases.module';
import { MailModule } from '../mail/mail.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { PetitionCaseService } from './petition-case.service';
import { PetitionFeedSource } from './petition-feed-source';
import { PetitionPublishingService } from './petition-publishing.service';
import { PetitionSignaturesRepository } from './petition-signatures.repository';
import { PetitionSignaturesService } from './petition-signatures.service';
import { PetitionsController } from './petitions.controller';
import { PetitionsRepository } from './petitions.repository';
import { PetitionsService } from './petitions.service';

/**
 * Petitions, their signatures with visitors' confirmations, and their feeds and calendar
 * files; a closed or delivered one becomes a case of the case repository.
 */
@Module({
  imports: [ActivitiesModule, OrganisationsModule, CasesModule, TaxonomyModule, RateLimitModule, MailModule],
  controllers: [PetitionsController],
  providers: [
    PetitionsService,
    PetitionSignaturesService,
    PetitionPublishingService,
    PetitionsRepository,
    PetitionSignaturesRepository,
    PetitionFeedSource,
    PetitionCaseService,
  ],
  exports: [PetitionsService, PetitionSignaturesService],
})
export class PetitionsModule {}
