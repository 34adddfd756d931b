import { Module } from '@nestjs/common';
import { ActivitiesModule } from '../activities/activities.module';
import { CasesModule } from '../cases/cases.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { IdeaAnswersService } from './idea-answers.service';
import { IdeaCommentsRepository } from './idea-comments.repository';
import { IdeaCommentsService } from './idea-comments.service';
import { IdeasController, ProcessIdeasController } from './ideas.controller';
import { IdeasRepository } from './ideas.repository';
import { IdeasService } from './ideas.service';
import { ProcessCaseService } from './process-case.service';
import { ProcessFeedSources } from './process-feed-sources';
import { ProcessPublishingService } from './process-publishing.service';
import { ProcessesController } from './processes.controller';
import { ProcessesRepository } from './processes.repository';
import { ProcessesService } from './processes.service';

/**
 * Participatory processes with their phases, ideas, supports, comments, answers and results;
 * a finished one becomes a case of the case repository.
 */
@Module({
  imports: [ActivitiesModule, OrganisationsModule, CasesModule, TaxonomyModule],
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
    ProcessCaseService,
  ],
  exports: [ProcessesService, IdeasService],
})
export class ProcessesModule {}
