import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { BudgetsModule } from '../budgets/budgets.module';
import { EventsModule as ProductEventsModule } from '../events/events.module';
import { PetitionsModule } from '../petitions/petitions.module';
import { PostsModule } from '../posts/posts.module';
import { ProcessesModule } from '../processes/processes.module';
import { LiveGateway } from './live.gateway';

/** The live channel at `/live` (Socket.IO); see `LiveGateway` and `LiveIoAdapter`. */
@Module({
  imports: [AuthModule, PostsModule, ProductEventsModule, PetitionsModule, ProcessesModule, BudgetsModule],
  providers: [LiveGateway],
})
export class LiveModule {}
