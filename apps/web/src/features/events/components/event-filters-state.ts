import { EventDirectoryQuery } from '@open-spaces/contracts';
import { type FiltersOf, filtersToParams } from '../../../lib/url-filters';

const shape = EventDirectoryQuery.shape;

export const eventFilterSchemas = {
  when: shape.when.unwrap(),
  topic: shape.topic,
  country: shape.country,
  format: shape.format,
  language: shape.language,
  from: shape.from,
  to: shape.to,
};

export type EventFilters = FiltersOf<typeof eventFilterSchemas>;

export const eventFiltersToParams = (filters: EventFilters): URLSearchParams =>
  filtersToParams(eventFilterSchemas, filters);
