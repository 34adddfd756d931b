import { Module } from '@nestjs/common';
import { ProfilesModule } from '../profiles/profiles.module';
import { BlocksController } from './blocks.controller';
import { BlocksRepository } from './blocks.repository';
import { BlocksService } from './blocks.service';
import { FollowsController } from './follows.controller';
import { FollowsRepository } from './follows.repository';
import { FollowsService } from './follows.service';

/** Follows of people, organisations and topics; blocks between people. */
@Module({
  imports: [ProfilesModule],
  controllers: [FollowsController, BlocksController],
  providers: [FollowsService, FollowsRepository, BlocksService, BlocksRepository],
  exports: [FollowsService],
})
export class SocialModule {}
