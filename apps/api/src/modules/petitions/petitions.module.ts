import { Module } from '@nestjs/common';
import { ActivitiesModule } from '../activities/activities.module';
import { MailModule } from '../mail/mail.module';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { PetitionFeedSource } from './petition-feed-source';
import { PetitionPublishingService } from './petition-publishing.service';
import { PetitionSignaturesService } from './petition-signatures.service';
import { PetitionsController } from './petitions.controller';
import { PetitionsRepository } from './petitions.repository';
import { PetitionsService } from './petitions.service';

/** Petitions, their signatures with visitors' confirmations, and their feeds and calendar files. */
@Module({
  imports: [ActivitiesModule, TaxonomyModule, RateLimitModule, MailModule],
  controllers: [PetitionsController],
  providers: [
    PetitionsService,
    PetitionSignaturesService,
    PetitionPublishingService,
    PetitionsRepository,
    PetitionFeedSource,
  ],
  exports: [PetitionsService, PetitionSignaturesService],
})
export class PetitionsModule {}
