import { createServer, type OutgoingHttpHeaders, type Server } from 'node:http';
import { API_VERSION } from '../../common/version';

/** The API's answer to GET /api/health, which every health baseline gives. */
export const healthAnswer = { status: 'ok', version: API_VERSION } as const;

const body = JSON.stringify(healthAnswer);

/** The content type and length the API sends with that answer. */
export const healthContentHeaders: OutgoingHttpHeaders = {
  'content-type': 'application/json; charset=utf-8',
  'content-length': String(Buffer.byteLength(body)),
};

/**
 * A bare `node:http` server answering GET /api/health with the API's body and, for each
 * response, the headers `headersFor()` builds; 404 for anything else.
 */
export function healthServer(headersFor: () => OutgoingHttpHeaders): Server {
  return createServer((request, response) => {
    if (request.method === 'GET' && request.url === '/api/health') {
      response.writeHead(200, headersFor());
      response.end(body);
      return;
    }
    response.writeHead(404).end();
  });
}
