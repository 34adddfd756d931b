import type { Me } from '@open-spaces/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { isApiError, refreshSession } from './api-client';

export const sessionQueryKey = ['session'] as const;

/** Restores the session from the refresh cookie once per page load; `null` means signed out. */
export const sessionQueryOptions = queryOptions({
  queryKey: sessionQueryKey,
  queryFn: async (): Promise<Me | null> => {
    try {
      return (await refreshSession()).user;
    } catch (error) {
      if (isApiError(error)) return null;
      throw error;
    }
  },
  staleTime: Number.POSITIVE_INFINITY,
  gcTime: Number.POSITIVE_INFINITY,
  retry: false,
});

export type SessionState =
  | { status: 'loading'; user: null }
  | { status: 'signedOut'; user: null }
  | { status: 'signedIn'; user: Me };

export function useSession(): SessionState {
  const { data, isPending } = useQuery(sessionQueryOptions);
  if (isPending) return { status: 'loading', user: null };
  return data ? { status: 'signedIn', user: data } : { status: 'signedOut', user: null };
}

/** Location state for the page someone lands on after signing out, which then tells them so. */
export const signedOutState = { signedOut: true } as const;

export const isSignedOutState = (state: unknown): boolean =>
  typeof state === 'object' && state !== null && 'signedOut' in state && state.signedOut === true;
