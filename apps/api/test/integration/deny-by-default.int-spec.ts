import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { signAccessToken } from '../../src/modules/auth/access-token';
import { bearer, login, registerVerifiedUser } from '../factories/users';
import { expectProblem } from '../setup/problems';
import { startTestApp, TEST_AUTH_SECRET, type TestApp } from '../setup/test-app';

/**
 * The only routes anyone may call without signing in. A new route is private unless it
 * is added here on purpose, together with the `@Public()` that makes it so.
 */
const PUBLIC_ROUTES = new Set([
  'GET /api/health',
  'GET /api/health/ready',
  'GET /api/dev/mail',
  'POST /api/auth/register',
  'POST /api/auth/verify-email',
  'POST /api/auth/login',
  'POST /api/auth/refresh',
  'POST /api/auth/logout',
  'POST /api/auth/password/forgot',
  'POST /api/auth/password/reset',
  'GET /api/taxonomy',
  'GET /api/profiles',
  'GET /api/profiles/:handle',
  'GET /api/profiles/:handle/followers',
  'GET /api/profiles/:handle/following/people',
  'GET /api/profiles/:handle/following/organisations',
  'GET /api/profiles/:handle/following/topics',
  'GET /api/organisations',
  'GET /api/organisations/:slug',
  'GET /api/organisations/:slug/members',
  'GET /api/organisations/:slug/followers',
  'GET /api/posts',
  'GET /api/posts/feed.rss',
  'GET /api/posts/feed.atom',
  'GET /api/posts/:slug',
  'GET /api/posts/:slug/comments',
  'GET /api/events',
  'GET /api/events/:id',
  'GET /api/events/:id.ics',
  'GET /api/calendar/:token.ics',
  'GET /api/funding-calls',
  'GET /api/funding-calls/:id',
  'GET /api/processes',
  'GET /api/processes/:id',
  'GET /api/processes/:id.ics',
  'GET /api/processes/feed.atom',
  'GET /api/processes/:processId/ideas',
  // The results carry counts and answer states, never who took part.
  'GET /api/processes/:processId/results.json',
  'GET /api/processes/:processId/results.csv',
  'GET /api/ideas/:id',
  'GET /api/ideas/:id/comments',
  // Budgets are public with their process: its visibility decides who sees them.
  'GET /api/processes/:processId/budgets',
  'GET /api/budgets/:id',
  'GET /api/budgets/:id.ics',
  'GET /api/budgets/:id/results',
  'GET /api/tools',
  'GET /api/tools/:slug',
  'GET /api/tools/:slug/usages',
  'GET /api/cases',
  'GET /api/cases/facets',
  'GET /api/cases/feed.atom',
  'GET /api/cases/:id',
  'GET /api/cases/:id/similar',
  'GET /api/experts',
  // Petitions are read by anyone who may see them; visitors sign and confirm by mail.
  'GET /api/petitions',
  'GET /api/petitions/feed.atom',
  'GET /api/petitions/feed.rss',
  'GET /api/petitions/:id',
  'GET /api/petitions/:id.ics',
  'GET /api/petitions/:id/signatures',
  'POST /api/petitions/:id/signatures',
  'POST /api/petitions/signatures/confirm',
  // A mail's unsubscribe link: its signed token authorises it (RFC 8058 one-click).
  'GET /api/notifications/unsubscribe',
  'POST /api/notifications/unsubscribe',
  // Search shows each visitor only what they may see anyway.
  'GET /api/search',
  'GET /api/search/suggestions',
]);

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

interface Route {
  method: (typeof METHODS)[number];
  path: string;
  name: string;
}

describe('deny by default', () => {
  let t: TestApp;
  let routes: Route[];
  beforeAll(async () => {
    t = await startTestApp();
    const document = await t.http().get('/api/openapi.json').expect(200);
    const paths = document.body.paths as Record<string, Partial<Record<string, unknown>>>;
    routes = Object.entries(paths).flatMap(([template, operations]) =>
      METHODS.filter((method) => operations[method]).map((method) => ({
        method,
        // Every path parameter gets a well-formed value, so only the guard can refuse.
        path: template.replace(/\{[^}]+\}/g, randomUUID()),
        name: `${method.toUpperCase()} ${template.replace(/\{([^}]+)\}/g, ':$1')}`,
      })),
    );
  });
  afterAll(() => t.close());

  function call(route: Route, headers: Record<string, string> = {}): Promise<Response> {
    return t.http()[route.method](route.path).set(headers).send({});
  }

  function privateRoutes(): Route[] {
    return routes.filter((route) => !PUBLIC_ROUTES.has(route.name));
  }

  it('finds every public route of the allowlist in the OpenAPI document', () => {
    const names = new Set(routes.map((route) => route.name));
    for (const name of PUBLIC_ROUTES) expect(names).toContain(name);
  });

  it('knows the private routes it checks', () => {
    expect(
      privateRoutes()
        .map((route) => route.name)
        .sort(),
    ).toEqual(
      expect.arrayContaining([
        'DELETE /api/me/sessions/:id',
        'GET /api/me',
        'GET /api/me/sessions',
        'POST /api/me/password',
      ]),
    );
  });

  it('refuses every private route without a token as unauthenticated', async () => {
    for (const route of privateRoutes()) {
      const response = await call(route);
      expect({ route: route.name, status: response.status, code: response.body.code }).toEqual({
        route: route.name,
        status: 401,
        code: 'unauthenticated',
      });
      expectProblem(response, 401, 'unauthenticated');
    }
  });

  it('refuses every private route with a forged, an expired or a revoked token', async () => {
    const user = await registerVerifiedUser(t);
    const live = await login(t, user);
    const revoked = await login(t, user);
    await t.http().post('/api/auth/logout').set(bearer(revoked.accessToken)).expect(204);
    const [session] = await t.sql<{ id: string }>(
      'SELECT id FROM sessions WHERE user_id = $1 AND revoked_at IS NULL',
      [user.id],
    );
    const claims = { sub: user.id, sid: session?.id ?? '' };
    const [payload] = live.accessToken.split('.');
    const tokens = {
      forged: signAccessToken(claims, 'another-secret-another-secret-another-secret', 900),
      expired: signAccessToken(claims, TEST_AUTH_SECRET, -1),
      revoked: revoked.accessToken,
      unsigned: `${payload}.`,
      otherSession: signAccessToken({ sub: user.id, sid: randomUUID() }, TEST_AUTH_SECRET, 900),
      otherUser: signAccessToken({ sub: randomUUID(), sid: claims.sid }, TEST_AUTH_SECRET, 900),
    };
    for (const route of privateRoutes()) {
      for (const [kind, token] of Object.entries(tokens)) {
        const response = await call(route, bearer(token));
        expect({ route: route.name, kind, status: response.status, code: response.body.code }).toEqual({
          route: route.name,
          kind,
          status: 401,
          code: 'unauthenticated',
        });
      }
    }
    await t.http().get('/api/me').set(bearer(live.accessToken)).expect(200);
  });

  it('lets the public routes through without a token', async () => {
    for (const route of routes.filter((candidate) => PUBLIC_ROUTES.has(candidate.name))) {
      const response = await call(route);
      // Refresh without a cookie is a 401 of its own making; everything else answers on its merits.
      if (route.name === 'POST /api/auth/refresh') expect(response.body.detail).toMatch(/session/i);
      else
        expect({ route: route.name, status: response.status }).not.toEqual({
          route: route.name,
          status: 401,
        });
    }
  });
});
