import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { uploadFile } from '../../../lib/api-client';

/** Same rules as avatars: PNG, JPEG or WebP up to 5 MB. */
export const uploadLogo = ({
  slug,
  file,
  onProgress,
}: {
  slug: string;
  file: File;
  onProgress: (share: number) => void;
}) =>
  uploadFile(`/api/organisations/${encodeURIComponent(slug)}/logo`, file, {
    schema: z.unknown(),
    onProgress,
  });

export function useUploadLogo(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, onProgress }: { file: File; onProgress: (share: number) => void }) =>
      uploadLogo({ slug, file, onProgress }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['organisations'] }),
  });
}
