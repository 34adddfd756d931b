import { newRequestId } from '../../common/http/request-id';
import { securityHeaderSets } from '../../common/http/security-headers';
import { healthContentHeaders, healthServer } from './health-answer';
import { serveBaseline } from './serve';

/**
 * A bare `node:http` server answering GET /api/health with the API's whole response: the
 * same body, the same security headers (as in production, which is how the harness runs
 * the API), a fresh request id and the same keep-alive. Against it, the API's ratio is what
 * producing that response costs beyond writing it; against `health-server.ts`, the headers
 * are part of the difference.
 */
const headers = { ...securityHeaderSets({ isProduction: true }).api, ...healthContentHeaders };

const server = healthServer(() => ({ ...headers, 'x-request-id': newRequestId() }));
// Fastify's default, which the API keeps: both answer `Keep-Alive: timeout=72`.
server.keepAliveTimeout = 72_000;
serveBaseline(server);
