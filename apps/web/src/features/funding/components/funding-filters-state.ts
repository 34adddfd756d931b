import { FundingCallDirectoryQuery, FundingCallStatus } from '@open-spaces/contracts';
import { type FiltersOf, filtersToParams } from '../../../lib/url-filters';

const shape = FundingCallDirectoryQuery.shape;

export const fundingFilterSchemas = {
  q: shape.q,
  status: FundingCallStatus.optional(),
  topic: shape.topic,
  eligibleCountry: shape.eligibleCountry,
  eligibleKind: shape.eligibleKind,
  order: shape.order.unwrap().optional(),
};

export type FundingFilters = FiltersOf<typeof fundingFilterSchemas>;

export const fundingFiltersToParams = (filters: FundingFilters): URLSearchParams =>
  filtersToParams(fundingFilterSchemas, filters);
