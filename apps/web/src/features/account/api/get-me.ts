import { Me } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const meQueryOptions = () =>
  queryOptions({
    queryKey: ['me'],
    queryFn: ({ signal }) => apiRequest('/api/me', { auth: true, schema: Me, signal }),
  });
