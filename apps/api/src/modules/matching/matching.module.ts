import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module';
import { ProfilesModule } from '../profiles/profiles.module';
import { MatchingController } from './matching.controller';
import { MatchingRepository } from './matching.repository';
import { MatchingService } from './matching.service';

/** Suggestions of people and organisations to work with, with their reasons. */
@Module({
  imports: [OrganisationsModule, ProfilesModule],
  controllers: [MatchingController],
  providers: [MatchingService, MatchingRepository],
})
export class MatchingModule {}
