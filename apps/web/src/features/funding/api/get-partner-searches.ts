import { PartnerSearchDirectoryQuery, PartnerSearchPage } from '@open-spaces/contracts';
import { cursorPagesOptions } from '../../../lib/cursor-pages';
import { type FiltersOf, filtersToParams } from '../../../lib/url-filters';

const shape = PartnerSearchDirectoryQuery.shape;

export const partnerSearchFilterSchemas = {
  topic: shape.topic,
  country: shape.country,
  role: shape.role,
  competence: shape.competence,
};

export type PartnerSearchFilters = FiltersOf<typeof partnerSearchFilterSchemas>;

/** Open partner searches across calls, newest first, filtered. */
export const partnerSearchesQueryOptions = (filters: PartnerSearchFilters) =>
  cursorPagesOptions({
    queryKey: ['partner-searches', 'directory', filters],
    path: '/api/partner-searches',
    params: Object.fromEntries(filtersToParams(partnerSearchFilterSchemas, filters)),
    schema: PartnerSearchPage,
    auth: true,
  });

/** A call's partner searches, newest first. */
export const callPartnerSearchesQueryOptions = (callId: string) =>
  cursorPagesOptions({
    queryKey: ['partner-searches', 'call', callId],
    path: `/api/funding-calls/${encodeURIComponent(callId)}/partner-searches`,
    schema: PartnerSearchPage,
    auth: true,
  });
