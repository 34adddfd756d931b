import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { CallPartnerSearchesController, PartnerSearchesController } from './partner-searches.controller';
import { PartnerSearchesRepository } from './partner-searches.repository';
import { PartnerSearchesService } from './partner-searches.service';

/** Partner searches on funding calls: the consortium builder. */
@Module({
  imports: [OrganisationsModule, TaxonomyModule],
  controllers: [CallPartnerSearchesController, PartnerSearchesController],
  providers: [PartnerSearchesService, PartnerSearchesRepository],
})
export class PartnerSearchesModule {}
