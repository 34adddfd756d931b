import { SessionList } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const sessionsQueryOptions = () =>
  queryOptions({
    queryKey: ['me', 'sessions'],
    queryFn: ({ signal }) => apiRequest('/api/me/sessions', { auth: true, schema: SessionList, signal }),
  });
