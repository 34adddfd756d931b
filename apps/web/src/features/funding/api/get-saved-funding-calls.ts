import { FundingCallPage } from '@open-spaces/contracts';
import { cursorPagesOptions } from '../../../lib/cursor-pages';

/** The calls the viewer saved for themself, newest save first. */
export const savedFundingCallsQueryOptions = () =>
  cursorPagesOptions({
    queryKey: ['funding-calls', 'saved'],
    path: '/api/me/saved-funding-calls',
    schema: FundingCallPage,
    auth: true,
  });
