import { MyProfile, type UpdateProfileRequest } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { myProfileQueryOptions } from './get-my-profile';

export const updateMyProfile = (body: UpdateProfileRequest) =>
  apiRequest('/api/me/profile', { method: 'PATCH', body, auth: true, schema: MyProfile });

export function useUpdateMyProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMyProfile,
    onSuccess: (profile) => {
      queryClient.setQueryData(myProfileQueryOptions().queryKey, profile);
      void queryClient.invalidateQueries({ queryKey: ['profiles'] });
    },
  });
}
