import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';
import { serveBaseline } from './serve';

/**
 * The least a broadcast can cost: a raw `ws` server that sends the body of each
 * `POST /broadcast` to every connected client, with no rooms, no protocol and no database.
 */
const sockets = new WebSocketServer({ noServer: true });
const server = createServer((request, response) => {
  if (request.method !== 'POST' || request.url !== '/broadcast') {
    response.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const payload = Buffer.concat(chunks).toString('utf8');
    for (const client of sockets.clients) client.send(payload);
    response.writeHead(204).end();
  });
});
server.on('upgrade', (request, socket, head) => {
  sockets.handleUpgrade(request, socket, head, (client) => sockets.emit('connection', client, request));
});
serveBaseline(server, async () => {
  for (const client of sockets.clients) client.terminate();
  sockets.close();
});
