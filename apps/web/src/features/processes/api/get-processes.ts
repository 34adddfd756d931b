import { ProcessListQuery, ProcessPage } from '@open-spaces/contracts';
import { cursorPagesOptions } from '../../../lib/cursor-pages';
import { type FiltersOf, filtersToParams } from '../../../lib/url-filters';

const shape = ProcessListQuery.shape;

export const processFilterSchemas = {
  topic: shape.topic,
  scope: shape.scope,
  status: shape.status,
  organisation: shape.organisation,
};

export type ProcessFilters = FiltersOf<typeof processFilterSchemas>;

/** Processes the viewer may see, newest first, filtered. */
export const processesQueryOptions = (filters: ProcessFilters, signedIn: boolean) =>
  cursorPagesOptions({
    queryKey: ['processes', 'list', filters, signedIn],
    path: '/api/processes',
    params: Object.fromEntries(filtersToParams(processFilterSchemas, filters)),
    schema: ProcessPage,
    auth: signedIn,
  });
