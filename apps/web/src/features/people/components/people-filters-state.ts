import { ProfileDirectoryQuery } from '@open-spaces/contracts';
import { z } from 'zod';
import { type FiltersOf, filtersFromParams, filtersToParams } from '../../../lib/url-filters';

const shape = ProfileDirectoryQuery.shape;

/** The people directory's filters, in the order they appear in a shared link. */
export const peopleFilterSchemas = {
  q: shape.q,
  topic: shape.topic,
  country: shape.country,
  language: shape.language,
  offers: shape.offers,
  needs: shape.needs,
  openToPress: z
    .enum(['true'])
    .transform(() => true)
    .optional(),
};

export type PeopleFilters = FiltersOf<typeof peopleFilterSchemas>;

export const peopleFiltersFromParams = (params: URLSearchParams): PeopleFilters =>
  filtersFromParams(peopleFilterSchemas, params);

export const peopleFiltersToParams = (filters: PeopleFilters): URLSearchParams =>
  filtersToParams(peopleFilterSchemas, filters);
