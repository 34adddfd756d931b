import { useMutation } from '@tanstack/react-query';
import { apiDownload } from '../../../lib/api-client';

/** Fetches the signatures' CSV and hands it to the browser as a download. */
export async function exportSignatures(id: string): Promise<void> {
  const file = await apiDownload(`/api/petitions/${encodeURIComponent(id)}/signatures.csv`);
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = `signatures-${id}.csv`;
  link.click();
  URL.revokeObjectURL(url);
}

export function useExportSignatures() {
  return useMutation({ mutationFn: exportSignatures });
}
