import { Module } from '@nestjs/common';
import { ActivitiesModule } from '../activities/activities.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { IdeaAnswersService } from './idea-answers.service';
import { IdeaCommentsRepository } from './idea-comments.repository';
import { IdeaCommentsService } from './idea-comments.service';
import { IdeasController, ProcessIdeasController } from './ideas.controller';
import { IdeasRepository } from './ideas.repository';
import { IdeasService } from './ideas.service';
import { ProcessFeedSources } from './process-feed-sources';
import { ProcessPublishingService } from './process-publishing.service';
import { ProcessesController } from './processes.controller';
import { ProcessesRepository } from './processes.repository';
import { ProcessesService } from './processes.service';

/** Participatory processes with their phases, ideas, supports, comments, answers and results. */
@Module({
  imports: [ActivitiesModule, TaxonomyModule],
  controllers: [ProcessesController, ProcessIdeasController, IdeasController],
  providers: [
    ProcessesService,
    ProcessesRepository,
    IdeasService,
    IdeasRepository,
    IdeaCommentsService,
    IdeaCommentsRepository,
    IdeaAnswersService,
    ProcessFeedSources,
    ProcessPublishingService,
  ],
  exports: [ProcessesService, IdeasService],
})
export class ProcessesModule {}
