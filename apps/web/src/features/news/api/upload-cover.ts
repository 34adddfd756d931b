import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { uploadFile } from '../../../lib/api-client';

/** Same rules as avatars (PNG, JPEG or WebP up to 5 MB), with the description of what it shows. */
export const uploadCover = ({
  slug,
  alt,
  file,
  onProgress,
}: {
  slug: string;
  alt: string;
  file: File;
  onProgress: (share: number) => void;
}) =>
  uploadFile(`/api/posts/${encodeURIComponent(slug)}/cover?${new URLSearchParams({ alt })}`, file, {
    schema: z.unknown(),
    onProgress,
  });

export function useUploadCover(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { alt: string; file: File; onProgress: (share: number) => void }) =>
      uploadCover({ slug, ...input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['posts'] }),
  });
}
