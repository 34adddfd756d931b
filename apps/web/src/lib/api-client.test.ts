import { describe, expect, it, vi } from 'vitest';
import { json, mockApi, problem } from '../test/render';
import {
  ApiError,
  apiRequest,
  getAccessToken,
  refreshSession,
  startSession,
  subscribeToSession,
} from './api-client';

const user = {
  id: '8d0f6c1e-2b1a-4d5e-9f3a-1c2b3d4e5f60',
  email: 'ada@example.org',
  displayName: 'Ada',
  role: 'member',
  emailVerified: true,
  locale: 'en',
  createdAt: '2026-01-15T09:30:00.000Z',
} as const;
const authResult = (accessToken: string) => ({ accessToken, expiresIn: 900, user });

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('apiRequest', () => {
  it('parses a problem+json response into an ApiError with code, field errors and request id', async () => {
    mockApi({
      'POST /api/auth/register': () =>
        problem(400, 'validation_failed', {
          requestId: 'req-1',
          errors: [{ field: 'email', message: 'Enter a valid email address.', code: 'invalid_format' }],
        }),
    });
    const error = await failure(apiRequest('/api/auth/register', { method: 'POST', body: {} }));
    expect(error.status).toBe(400);
    expect(error.code).toBe('validation_failed');
    expect(error.fieldErrors).toEqual([
      { field: 'email', message: 'Enter a valid email address.', code: 'invalid_format' },
    ]);
    expect(error.requestId).toBe('req-1');
  });

  it('reads Retry-After seconds from a rate-limited response', async () => {
    mockApi({ 'POST /api/auth/login': () => problem(429, 'rate_limited', {}, { 'Retry-After': '42' }) });
    const error = await failure(apiRequest('/api/auth/login', { method: 'POST', body: {} }));
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfter).toBe(42);
  });

  it('gives a response without problem details a code from its status', async () => {
    mockApi({
      'GET /api/me': () =>
        new Response('<html>Bad gateway</html>', { status: 503, statusText: 'Unavailable' }),
    });
    const error = await failure(apiRequest('/api/me'));
    expect(error.code).toBe('service_unavailable');
    expect(error.detail).toBe('Unavailable');
  });

  it('reports an unreachable server as a network error', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const error = await failure(apiRequest('/api/me'));
    expect(error.code).toBe('network_error');
    expect(error.status).toBe(0);
  });

  it('sends JSON with same-origin credentials and no token on public calls', async () => {
    startSession(authResult('token-1'));
    const calls = mockApi({ 'POST /api/auth/password/forgot': () => new Response(null, { status: 202 }) });
    await apiRequest('/api/auth/password/forgot', { method: 'POST', body: { email: 'a@b.org' } });
    const [call] = calls;
    expect(call?.init.credentials).toBe('same-origin');
    expect(call?.init.body).toBe('{"email":"a@b.org"}');
    expect(call?.init.headers).toMatchObject({ 'Content-Type': 'application/json' });
    expect(call?.init.headers).not.toHaveProperty('Authorization');
  });

  it('refreshes once and retries an authenticated call after a 401', async () => {
    startSession(authResult('expired'));
    const seen: (string | undefined)[] = [];
    const calls = mockApi({
      'GET /api/me': (_url, init) => {
        const auth = (init.headers as Record<string, string>).Authorization;
        seen.push(auth);
        return auth === 'Bearer fresh' ? json(200, user) : problem(401, 'unauthenticated');
      },
      'POST /api/auth/refresh': () => json(200, authResult('fresh')),
    });
    const { Me } = await import('@open-spaces/contracts');
    await expect(apiRequest('/api/me', { auth: true, schema: Me })).resolves.toEqual(user);
    expect(seen).toEqual(['Bearer expired', 'Bearer fresh']);
    expect(calls.filter((call) => call.key === 'POST /api/auth/refresh')).toHaveLength(1);
    expect(getAccessToken()).toBe('fresh');
  });

  it('signs out when the refresh after a 401 fails too', async () => {
    startSession(authResult('expired'));
    const listener = vi.fn();
    const unsubscribe = subscribeToSession(listener);
    mockApi({
      'GET /api/me/sessions': () => problem(401, 'unauthenticated'),
      'POST /api/auth/refresh': () => problem(401, 'unauthenticated'),
    });
    const error = await failure(apiRequest('/api/me/sessions', { auth: true }));
    expect(error.status).toBe(401);
    expect(getAccessToken()).toBeNull();
    expect(listener).toHaveBeenLastCalledWith(null);
    unsubscribe();
  });

  it('does not refresh when a 401 is about the request itself', async () => {
    startSession(authResult('valid'));
    const calls = mockApi({ 'POST /api/me/password': () => problem(401, 'wrong_password') });
    const error = await failure(apiRequest('/api/me/password', { method: 'POST', body: {}, auth: true }));
    expect(error.code).toBe('wrong_password');
    expect(calls.map((call) => call.key)).toEqual(['POST /api/me/password']);
    expect(getAccessToken()).toBe('valid');
  });

  it('shares one refresh between concurrent callers, because the cookie rotates', async () => {
    const calls = mockApi({ 'POST /api/auth/refresh': () => json(200, authResult('fresh')) });
    const [first, second] = await Promise.all([refreshSession(), refreshSession()]);
    expect(first.accessToken).toBe('fresh');
    expect(second.accessToken).toBe('fresh');
    expect(calls).toHaveLength(1);
  });
});
