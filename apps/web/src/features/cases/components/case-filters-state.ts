import { CaseQuery } from '@open-spaces/contracts';
import { type FiltersOf, filtersToParams } from '../../../lib/url-filters';

const shape = CaseQuery.shape;

export const caseFilterSchemas = {
  q: shape.q,
  method: shape.method,
  scope: shape.scope,
  country: shape.country,
  iap2Level: shape.iap2Level,
  topic: shape.topic,
  language: shape.language,
};

export type CaseFilters = FiltersOf<typeof caseFilterSchemas>;

export const caseFiltersToParams = (filters: CaseFilters): URLSearchParams =>
  filtersToParams(caseFilterSchemas, filters);
