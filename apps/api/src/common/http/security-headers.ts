import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../../config/config';

type Headers = Record<string, string>;

/** The built client: everything from our own origin, nothing inline. */
const CLIENT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The interactive API documentation needs the inline styles of its UI. */
const DOCS_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "frame-ancestors 'none'",
];

/** The header sets a response gets: JSON answers, the built client's pages, the API docs page. */
export interface SecurityHeaderSets {
  api: Headers;
  client: Headers;
  docs: Headers;
}

/**
 * Security headers, computed once at boot. JSON answers get a short set (a JSON body runs
 * no scripts); pages get the full set.
 */
export function securityHeaderSets(config: Pick<AppConfig, 'isProduction'>): SecurityHeaderSets {
  const common: Headers = {
    'x-content-type-options': 'nosniff',
    'cross-origin-resource-policy': 'same-origin',
    ...(config.isProduction ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
  // A JSON answer is never rendered as a page: its policy forbids everything, framing
  // included, so the page-only headers (referrer, legacy framing) would be dead weight.
  const api: Headers = {
    ...common,
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'cache-control': 'no-store',
  };
  const page = (csp: string[]): Headers => ({
    ...common,
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'content-security-policy': [...csp, ...(config.isProduction ? ['upgrade-insecure-requests'] : [])].join(
      '; ',
    ),
    'cross-origin-opener-policy': 'same-origin',
    'origin-agent-cluster': '?1',
    'x-dns-prefetch-control': 'off',
    'x-permitted-cross-domain-policies': 'none',
  });
  return { api, client: page(CLIENT_CSP), docs: page(DOCS_CSP) };
}

/**
 * Sets the security headers and the request id on every response, with one call per
 * response. Measured here, this costs a fraction of a per-request header middleware.
 */
export function registerSecurityHeaders(
  fastify: FastifyInstance,
  { api, client, docs }: SecurityHeaderSets,
): void {
  fastify.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    const url = request.url;
    reply.headers(url.startsWith('/api/docs') ? docs : url.startsWith('/api/') ? api : client);
    reply.header('x-request-id', request.id);
    done();
  });
}
