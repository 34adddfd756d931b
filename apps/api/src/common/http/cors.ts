import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const ALLOWED_METHODS = 'GET, POST, PATCH, PUT, DELETE, OPTIONS';
const ALLOWED_HEADERS = 'authorization, content-type, x-request-id';

/**
 * CORS for the configured origins, with credentials. Same-origin requests (no Origin
 * header, the common case) pass at the cost of one header lookup.
 */
export function registerCors(fastify: FastifyInstance, allowedOrigins: readonly string[]): void {
  const allowed = new Set(allowedOrigins);
  fastify.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    if (
      grantOrigin(request, reply, allowed) &&
      request.method === 'OPTIONS' &&
      request.headers['access-control-request-method']
    ) {
      reply
        .header('access-control-allow-methods', ALLOWED_METHODS)
        .header('access-control-allow-headers', ALLOWED_HEADERS)
        .header('access-control-max-age', '600')
        .status(204)
        .send();
      return;
    }
    done();
  });
}

/**
 * The CORS headers of an answer: `Vary: Origin` when the request names an origin, and the
 * grant with credentials when that origin is allowed. Whether it was granted. Also used
 * for answers to requests refused before the request hooks run.
 */
export function grantOrigin(
  request: FastifyRequest,
  reply: FastifyReply,
  allowed: ReadonlySet<string>,
): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  reply.header('vary', 'Origin');
  if (!allowed.has(origin)) return false;
  reply.header('access-control-allow-origin', origin);
  reply.header('access-control-allow-credentials', 'true');
  return true;
}
