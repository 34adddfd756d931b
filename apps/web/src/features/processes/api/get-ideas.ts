import { IdeaListQuery, IdeaPage, IdeaSort } from '@open-spaces/contracts';
import { cursorPagesOptions } from '../../../lib/cursor-pages';
import { type FiltersOf, filtersToParams } from '../../../lib/url-filters';

const shape = IdeaListQuery.shape;

export const ideaFilterSchemas = {
  sort: IdeaSort.optional(),
  topic: shape.topic,
  answerState: shape.answerState,
  successful: shape.successful,
};

export type IdeaFilters = FiltersOf<typeof ideaFilterSchemas>;

export const ideasQueryKey = (processId: string) => ['processes', 'ideas', processId] as const;

/** The ideas of a process in the order and with the filters chosen. */
export const ideasQueryOptions = (processId: string, filters: IdeaFilters, signedIn: boolean) =>
  cursorPagesOptions({
    queryKey: [...ideasQueryKey(processId), filters, signedIn],
    path: `/api/processes/${encodeURIComponent(processId)}/ideas`,
    params: Object.fromEntries(filtersToParams(ideaFilterSchemas, filters)),
    schema: IdeaPage,
    auth: signedIn,
  });
