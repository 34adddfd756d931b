import { MyProfile } from '@open-spaces/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const myProfileQueryOptions = () =>
  queryOptions({
    queryKey: ['me', 'profile'],
    queryFn: ({ signal }) => apiRequest('/api/me/profile', { auth: true, schema: MyProfile, signal }),
  });
