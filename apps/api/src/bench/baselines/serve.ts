import type { Server } from 'node:http';

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
