import { ExpertQuery } from '@open-spaces/contracts';
import { type FiltersOf, filtersToParams } from '../../../lib/url-filters';

const shape = ExpertQuery.shape;

/** The expert finder's filters, in the order they appear in a shared link. */
export const expertFilterSchemas = {
  q: shape.q,
  pressTopic: shape.pressTopic,
  language: shape.language,
  country: shape.country,
};

export type ExpertFilters = FiltersOf<typeof expertFilterSchemas>;

export const expertFiltersToParams = (filters: ExpertFilters): URLSearchParams =>
  filtersToParams(expertFilterSchemas, filters);
