import { SearchQuery, type SearchType } from '@open-spaces/contracts';
import { type FiltersOf, filtersToParams } from '../../../lib/url-filters';

const shape = SearchQuery.shape;

export const searchFilterSchemas = {
  q: shape.q,
  type: shape.type,
  topic: shape.topic,
  country: shape.country,
  language: shape.language,
};

export type SearchFilters = FiltersOf<typeof searchFilterSchemas>;

export const searchFiltersToParams = (filters: SearchFilters): URLSearchParams =>
  filtersToParams(searchFilterSchemas, filters);

/** Where each kind of result lives in the web client. */
export function resultPath(type: SearchType, slug: string): string {
  const address = encodeURIComponent(slug);
  switch (type) {
    case 'person':
      return `/people/${address}`;
    case 'organisation':
      return `/organisations/${address}`;
    case 'post':
      return `/news/${address}`;
    case 'event':
      return `/events/${address}`;
    case 'funding_call':
      return `/funding/${address}`;
    case 'tool':
      return `/tools/${address}`;
    case 'case':
      return `/cases/${address}`;
    case 'petition':
      return `/petitions/${address}`;
    case 'process':
      return `/processes/${address}`;
    case 'idea':
      return `/ideas/${address}`;
  }
}
