import { OrganisationDirectoryQuery } from '@open-spaces/contracts';
import { type FiltersOf, filtersFromParams, filtersToParams } from '../../../lib/url-filters';

const shape = OrganisationDirectoryQuery.shape;

export const organisationFilterSchemas = {
  q: shape.q,
  kind: shape.kind,
  country: shape.country,
  topic: shape.topic,
  offers: shape.offers,
  needs: shape.needs,
};

export type OrganisationFilters = FiltersOf<typeof organisationFilterSchemas>;

export const organisationFiltersFromParams = (params: URLSearchParams): OrganisationFilters =>
  filtersFromParams(organisationFilterSchemas, params);

export const organisationFiltersToParams = (filters: OrganisationFilters): URLSearchParams =>
  filtersToParams(organisationFilterSchemas, filters);
