import { Module } from '@nestjs/common';
import { ActivitiesModule } from '../activities/activities.module';
import { ModerationModule } from '../moderation/moderation.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { ToolFeedSource } from './tool-feed-source';
import { ToolModeration } from './tool-moderation';
import { ToolUsagesService } from './tool-usages.service';
import { ToolsController } from './tools.controller';
import { ToolsRepository } from './tools.repository';
import { ToolsService } from './tools.service';

/** The directory of digital cooperation tools and organisations' "we use it" notes. */
@Module({
  imports: [ActivitiesModule, ModerationModule, OrganisationsModule, TaxonomyModule],
  controllers: [ToolsController],
  providers: [ToolsService, ToolUsagesService, ToolsRepository, ToolModeration, ToolFeedSource],
})
export class ToolsModule {}
