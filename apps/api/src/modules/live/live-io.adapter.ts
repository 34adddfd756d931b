import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { LIVE_PATH } from '@open-spaces/contracts';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { Redis } from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';

/** How long a dropped connection may come back and be given what it missed. */
export const RECOVERY_WINDOW_MS = 2 * 60_000;

/**
 * What the live server is created with, besides Socket.IO's defaults (both transports among
 * them). The fan-out bench's stack floor starts a bare server with these, so the two cannot drift.
 */
export const LIVE_SERVER_OPTIONS = {
  path: LIVE_PATH,
  serveClient: false,
  // No CORS headers: the web client is served from the API's own origin. Connections
  // authenticate with an access token, never a cookie, so another site's page cannot
  // open one in a visitor's name.
  connectionStateRecovery: { maxDisconnectionDuration: RECOVERY_WINDOW_MS, skipMiddlewares: false },
} satisfies Partial<ServerOptions>;

/**
 * Socket.IO on the API's own HTTP server, at `/live`. With Redis, the Redis streams
 * adapter carries every broadcast to the sockets of every API process and keeps the
 * recent ones, so connection-state recovery works whichever process a client comes back to.
 * Without Redis, one process and the in-memory adapter, which recovers connections too.
 */
export class LiveIoAdapter extends IoAdapter {
  private readonly servers: Server[] = [];

  constructor(
    app: INestApplicationContext,
    private readonly redis: { client: Redis; prefix: string } | null,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server: Server = super.createIOServer(port, {
      ...(options as ServerOptions),
      ...LIVE_SERVER_OPTIONS,
    });
    if (this.redis) {
      const prefix = this.redis.prefix;
      server.adapter(
        createAdapter(this.redis.client, {
          streamName: `${prefix}:live`,
          channelPrefix: `${prefix}:live`,
          sessionKeyPrefix: `${prefix}:live:session:`,
        }),
      );
    }
    this.servers.push(server);
    return server;
  }

  /**
   * Closes this process's live connections (not other processes'), so that closing the
   * HTTP server does not wait for them; their clients reconnect to a running process.
   */
  disconnectLocal(): void {
    for (const server of this.servers) server.local.disconnectSockets(true);
  }
}
