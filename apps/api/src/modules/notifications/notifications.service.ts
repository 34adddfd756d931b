import { Inject, Injectable } from '@nestjs/common';
import type {
  Locale,
  Notification,
  NotificationPage,
  NotificationPreferences,
  UnsubscribeInfo,
  UpdateNotificationPreferences,
} from '@open-spaces/contracts';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { toContentAuthor } from '../../common/content/content-author';
import { DomainEvents } from '../../common/events/domain-events';
import { decodeCursor, toPage } from '../../common/pagination/cursor';
import { FILE_STORAGE, type FileStorage } from '../../common/storage/storage';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { notificationReason } from './notification-copy';
import { notificationErrors } from './notifications.errors';
import { type NotificationRow, NotificationsRepository } from './notifications.repository';
import { readUnsubscribeToken, type Unsubscribe } from './unsubscribe-tokens';

const NotificationKey = z.tuple([z.string().regex(/^\d{1,19}$/)]);

/** The list's query once the contract has read it. */
export interface NotificationListRequest {
  after?: string;
  limit: number;
  unread?: boolean;
}

/** The notifications list, read state and preferences of the signed-in person, and unsubscribe links. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly events: DomainEvents,
    private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async page(user: AuthUser, query: NotificationListRequest): Promise<NotificationPage> {
    const before = decodeCursor(query.after, NotificationKey)?.[0];
    const [rows, unreadCount, locale] = await Promise.all([
      this.notifications.page(user.id, before, query.limit, query.unread ?? false),
      this.notifications.unreadCount(user.id),
      this.locale(user.id),
    ]);
    return {
      ...toPage(
        rows,
        query.limit,
        (row) => this.toNotification(row, locale),
        (row) => [row.id],
      ),
      unreadCount,
    };
  }

  unreadCount(user: AuthUser): Promise<number> {
    return this.notifications.unreadCount(user.id);
  }

  async markRead(user: AuthUser, id: string): Promise<void> {
    if (!/^\d{1,19}$/.test(id) || !(await this.notifications.markRead(user.id, id))) {
      throw notificationErrors.notFound();
    }
    await this.announceRead(user.id);
  }

  async markAllRead(user: AuthUser, upTo: string | undefined): Promise<number> {
    await this.notifications.markAllRead(user.id, upTo);
    return this.announceRead(user.id);
  }

  async preferences(user: AuthUser): Promise<NotificationPreferences> {
    return this.preferencesOf(user.id);
  }

  async updatePreferences(
    user: AuthUser,
    update: UpdateNotificationPreferences,
  ): Promise<NotificationPreferences> {
    await this.dataSource.transaction(async (tx) => {
      await this.notifications.setChannels(tx, user.id, update.channels ?? {});
      if (update.digest) await this.notifications.setDigestSettings(tx, user.id, update.digest);
    });
    return this.preferencesOf(user.id);
  }

  /** What an unsubscribe link would stop, and whether it is stopped already. */
  async unsubscribeInfo(token: string): Promise<UnsubscribeInfo> {
    const unsubscribe = this.readToken(token);
    return { scope: unsubscribe.scope, unsubscribed: await this.isUnsubscribed(unsubscribe) };
  }

  /**
   * Stops what the link names: the digest, or the mails of one kind (which stay in the
   * app). Calling it again changes nothing.
   */
  async unsubscribe(token: string): Promise<UnsubscribeInfo> {
    const unsubscribe = this.readToken(token);
    const { userId, scope } = unsubscribe;
    await this.dataSource.transaction(async (tx) => {
      if (scope === 'digest') {
        await this.notifications.setDigestSettings(tx, userId, { frequency: 'off' });
        return;
      }
      const channels = await this.notifications.channels(userId);
      if (channels[scope] === 'email' || channels[scope] === 'digest') {
        await this.notifications.setChannels(tx, userId, { [scope]: 'app' });
      }
    });
    return { scope, unsubscribed: true };
  }

  private readToken(token: string): Unsubscribe {
    const unsubscribe = readUnsubscribeToken(this.config.auth.secret, token);
    if (!unsubscribe) throw notificationErrors.unsubscribeTokenInvalid();
    return unsubscribe;
  }

  private async isUnsubscribed({ userId, scope }: Unsubscribe): Promise<boolean> {
    if (scope === 'digest') {
      return (await this.notifications.digestSettings(userId)).digest_frequency === 'off';
    }
    const channel = (await this.notifications.channels(userId))[scope];
    return channel === 'app' || channel === 'off';
  }

  private async preferencesOf(userId: string): Promise<NotificationPreferences> {
    const [channels, digest] = await Promise.all([
      this.notifications.channels(userId),
      this.notifications.digestSettings(userId),
    ]);
    return {
      channels,
      digest: { frequency: digest.digest_frequency, hour: digest.digest_hour, timeZone: digest.time_zone },
    };
  }

  /** Tells the person's other pages the unread count after they read something. */
  private async announceRead(userId: string): Promise<number> {
    const unreadCount = await this.notifications.unreadCount(userId);
    await this.events.emit('notifications.read', { userId, unreadCount });
    return unreadCount;
  }

  private async locale(userId: string): Promise<Locale> {
    return (await this.notifications.person(this.dataSource.manager, userId))?.locale ?? 'en';
  }

  private toNotification(row: NotificationRow, locale: Locale): Notification {
    const { person, organisation } = toContentAuthor(this.storage, {
      author_handle: row.actor_handle,
      author_name: row.actor_name,
      author_avatar_key: row.actor_avatar_key,
      organisation_slug: row.organisation_slug,
      organisation_name: row.organisation_name,
      organisation_kind: row.organisation_kind,
      organisation_logo_key: row.organisation_logo_key,
    });
    return {
      id: row.id,
      kind: row.kind,
      createdAt: row.created_at.toISOString(),
      readAt: row.read_at?.toISOString() ?? null,
      actor: person,
      organisation,
      subject: { type: row.subject_type, title: row.subject_title, path: row.subject_path },
      details: row.details,
      reason: notificationReason(locale, {
        kind: row.kind,
        actorName: row.actor_name,
        organisationName: row.organisation_name,
        subjectTitle: row.subject_title,
        details: row.details,
      }),
    };
  }
}
