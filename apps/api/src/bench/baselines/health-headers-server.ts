import { createServer } from 'node:http';
import { newRequestId } from '../../common/http/request-id';
import { securityHeaderSets } from '../../common/http/security-headers';
import { API_VERSION } from '../../common/version';
import { serveBaseline } from './serve';

/**
 * A bare `node:http` server answering GET /api/health with the API's whole response: the
 * same body, the same security headers (as in production, which is how the harness runs
 * the API), a fresh request id and the same keep-alive. Against it, the API's ratio is what
 * producing that response costs beyond writing it; against `health-server.ts`, the headers
 * are part of the difference.
 */
const body = JSON.stringify({ status: 'ok', version: API_VERSION });
const headers = {
  ...securityHeaderSets({ isProduction: true }).api,
  'content-type': 'application/json; charset=utf-8',
  'content-length': String(Buffer.byteLength(body)),
};

const server = createServer((request, response) => {
  if (request.method === 'GET' && request.url === '/api/health') {
    response.writeHead(200, { ...headers, 'x-request-id': newRequestId() });
    response.end(body);
    return;
  }
  response.writeHead(404).end();
});
// Fastify's default, which the API keeps: both answer `Keep-Alive: timeout=72`.
server.keepAliveTimeout = 72_000;
serveBaseline(server);
