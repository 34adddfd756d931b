import { createServer } from 'node:http';
import { API_VERSION } from '../../common/version';
import { serveBaseline } from './serve';

/**
 * A bare `node:http` server answering GET /api/health with the API's exact body and
 * content type: the ceiling for a constant JSON answer on this machine.
 */
const body = JSON.stringify({ status: 'ok', version: API_VERSION });

serveBaseline(
  createServer((request, response) => {
    if (request.method === 'GET' && request.url === '/api/health') {
      response.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
      });
      response.end(body);
      return;
    }
    response.writeHead(404).end();
  }),
);
