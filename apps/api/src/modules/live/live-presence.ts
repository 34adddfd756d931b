import { Global, Injectable, Module } from '@nestjs/common';
import type { Server } from 'socket.io';

/** The room every connection of a person joins. */
export const userRoom = (id: string) => `user:${id}`;

/**
 * Whether a person has the app open: a live connection on any API process (through the
 * Redis adapter when several run). Notifications ask it before mailing, since a person who
 * saw a notification arrive live need not be mailed about it.
 */
@Injectable()
export class LivePresence {
  private server: Server | undefined;

  /** Called by the live gateway once its server exists. */
  attach(server: Server): void {
    this.server = server;
  }

  /** False when the live channel is not running in this process. */
  async online(userId: string): Promise<boolean> {
    if (!this.server) return false;
    const sockets = await this.server.in(userRoom(userId)).fetchSockets();
    return sockets.length > 0;
  }
}

/** Shares LivePresence with every module, without their depending on the live channel's. */
@Global()
@Module({ providers: [LivePresence], exports: [LivePresence] })
export class LivePresenceModule {}
