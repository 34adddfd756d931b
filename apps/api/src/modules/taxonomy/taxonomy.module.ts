import { Module } from '@nestjs/common';

/** Topics, countries, languages and the offers/needs vocabulary. */
@Module({})
export class TaxonomyModule {}
