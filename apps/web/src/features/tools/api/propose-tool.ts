import { type ProposeToolRequest, Tool } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const proposeTool = (body: ProposeToolRequest) =>
  apiRequest('/api/tools', { method: 'POST', body, auth: true, schema: Tool });

export function useProposeTool() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: proposeTool,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tools'] }),
  });
}
