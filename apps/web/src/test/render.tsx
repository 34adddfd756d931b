import type { Me } from '@open-spaces/contracts';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { vi } from 'vitest';
import { AppProviders } from '../app/providers';
import { sessionQueryKey } from '../lib/session';

export const member: Me = {
  id: '8d0f6c1e-2b1a-4d5e-9f3a-1c2b3d4e5f60',
  email: 'ada@example.org',
  displayName: 'Ada Lovelace',
  role: 'member',
  emailVerified: true,
  locale: 'en',
  createdAt: '2026-01-15T09:30:00.000Z',
};

interface Options {
  path?: string;
  /** The route pattern the element is mounted at, e.g. `/people/:handle`; the path itself by default. */
  route?: string;
  /** Who is signed in; `null` for a visitor. Left out, the session is restored through the API as on a real load. */
  user?: Me | null;
  extraRoutes?: RouteObject[];
}

/** Renders UI inside the app's providers and an in-memory router, as the real app would. */
export function renderWithApp(
  element: ReactElement,
  { path = '/', route, user, extraRoutes = [] }: Options = {},
) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  if (user !== undefined) queryClient.setQueryData(sessionQueryKey, user);
  const router = createMemoryRouter(
    [
      { path: route ?? path.split('?')[0], element },
      ...extraRoutes,
      { path: '*', element: <p>Elsewhere</p> },
    ],
    { initialEntries: [path] },
  );
  const view = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, queryClient };
}

type Handler = (url: string, init: RequestInit) => Response | Promise<Response>;

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

export const problem = (status: number, code: string, extra: Record<string, unknown> = {}, headers = {}) =>
  new Response(
    JSON.stringify({ type: 'about:blank', title: code, status, detail: `Problem: ${code}`, code, ...extra }),
    { status, headers: { 'Content-Type': 'application/problem+json', ...headers } },
  );

/** Replaces fetch with a route table keyed by "METHOD /path"; unknown routes fail the test loudly. */
export function mockApi(routes: Record<string, Handler>) {
  const calls: { key: string; url: string; init: RequestInit }[] = [];
  const fetchMock = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const key = `${init.method ?? 'GET'} ${url.split('?')[0]}`;
    calls.push({ key, url, init });
    const handler = routes[key];
    if (!handler) throw new Error(`Unexpected request: ${key}`);
    return handler(url, init);
  };
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}
