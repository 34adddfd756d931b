import { Inject, Logger, type OnModuleDestroy } from '@nestjs/common';
import {
  type OnGatewayConnection,
  type OnGatewayInit,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import {
  type LiveClientEvents,
  type LiveRefusal,
  type LiveServerEvents,
  LiveTarget,
  type WatchAnswer,
} from '@open-spaces/contracts';
import type { Server, Socket } from 'socket.io';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { AppException } from '../../common/errors/app.exception';
import { OnDomainEvent } from '../../common/events/domain-events';
import { activityViewersSql } from '../../common/visibility/content-visibility';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import type { ActivityRecorded } from '../activities/activities.events';
import { AuthService } from '../auth/auth.service';
import type { BallotCheckedOut } from '../budgets/budgets.events';
import { BudgetsService } from '../budgets/budgets.service';
import type { EventAttendanceChanged } from '../events/events.events';
import { EventsService } from '../events/events.service';
import type { MessageSent } from '../messaging/messaging.events';
import type { NotificationDelivered, NotificationsRead } from '../notifications/notifications.events';
import { PetitionSignaturesService } from '../petitions/petition-signatures.service';
import type { PetitionSigned } from '../petitions/petitions.events';
import { PetitionsService } from '../petitions/petitions.service';
import type { CommentAdded } from '../posts/posts.events';
import { PostsService } from '../posts/posts.service';
import type { IdeaProposed, IdeaSupportsChanged } from '../processes/processes.events';
import { ProcessesService } from '../processes/processes.service';
import { LivePresence, userRoom } from './live-presence';

interface SocketData {
  user: AuthUser;
  /** The room of each post watched, by the slug asked for; kept when a connection is recovered. */
  posts: Record<string, string>;
}
type LiveServer = Server<LiveClientEvents, LiveServerEvents, Record<string, never>, SocketData>;
type LiveSocket = Socket<LiveClientEvents, LiveServerEvents, Record<string, never>, SocketData>;

/** Rooms: each person's own, each session's (to close it), and each watched object's. */
export const rooms = {
  user: userRoom,
  session: (id: string) => `session:${id}`,
  post: (id: string) => `post:${id}`,
  event: (id: string) => `event:${id}`,
  petition: (id: string) => `petition:${id}`,
  process: (id: string) => `process:${id}`,
  budget: (id: string) => `budget:${id}`,
};

/**
 * The live channel (`/live`). A connection must bring the access token of a live session;
 * it joins its person's and its session's rooms, and the rooms of what its pages watch
 * once the API has checked the viewer may see them. Every few seconds the sessions behind
 * this process's connections are checked: a signed-out, revoked, expired or suspended one
 * is disconnected. What is sent leaves out the people in a block with whoever caused it.
 */
@WebSocketGateway()
export class LiveGateway implements OnGatewayInit, OnGatewayConnection, OnModuleDestroy {
  private readonly logger = new Logger('Live');
  @WebSocketServer() private server!: LiveServer;
  private sweep: NodeJS.Timeout | undefined;

  constructor(
    private readonly auth: AuthService,
    private readonly posts: PostsService,
    private readonly events: EventsService,
    private readonly petitions: PetitionsService,
    private readonly signatures: PetitionSignaturesService,
    private readonly processes: ProcessesService,
    private readonly budgets: BudgetsService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly presence: LivePresence,
  ) {}

  afterInit(server: LiveServer): void {
    this.presence.attach(server as unknown as Server);
    server.use((socket, next) => {
      const token: unknown = socket.handshake.auth?.token;
      const refuse = (reason: LiveRefusal) => next(new Error(reason));
      if (typeof token !== 'string' || token.length === 0 || token.length > 4096)
        return refuse('unauthenticated');
      this.auth.authenticate(token).then(
        (user) => {
          if (!user) return refuse('unauthenticated');
          socket.data.user = user;
          socket.data.posts ??= {};
          next();
        },
        (error: unknown) => {
          this.logger.error(`Could not check a live connection's session: ${(error as Error).message}`);
          next(new Error('unavailable'));
        },
      );
    });
    this.sweep = setInterval(() => void this.closeEndedSessions(), this.config.liveSessionCheckMs);
    this.sweep.unref();
  }

  handleConnection(socket: LiveSocket): void {
    const { user } = socket.data;
    socket.join([rooms.user(user.id), rooms.session(user.sessionId)]);
    socket.on('watch', (target, answer) => {
      if (typeof answer !== 'function') return;
      void this.watch(socket, target).then(answer);
    });
    socket.on('unwatch', (target) => {
      const parsed = LiveTarget.safeParse(target);
      if (!parsed.success) return;
      if (parsed.data.type !== 'post') {
        socket.leave(rooms[parsed.data.type](parsed.data.id));
        return;
      }
      const room = socket.data.posts[parsed.data.slug];
      if (room === undefined) return;
      delete socket.data.posts[parsed.data.slug];
      if (!Object.values(socket.data.posts).includes(room)) socket.leave(room);
    });
  }

  onModuleDestroy(): void {
    clearInterval(this.sweep);
  }

  private async watch(socket: LiveSocket, target: unknown): Promise<WatchAnswer> {
    const parsed = LiveTarget.safeParse(target);
    if (!parsed.success) return { ok: false, code: 'invalid_target' };
    const { user } = socket.data;
    try {
      if (parsed.data.type === 'post') {
        const { post } = await this.posts.access(parsed.data.slug, user);
        const room = rooms.post(post.id);
        socket.join(room);
        socket.data.posts[parsed.data.slug] = room;
      } else if (parsed.data.type === 'event') {
        await this.events.get(parsed.data.id, user);
        socket.join(rooms.event(parsed.data.id));
      } else if (parsed.data.type === 'process') {
        await this.processes.access(parsed.data.id, user);
        socket.join(rooms.process(parsed.data.id));
      } else if (parsed.data.type === 'petition') {
        await this.petitions.get(parsed.data.id, user);
        socket.join(rooms.petition(parsed.data.id));
      } else {
        await this.budgets.access(parsed.data.id, user);
        socket.join(rooms.budget(parsed.data.id));
      }
      return { ok: true };
    } catch (error) {
      if (error instanceof AppException) return { ok: false, code: 'not_found' };
      throw error;
    }
  }

  /**
   * Tells the people whose home feed the activity belongs in: followers of its actor, its
   * organisation or one of its topics, and the organisation's members, each of whom may
   * see it (the same rules as the feed: blocks, hidden and suspended accounts, audience).
   * Not the actor, whose own doings are not news to them.
   */
  @OnDomainEvent('activity.recorded')
  activityRecorded(activity: ActivityRecorded): void {
    this.detach('feed signal', () => this.signalFeed(activity));
  }

  private async signalFeed(activity: ActivityRecorded): Promise<void> {
    const recipients: { user_id: string }[] = await this.dataSource.query(
      `WITH candidates AS (
         SELECT f.follower_id AS user_id FROM follows f
          WHERE (f.target_type = 'profile' AND f.target_id = $1::text)
             OR (f.target_type = 'organisation' AND f.target_id = $2::text)
             OR (f.target_type = 'topic' AND f.target_id = ANY($3::text[]))
         UNION
         SELECT m.user_id FROM memberships m WHERE m.organisation_id = $2::uuid
       ), active AS (
         -- The few suspended accounts as one hashed set, not a lookup per follower.
         SELECT c.user_id FROM candidates c
          WHERE c.user_id <> $1::uuid
            AND c.user_id NOT IN (SELECT id FROM users WHERE suspended_at IS NOT NULL)
       )
       ${activityViewersSql('active', '$1::uuid', '$2::uuid', '$4::text')}`,
      [activity.actorId, activity.organisationId, activity.topics, activity.audience],
    );
    if (recipients.length === 0) return;
    this.server
      .to(recipients.map((row) => rooms.user(row.user_id)))
      .emit('feed:activity', { id: activity.id });
  }

  /** The person's open pages count up their badge and fetch the new notification. */
  @OnDomainEvent('notification.delivered')
  notificationDelivered({ userId, id, unreadCount }: NotificationDelivered): void {
    this.server.to(rooms.user(userId)).emit('notification:new', { id, unreadCount });
  }

  /** Reading in one tab or device updates the count in the others. */
  @OnDomainEvent('notifications.read')
  notificationsRead({ userId, unreadCount }: NotificationsRead): void {
    this.server.to(rooms.user(userId)).emit('notification:unread', { unreadCount });
  }

  /**
   * Both people's open pages fetch the new message; none while the pair is in a block (one
   * made after the message committed stops it here too).
   */
  @OnDomainEvent('message.sent')
  messageSent(sent: MessageSent): void {
    this.detach('message signal', () => this.signalMessage(sent));
  }

  private async signalMessage({
    conversationId,
    messageId,
    senderId,
    recipientId,
  }: MessageSent): Promise<void> {
    if ((await this.blockedWith(senderId)).includes(rooms.user(recipientId))) return;
    this.server
      .to([rooms.user(senderId), rooms.user(recipientId)])
      .emit('message:new', { conversationId, id: messageId });
  }

  @OnDomainEvent('comment.added')
  commentAdded(added: CommentAdded): void {
    this.detach('comment signal', () => this.signalComment(added));
  }

  private async signalComment({ postId, commentId, authorId }: CommentAdded): Promise<void> {
    if (!(await this.listed(authorId))) return;
    this.server
      .to(rooms.post(postId))
      .except(await this.blockedWith(authorId))
      .emit('post:comment-added', { postId, commentId });
  }

  @OnDomainEvent('event.attendance-changed')
  attendanceChanged(changed: EventAttendanceChanged): void {
    this.detach('attendance signal', () => this.signalAttendance(changed));
  }

  private async signalAttendance({ eventId, actorId }: EventAttendanceChanged): Promise<void> {
    const counts = await this.events.attendance(eventId);
    this.server
      .to(rooms.event(eventId))
      .except(await this.blockedWith(actorId))
      .emit('event:attendance', { eventId, ...counts });
  }

  @OnDomainEvent('petition.signed')
  petitionSigned(signed: PetitionSigned): void {
    this.detach('signature signal', () => this.signalSignatures(signed));
  }

  private async signalSignatures({ petitionId, actorId }: PetitionSigned): Promise<void> {
    const signatureCount = await this.signatures.count(petitionId);
    this.server
      .to(rooms.petition(petitionId))
      .except(actorId ? await this.blockedWith(actorId) : [])
      .emit('petition:signatures', { petitionId, signatureCount });
  }

  /** Pages showing the process list a new idea without being reloaded. */
  @OnDomainEvent('idea.proposed')
  ideaProposed({ processId, ideaId, actorId }: IdeaProposed): void {
    this.detach('new idea signal', async () => {
      this.server
        .to(rooms.process(processId))
        .except(await this.blockedWith(actorId))
        .emit('idea:new', { processId, ideaId });
    });
  }

  /** Pages showing the process update the idea's count; the count is public to them already. */
  @OnDomainEvent('idea.supports-changed')
  supportsChanged(changed: IdeaSupportsChanged): void {
    this.detach('supports signal', () => this.signalSupports(changed));
  }

  private async signalSupports({
    processId,
    ideaId,
    supportsCount,
    actorId,
  }: IdeaSupportsChanged): Promise<void> {
    this.server
      .to(rooms.process(processId))
      .except(await this.blockedWith(actorId))
      .emit('idea:supports', { processId, ideaId, supportsCount });
  }

  @OnDomainEvent('budget.ballot-checked-out')
  ballotCheckedOut(checkedOut: BallotCheckedOut): void {
    this.detach('ballot count signal', () => this.signalBallots(checkedOut));
  }

  private async signalBallots({ budgetId, voterId }: BallotCheckedOut): Promise<void> {
    const ballotCount = await this.budgets.ballotCount(budgetId);
    this.server
      .to(rooms.budget(budgetId))
      .except(await this.blockedWith(voterId))
      .emit('budget:ballots', { budgetId, ballotCount });
  }

  /**
   * Live delivery runs beside the writer's answer, not before it: the person who published
   * is not kept waiting while thousands of sockets are told. A failure is logged.
   */
  private detach(what: string, work: () => Promise<void>): void {
    work().catch((error: unknown) => {
      this.logger.warn(`A ${what} was not sent: ${(error as Error).message}`);
    });
  }

  /** The rooms of everyone in a block with this person, either way. */
  private async blockedWith(userId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT blocked_id AS id FROM blocks WHERE blocker_id = $1
       UNION SELECT blocker_id FROM blocks WHERE blocked_id = $1`,
      [userId],
    );
    return rows.map((row) => rooms.user(row.id));
  }

  /** Whether signed-in people may list this person's profile (not hidden by them or by moderation). */
  private async listed(userId: string): Promise<boolean> {
    const rows = await this.dataSource.query(
      `SELECT 1 FROM profiles WHERE user_id = $1 AND hidden_at IS NULL AND visibility IN ('public', 'members')`,
      [userId],
    );
    return rows.length > 0;
  }

  /** Disconnects this process's connections whose session has ended. */
  private async closeEndedSessions(): Promise<void> {
    const sockets = [...this.server.of('/').sockets.values()] as LiveSocket[];
    if (sockets.length === 0) return;
    try {
      const live = await this.auth.liveSessions([...new Set(sockets.map((s) => s.data.user.sessionId))]);
      for (const socket of sockets) if (!live.has(socket.data.user.sessionId)) socket.disconnect(true);
    } catch (error) {
      this.logger.warn(`Could not check live connections' sessions: ${(error as Error).message}`);
    }
  }
}
