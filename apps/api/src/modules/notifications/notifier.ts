import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { DigestFrequency, Locale, NotificationSubject, UnsubscribeScope } from '@open-spaces/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainEvents } from '../../common/events/domain-events';
import { JobsService } from '../../common/jobs/jobs.service';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { LivePresence } from '../live/live-presence';
import { MailService } from '../mail/mail.service';
import { notificationHeadline, notificationReason } from './notification-copy';
import {
  digestMail,
  type MailedNotification,
  type MailFooterLinks,
  notificationMail,
} from './notification-mail';
import {
  DELIVER_POLICY,
  DIGEST_POLICY,
  DIGEST_SWEEP_CRON,
  DIGEST_SWEEP_POLICY,
  MAIL_POLICY,
  type SendDigest,
} from './notifications.jobs';
import {
  type NotificationInput,
  type NotificationRow,
  NotificationsRepository,
} from './notifications.repository';
import { unsubscribeToken } from './unsubscribe-tokens';

/** A digest lists this many notifications, then links to the rest. */
const DIGEST_ITEMS = 20;

/**
 * Writes notifications and delivers them. A module that has something to tell a person
 * calls `notify` in the transaction of the change: the notifications, and the job that
 * delivers them, exist exactly when the change commits. The job tells the person's open
 * pages at once and mails those who chose mail: at once when they are not online, after a
 * grace period when they are (and not if they read it meanwhile). What waits for the
 * digest is sent by the digest jobs, in each person's time zone and language.
 */
@Injectable()
export class Notifier implements OnModuleInit {
  private readonly logger = new Logger('Notifications');

  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    private readonly presence: LivePresence,
    private readonly events: DomainEvents,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.handle('notifications.deliver', DELIVER_POLICY, ({ ids }) => this.deliver(ids));
    await this.jobs.handleInTransaction('notifications.mail', MAIL_POLICY, ({ id }, tx) =>
      this.mailOne(id, tx),
    );
    await this.jobs.every('notifications.digest-sweep', DIGEST_SWEEP_CRON, DIGEST_SWEEP_POLICY, async () => {
      await this.sweepDigests(new Date());
    });
    await this.jobs.handleInTransaction('notifications.digest', DIGEST_POLICY, (due, tx) =>
      this.sendDigest(due, tx),
    );
  }

  /** Notifies people, in the caller's transaction. */
  async notify(tx: EntityManager, inputs: NotificationInput[]): Promise<void> {
    const ids = await this.notifications.insert(tx, inputs);
    if (ids.length > 0) await this.jobs.send('notifications.deliver', { ids }, tx);
  }

  /**
   * Marks read the person's unread notifications about one subject (the messages of a
   * conversation they opened), so their mails are not sent, and tells their other pages.
   */
  async markReadAbout(
    userId: string,
    subjectType: NotificationSubject['type'],
    subjectId: string,
  ): Promise<void> {
    if (!(await this.notifications.markReadAbout(userId, subjectType, subjectId))) return;
    const unreadCount = await this.notifications.unreadCount(userId);
    await this.events.emit('notifications.read', { userId, unreadCount });
  }

  /**
   * Sends the digests that are due now. Runs every quarter hour on its own; public so
   * the tests (and an operator's script) can run a pass at a chosen moment.
   */
  async sweepDigests(now: Date): Promise<number> {
    const due = await this.notifications.dueDigests(now);
    for (const { user_id, due_at } of due) {
      await this.jobs.send('notifications.digest', { userId: user_id, dueAt: due_at.toISOString() });
    }
    if (due.length > 0) this.logger.log(`${due.length} digest(s) due`);
    return due.length;
  }

  /** Tells each recipient's open pages, then mails those who chose mail at once. */
  private async deliver(ids: string[]): Promise<void> {
    const targets = await this.notifications.mailTargets(this.dataSource.manager, ids);
    for (const [userId, theirs] of Map.groupBy(targets, (target) => target.user_id)) {
      const unreadCount = await this.notifications.unreadCount(userId);
      for (const target of theirs) {
        await this.events.emit('notification.delivered', { userId, id: target.id, unreadCount });
      }
      const mailed = theirs.filter((target) => target.channel === 'email' && target.emailed_at === null);
      if (mailed.length === 0) continue;
      // Someone with the app open saw it arrive: the mail waits to see whether they read it.
      const online = await this.presence.online(userId);
      for (const target of mailed) {
        await this.jobs.send(
          'notifications.mail',
          { id: target.id },
          undefined,
          online ? { startAfterSeconds: this.config.notificationMailGraceSeconds } : {},
        );
      }
    }
  }

  /** Mails one notification unless it was read, mailed already, or may no longer be shown. */
  private async mailOne(id: string, tx: EntityManager): Promise<void> {
    const [target] = await this.notifications.mailTargets(tx, [id], true);
    // Not to be mailed (any more): read meanwhile, or mailed by an earlier run.
    if (target?.channel !== 'email' || target.read_at !== null || target.emailed_at !== null) return;
    const [row] = await this.notifications.byIds(tx, [id]);
    const person = await this.notifications.person(tx, target.user_id);
    if (!row || !person || person.suspended_at !== null) return;
    await this.mail.send(
      notificationMail(
        person.email,
        person.display_name,
        person.locale,
        this.mailed(row, person.locale),
        this.footer(target.user_id, row.kind),
      ),
      tx,
    );
    await this.notifications.markEmailed(tx, id);
  }

  /** Sends one person's digest for one occurrence, once, listing what is still unread. */
  private async sendDigest({ userId, dueAt }: SendDigest, tx: EntityManager): Promise<void> {
    const due = new Date(dueAt);
    const settings = await this.notifications.lockDigest(tx, userId);
    if (settings.digest_frequency === 'off') return;
    if (settings.last_digest_at !== null && settings.last_digest_at >= due) return;
    const person = await this.notifications.person(tx, userId);
    if (!person || person.suspended_at !== null) return;
    const { rows, total, ids } = await this.notifications.waitingForDigest(tx, userId, DIGEST_ITEMS);
    if (total > 0) {
      await this.mail.send(
        digestMail(
          person.email,
          person.display_name,
          person.locale,
          settings.digest_frequency as Exclude<DigestFrequency, 'off'>,
          rows.map((row) => this.mailed(row, person.locale)),
          total,
          `${this.config.publicUrl}/notifications`,
          this.footer(userId, 'digest'),
        ),
        tx,
      );
    }
    await this.notifications.markDigested(tx, userId, ids, due);
  }

  private mailed(row: NotificationRow, locale: Locale): MailedNotification {
    const text = {
      kind: row.kind,
      actorName: row.actor_name,
      organisationName: row.organisation_name,
      subjectTitle: row.subject_title,
      details: row.details,
    };
    return {
      headline: notificationHeadline(locale, text),
      reason: notificationReason(locale, text),
      link: row.subject_path === null ? null : `${this.config.publicUrl}${row.subject_path}`,
    };
  }

  private footer(userId: string, scope: UnsubscribeScope): MailFooterLinks {
    const token = encodeURIComponent(unsubscribeToken(this.config.auth.secret, { userId, scope }));
    return {
      unsubscribePage: `${this.config.publicUrl}/unsubscribe?token=${token}`,
      unsubscribePost: `${this.config.publicUrl}/api/notifications/unsubscribe?token=${token}`,
      preferences: `${this.config.publicUrl}/settings/notifications`,
    };
  }
}
