import { Module } from '@nestjs/common';
import { ActivitiesModule } from '../activities/activities.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { ProcessesController } from './processes.controller';
import { ProcessesRepository } from './processes.repository';
import { ProcessesService } from './processes.service';

/** Participatory processes with their phases, ideas, supports, comments, answers and results. */
@Module({
  imports: [ActivitiesModule, TaxonomyModule],
  controllers: [ProcessesController],
  providers: [ProcessesService, ProcessesRepository],
  exports: [ProcessesService],
})
export class ProcessesModule {}
