import type { Petition } from '@open-spaces/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { petitionQueryOptions } from './get-petition';

/** Puts a petition the API answered with in the cache, and has the lists asked again. */
export function petitionChanged(queryClient: QueryClient, petition: Petition): void {
  queryClient.setQueryData(petitionQueryOptions(petition.id, true).queryKey, petition);
  void queryClient.invalidateQueries({ queryKey: ['petitions', 'list'] });
  void queryClient.invalidateQueries({ queryKey: ['petitions', 'mine'] });
  void queryClient.invalidateQueries({ queryKey: ['petitions', 'signatures', petition.id] });
}
