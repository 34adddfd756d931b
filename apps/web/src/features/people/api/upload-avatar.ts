import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { uploadFile } from '../../../lib/api-client';
import { myProfileQueryOptions } from './get-my-profile';

/** PNG, JPEG or WebP up to 5 MB; 400 image_invalid or 413 image_too_large otherwise. */
export const uploadAvatar = ({ file, onProgress }: { file: File; onProgress?: (share: number) => void }) =>
  uploadFile('/api/me/avatar', file, { schema: z.unknown(), onProgress });

export function useUploadAvatar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadAvatar,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myProfileQueryOptions().queryKey }),
  });
}
