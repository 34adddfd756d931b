import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { isApiError, subscribeToSession } from '../lib/api-client';
import { i18n } from '../lib/i18n';
import { connectLive, disconnectLive } from '../lib/live';
import { sessionQueryKey } from '../lib/session';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx will not change on retry; network blips and 5xx may.
        retry: (failureCount, error) =>
          failureCount < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      },
    },
  });
}

/** Keeps the cached session in step with sign-in, refresh and sign-out, and forgets a signed-out user's data. */
function SessionSync() {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      subscribeToSession((user) => {
        queryClient.setQueryData(sessionQueryKey, user);
        if (!user)
          queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
        // The live connection follows the session: opened on sign-in, closed on sign-out.
        if (user) connectLive(queryClient, user.id);
        else disconnectLive();
      }),
    [queryClient],
  );
  return null;
}

export function AppProviders({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <SessionSync />
        {children}
      </QueryClientProvider>
    </I18nextProvider>
  );
}
