import { Case, type CaseReviewRequest } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const reviewCase = ({ id, body }: { id: string; body: CaseReviewRequest }) =>
  apiRequest(`/api/cases/${encodeURIComponent(id)}/review`, {
    method: 'POST',
    body,
    auth: true,
    schema: Case,
  });

export function useReviewCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reviewCase,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
}
