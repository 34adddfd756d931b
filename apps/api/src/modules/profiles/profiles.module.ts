import { Module } from '@nestjs/common';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { ExpertsController } from './experts.controller';
import { MeProfileController } from './me-profile.controller';
import { ProfileModeration } from './profile-moderation';
import { ProfilesController } from './profiles.controller';
import { ProfilesRepository } from './profiles.repository';
import { ProfilesService } from './profiles.service';

/** People's profiles, their directory and avatars. */
@Module({
  imports: [TaxonomyModule],
  controllers: [MeProfileController, ProfilesController, ExpertsController],
  providers: [ProfilesService, ProfilesRepository, ProfileModeration],
  exports: [ProfilesService],
})
export class ProfilesModule {}
