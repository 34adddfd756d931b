import { AuthResult, type FieldError, type Me, Problem } from '@open-spaces/contracts';
import type { z } from 'zod';

/** A failed API call: the server's problem+json, or a stand-in when the network or the response failed. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly fieldErrors: FieldError[];
  /** Seconds to wait before trying again, from the Retry-After header of a 429 or 503. */
  readonly retryAfter: number | null;
  readonly requestId: string | undefined;

  constructor(init: {
    status: number;
    code: string;
    detail: string;
    fieldErrors?: FieldError[];
    retryAfter?: number | null;
    requestId?: string;
  }) {
    super(init.detail);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.detail = init.detail;
    this.fieldErrors = init.fieldErrors ?? [];
    this.retryAfter = init.retryAfter ?? null;
    this.requestId = init.requestId;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestOptions {
  method?: Method;
  body?: unknown;
  /** Sends the access token, and on a 401 refreshes the session once and retries. */
  auth?: boolean;
  signal?: AbortSignal;
}

type SessionListener = (user: Me | null) => void;

// The access token lives in memory only: a reload restores it through the httpOnly refresh cookie.
let accessToken: string | null = null;
let refreshInFlight: Promise<AuthResult> | null = null;
const sessionListeners = new Set<SessionListener>();

export const getAccessToken = (): string | null => accessToken;

/** Tells listeners (the query cache) who is signed in now; `null` means signed out. */
export function subscribeToSession(listener: SessionListener): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

function announce(user: Me | null): void {
  for (const listener of sessionListeners) listener(user);
}

export function startSession(result: AuthResult): void {
  accessToken = result.accessToken;
  announce(result.user);
}

export function endSession(): void {
  accessToken = null;
  announce(null);
}

const statusCodes: Record<number, string> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  429: 'rate_limited',
  503: 'service_unavailable',
};

function parseRetryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

async function toApiError(response: Response): Promise<ApiError> {
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  const fallback = {
    status: response.status,
    code: statusCodes[response.status] ?? 'internal_error',
    detail: response.statusText || `Request failed with status ${response.status}.`,
    retryAfter,
  };
  const contentType = response.headers.get('Content-Type') ?? '';
  if (!contentType.includes('json')) return new ApiError(fallback);
  const parsed = Problem.safeParse(await response.json().catch(() => null));
  if (!parsed.success) return new ApiError(fallback);
  const problem = parsed.data;
  return new ApiError({
    status: problem.status,
    code: problem.code,
    detail: problem.detail,
    fieldErrors: problem.errors,
    retryAfter,
    requestId: problem.requestId,
  });
}

async function send(path: string, options: RequestOptions, token: string | null): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  try {
    return await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, code: 'network_error', detail: 'The server could not be reached.' });
  }
}

async function callRefresh(): Promise<AuthResult> {
  const response = await send('/api/auth/refresh', { method: 'POST' }, null);
  if (!response.ok) throw await toApiError(response);
  const result = AuthResult.parse(await response.json());
  startSession(result);
  return result;
}

/**
 * Exchanges the refresh cookie for a new access token. Concurrent callers share one request, and
 * tabs take turns through a Web Lock, because the server rotates the cookie and treats a second
 * use of the old one as theft.
 */
export function refreshSession(): Promise<AuthResult> {
  if (!refreshInFlight) {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    const run = locks ? locks.request('open-spaces-refresh', callRefresh) : callRefresh();
    refreshInFlight = run.finally(() => {
      refreshInFlight = null;
    });
  }
  return refreshInFlight;
}

async function authenticatedResponse(path: string, options: RequestOptions): Promise<Response> {
  const unauthenticated = () =>
    new ApiError({ status: 401, code: 'unauthenticated', detail: 'Sign in to continue.' });
  const renew = async (): Promise<string> => {
    try {
      return (await refreshSession()).accessToken;
    } catch (error) {
      if (isApiError(error) && error.status === 401) {
        endSession();
        throw unauthenticated();
      }
      throw error;
    }
  };
  const token = accessToken ?? (await renew());
  const response = await send(path, options, token);
  if (!(await isExpiredSession(response))) return response;
  const retried = await send(path, options, await renew());
  if (await isExpiredSession(retried)) endSession();
  return retried;
}

/** A 401 about the access token, not one about what was sent (such as a wrong current password). */
async function isExpiredSession(response: Response): Promise<boolean> {
  if (response.status !== 401) return false;
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => null);
  const parsed = Problem.safeParse(body);
  return !parsed.success || parsed.data.code === 'unauthenticated';
}

export function apiRequest<T>(path: string, options: RequestOptions & { schema: z.ZodType<T> }): Promise<T>;
export function apiRequest(path: string, options?: RequestOptions): Promise<void>;
export async function apiRequest<T>(
  path: string,
  options: RequestOptions & { schema?: z.ZodType<T> } = {},
): Promise<T | undefined> {
  const response = options.auth
    ? await authenticatedResponse(path, options)
    : await send(path, options, null);
  if (!response.ok) throw await toApiError(response);
  if (!options.schema) return undefined;
  const parsed = options.schema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) {
    throw new ApiError({
      status: response.status,
      code: 'invalid_response',
      detail: 'The server sent a response this page does not understand.',
    });
  }
  return parsed.data;
}

interface UploadOptions<T> {
  schema: z.ZodType<T>;
  /** Called with the share of the file sent so far, from 0 to 1. */
  onProgress?: (share: number) => void;
}

function sendUpload(path: string, file: File, token: string | null, onProgress?: (share: number) => void) {
  return new Promise<Response>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => {
      const headers = new Headers();
      for (const line of xhr
        .getAllResponseHeaders()
        .trim()
        .split(/[\r\n]+/)) {
        const at = line.indexOf(':');
        if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
      }
      resolve(new Response(xhr.status === 204 ? null : xhr.responseText, { status: xhr.status, headers }));
    });
    const failed = () =>
      reject(new ApiError({ status: 0, code: 'network_error', detail: 'The server could not be reached.' }));
    xhr.addEventListener('error', failed);
    xhr.addEventListener('abort', failed);
    const body = new FormData();
    body.append('file', file);
    xhr.send(body);
  });
}

/**
 * Sends a file as multipart field `file`, reporting progress (fetch cannot report upload
 * progress). Authenticated like `apiRequest`: an expired token is refreshed once.
 */
export async function uploadFile<T>(path: string, file: File, options: UploadOptions<T>): Promise<T> {
  let token = accessToken ?? (await refreshSession()).accessToken;
  let response = await sendUpload(path, file, token, options.onProgress);
  if (await isExpiredSession(response)) {
    token = (await refreshSession()).accessToken;
    response = await sendUpload(path, file, token, options.onProgress);
  }
  if (!response.ok) throw await toApiError(response);
  const parsed = options.schema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) {
    throw new ApiError({
      status: response.status,
      code: 'invalid_response',
      detail: 'The server sent a response this page does not understand.',
    });
  }
  return parsed.data;
}

/** A signed-in download, such as a CSV export: the file as a Blob, or the API's error. */
export async function apiDownload(path: string): Promise<Blob> {
  const response = await authenticatedResponse(path, {});
  if (!response.ok) throw await toApiError(response);
  return response.blob();
}
