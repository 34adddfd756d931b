import { ToolUsage } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const setToolUsage = ({
  slug,
  organisation,
  note,
}: {
  slug: string;
  organisation: string;
  note: string;
}) =>
  apiRequest(`/api/tools/${encodeURIComponent(slug)}/usages/${encodeURIComponent(organisation)}`, {
    method: 'PUT',
    body: { note },
    auth: true,
    schema: ToolUsage,
  });

export function useSetToolUsage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setToolUsage,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tools'] }),
  });
}
