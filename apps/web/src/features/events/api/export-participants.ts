import { useMutation } from '@tanstack/react-query';
import { apiDownload } from '../../../lib/api-client';

/** Fetches the participants' CSV and hands it to the browser as a download. */
export async function exportParticipants(id: string): Promise<void> {
  const file = await apiDownload(`/api/events/${encodeURIComponent(id)}/participants.csv`);
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = `participants-${id}.csv`;
  link.click();
  URL.revokeObjectURL(url);
}

export function useExportParticipants() {
  return useMutation({ mutationFn: exportParticipants });
}
