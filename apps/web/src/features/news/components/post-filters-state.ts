import { PostListQuery } from '@open-spaces/contracts';
import { type FiltersOf, filtersToParams } from '../../../lib/url-filters';

const shape = PostListQuery.shape;

export const postFilterSchemas = {
  kind: shape.kind,
  topic: shape.topic,
  country: shape.country,
  language: shape.language,
  organisation: shape.organisation,
  author: shape.author,
};

export type PostFilters = FiltersOf<typeof postFilterSchemas>;

export const postFiltersToParams = (filters: PostFilters): URLSearchParams =>
  filtersToParams(postFilterSchemas, filters);
