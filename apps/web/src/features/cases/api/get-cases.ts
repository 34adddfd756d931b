import { CasePage } from '@open-spaces/contracts';
import { cursorPagesOptions } from '../../../lib/cursor-pages';
import { type CaseFilters, caseFiltersToParams } from '../components/case-filters-state';

export const casesQueryOptions = (filters: CaseFilters, signedIn: boolean) =>
  cursorPagesOptions({
    queryKey: ['cases', 'repository', filters, signedIn],
    path: '/api/cases',
    params: Object.fromEntries(caseFiltersToParams(filters)),
    schema: CasePage,
    auth: signedIn,
  });
