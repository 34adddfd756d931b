import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { LiveServerEvents } from '@open-spaces/contracts';
import { Server } from 'socket.io';
import { LIVE_SERVER_OPTIONS } from '../../modules/live/live-io.adapter';
import { userRoom } from '../../modules/live/live-presence';
import { serveBaseline } from './serve';

/**
 * The stack floor of a live broadcast: Socket.IO as the API runs it (the same version and
 * server options, connection-state recovery included), each connection in a room of its
 * own as each person is in the API, and `POST /broadcast` sent as `feed:activity` to all
 * those rooms in one emit, as the API tells an activity's recipients. What the API adds on
 * top: the publishing request, its transaction and the query choosing the recipients.
 */
const server = createServer((request, response) => {
  if (request.method !== 'POST' || request.url !== '/broadcast') {
    response.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const payload = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id: string };
    live.to([...rooms]).emit('feed:activity', payload);
    response.writeHead(204).end();
  });
});
const live = new Server<Record<string, never>, LiveServerEvents>(server, { ...LIVE_SERVER_OPTIONS });
const rooms = new Set<string>();
live.on('connection', (socket) => {
  const room = userRoom(randomUUID());
  socket.join(room);
  rooms.add(room);
  socket.on('disconnect', () => rooms.delete(room));
});
serveBaseline(server, () => live.close());
