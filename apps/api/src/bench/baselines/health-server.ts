import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { serveBaseline } from './serve';

/**
 * A bare `node:http` server answering GET /api/health with the API's exact body and
 * content type: the ceiling for a constant JSON answer on this machine.
 */
const { version } = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as {
  version: string;
};
const body = JSON.stringify({ status: 'ok', version });

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
