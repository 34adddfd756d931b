import { Tool } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const reviewTool = ({ slug, decision }: { slug: string; decision: 'approve' | 'reject' }) =>
  apiRequest(`/api/tools/${encodeURIComponent(slug)}/review`, {
    method: 'POST',
    body: { decision },
    auth: true,
    schema: Tool,
  });

export function useReviewTool() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reviewTool,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tools'] }),
  });
}
