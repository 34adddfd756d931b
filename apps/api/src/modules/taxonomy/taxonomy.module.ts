import { Module } from '@nestjs/common';
import { TaxonomyController } from './taxonomy.controller';
import { TaxonomyService } from './taxonomy.service';
import { TopicsRepository } from './topics.repository';

/** Topics, countries, languages and the offers/needs vocabulary. */
@Module({
  controllers: [TaxonomyController],
  providers: [TaxonomyService, TopicsRepository],
  exports: [TaxonomyService],
})
export class TaxonomyModule {}
