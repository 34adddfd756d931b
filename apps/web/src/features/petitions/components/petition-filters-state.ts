import { PetitionListQuery } from '@open-spaces/contracts';
import { type FiltersOf, filtersToParams } from '../../../lib/url-filters';

const shape = PetitionListQuery.shape;

export const petitionFilterSchemas = {
  topic: shape.topic,
  country: shape.country,
  state: shape.state,
};

export type PetitionFilters = FiltersOf<typeof petitionFilterSchemas>;

export const petitionFiltersToParams = (filters: PetitionFilters): URLSearchParams =>
  filtersToParams(petitionFilterSchemas, filters);
