import { CaseFacets } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { type CaseFilters, caseFiltersToParams } from '../components/case-filters-state';

export const caseFacetsQueryOptions = (filters: CaseFilters, signedIn: boolean) =>
  queryOptions({
    queryKey: ['cases', 'facets', filters, signedIn],
    queryFn: ({ signal }) =>
      apiRequest(`/api/cases/facets?${caseFiltersToParams(filters)}`, {
        auth: signedIn,
        schema: CaseFacets,
        signal,
      }),
  });
