import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest, uploadFile } from '../../../lib/api-client';

const logoPath = (slug: string) => `/api/organisations/${encodeURIComponent(slug)}/logo`;

/** Same rules as avatars: PNG, JPEG or WebP up to 5 MB. */
export function useUploadLogo(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, onProgress }: { file: File; onProgress: (share: number) => void }) =>
      uploadFile(logoPath(slug), file, { schema: z.unknown(), onProgress }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['organisations'] }),
  });
}

export function useDeleteLogo(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest(logoPath(slug), { method: 'DELETE', auth: true }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['organisations'] }),
  });
}
