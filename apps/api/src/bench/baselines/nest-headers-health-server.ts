import { requestIdOf } from '../../common/http/request-id';
import { registerSecurityHeaders, securityHeaderSets } from '../../common/http/security-headers';
import { serveNestHealth } from './nest-health-app';

/**
 * What the fixed stack costs with the response the platform must send: Nest on the
 * Fastify adapter, set up as lean as the API (no middleware engine, no logger), plus the
 * production security headers and a request id through the API's own hook, and nothing
 * else (no guard, pipe, filter, cookie, CORS or logging). Measured in place of the API
 * against the bare server, it says how close to the bare server any API built on this
 * stack with these headers can come.
 */
void serveNestHealth({ requestIdHeader: false, genReqId: requestIdOf }, (adapter) =>
  registerSecurityHeaders(adapter.getInstance(), securityHeaderSets({ isProduction: true })),
);
