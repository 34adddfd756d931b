import { healthContentHeaders, healthServer } from './health-answer';
import { serveBaseline } from './serve';

/**
 * A bare `node:http` server answering GET /api/health with the API's exact body and
 * content type: the ceiling for a constant JSON answer on this machine.
 */
serveBaseline(healthServer(() => ({ ...healthContentHeaders })));
