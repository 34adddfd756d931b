import { serveNestHealth } from './nest-health-app';

/**
 * Nest on the Fastify adapter with nothing of ours: one controller answering GET
 * /api/health with the API's body, no global guard, pipe, filter or hook, no logger, and
 * without the middleware engine, which the API leaves out too.
 * Against it, the API's ratio is what our own layers cost; against the bare `node:http`
 * server, what the framework costs.
 */
void serveNestHealth();
