import { BlockList } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const blocksQueryOptions = () =>
  queryOptions({
    queryKey: ['me', 'blocks'],
    queryFn: ({ signal }) => apiRequest('/api/me/blocks', { auth: true, schema: BlockList, signal }),
  });
