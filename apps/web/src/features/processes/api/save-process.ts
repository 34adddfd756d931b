import { type CreateProcessRequest, Process, type UpdateProcessRequest } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { processQueryKey } from './get-process';

export const createProcess = (body: CreateProcessRequest) =>
  apiRequest('/api/processes', { method: 'POST', body, auth: true, schema: Process });

export const updateProcess = ({ id, ...body }: UpdateProcessRequest & { id: string }) =>
  apiRequest(`/api/processes/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body,
    auth: true,
    schema: Process,
  });

export function useCreateProcess() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProcess,
    onSuccess: (process) => {
      queryClient.setQueriesData({ queryKey: processQueryKey(process.id) }, process);
      void queryClient.invalidateQueries({ queryKey: ['processes', 'list'] });
    },
  });
}

export function useUpdateProcess() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProcess,
    onSuccess: (process) => {
      queryClient.setQueriesData({ queryKey: processQueryKey(process.id) }, process);
      void queryClient.invalidateQueries({ queryKey: ['processes', 'list'] });
    },
  });
}
