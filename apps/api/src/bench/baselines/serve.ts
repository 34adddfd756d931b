import { createServer, type Server, type ServerResponse } from 'node:http';

/**
 * Shared life cycle of every baseline server: listen on PORT, say so on stdout (the
 * harness waits for that line), stop on SIGTERM/SIGINT, and exit when the harness that
 * started it goes away (the IPC channel closes), so no baseline outlives a benchmark.
 */
export function serveBaseline(server: Server, onClose: () => Promise<void> = async () => undefined): void {
  const port = Number(process.env.PORT ?? 0);
  const stop = () => {
    server.close(() => void onClose().finally(() => process.exit(0)));
    server.closeAllConnections();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.on('disconnect', stop);
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const actual = address && typeof address === 'object' ? address.port : port;
    process.stdout.write(`listening on ${actual}\n`);
  });
}

/** Writes `body` as the API writes JSON: content type and length, nothing else. */
export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
  });
  response.end(json);
}

/**
 * A baseline answering GET `pathname` with the JSON `answer` makes of the query string
 * (404 for anything else), served with the shared life cycle.
 */
export function serveJsonRoute(
  pathname: string,
  answer: (query: URLSearchParams) => Promise<unknown>,
  onClose: () => Promise<void>,
): void {
  serveBaseline(
    createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (request.method !== 'GET' || url.pathname !== pathname) {
        response.writeHead(404).end();
        return;
      }
      answer(url.searchParams).then(
        (body) => sendJson(response, 200, body),
        (error: unknown) => sendJson(response, 500, { error: String(error) }),
      );
    }),
    onClose,
  );
}
