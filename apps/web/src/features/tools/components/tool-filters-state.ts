import { ToolDirectoryQuery } from '@open-spaces/contracts';
import { type FiltersOf, filtersToParams } from '../../../lib/url-filters';

const shape = ToolDirectoryQuery.shape;

export const toolFilterSchemas = {
  q: shape.q,
  category: shape.category,
  openSource: shape.openSource,
  selfHostable: shape.selfHostable,
  hostedInEu: shape.hostedInEu,
  priceModel: shape.priceModel,
  language: shape.language,
};

export type ToolFilters = FiltersOf<typeof toolFilterSchemas>;

export const toolFiltersToParams = (filters: ToolFilters): URLSearchParams =>
  filtersToParams(toolFilterSchemas, filters);
