import { Injectable } from '@nestjs/common';
import type {
  DigestFrequency,
  Locale,
  NotificationChannel,
  NotificationDetails,
  NotificationKind,
  NotificationSubject,
} from '@open-spaces/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { organisationVisibleSql } from '../../common/visibility/follow-counts';
import {
  accountActiveSql,
  notBlockedSql,
  profileListedSql,
} from '../../common/visibility/profile-visibility';
import { DEFAULT_CHANNELS, DEFAULT_DIGEST, defaultChannelsSql } from './notification-channels';

/** What a module tells one person. */
export interface NotificationInput {
  userId: string;
  kind: NotificationKind;
  /** The person who caused it: never told about it themself, and left out if in a block with the recipient. */
  actorId?: string | null;
  organisationId?: string | null;
  subject: { type: NotificationSubject['type']; id: string; title: string; path: string | null };
  details?: NotificationDetails;
}

/** A notification as the recipient may see it now. */
export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  channel: Exclude<NotificationChannel, 'off'>;
  created_at: Date;
  read_at: Date | null;
  subject_type: NotificationSubject['type'];
  subject_title: string;
  subject_path: string | null;
  details: NotificationDetails;
  actor_handle: string | null;
  actor_name: string | null;
  actor_avatar_key: string | null;
  organisation_slug: string | null;
  organisation_name: string | null;
  organisation_kind: string | null;
  organisation_logo_key: string | null;
}

/** Who a notification's mail goes to, and what has been done about it. */
export interface MailTarget {
  id: string;
  user_id: string;
  email: string;
  display_name: string;
  locale: Locale;
  kind: NotificationKind;
  channel: NotificationChannel;
  read_at: Date | null;
  emailed_at: Date | null;
}

export interface DigestSettingsRow {
  digest_frequency: DigestFrequency;
  digest_hour: number;
  time_zone: string;
  last_digest_at: Date | null;
}

/** The digest defaults as query parameters: frequency, hour, time zone. */
const defaultDigestParameters = () => [
  DEFAULT_DIGEST.frequency,
  DEFAULT_DIGEST.hour,
  DEFAULT_DIGEST.timeZone,
];

/** Unread counts stop here: a badge shows "99+" long before. */
const COUNT_CAP = 1000;

/**
 * What the recipient may still see of a notification (alias `n`, viewer `$1`): nothing
 * from someone now in a block with them or suspended. The actor's name is joined only when
 * their profile is listed for the recipient; the organisation only when visible to them.
 */
const SHOWN = (viewer: string) =>
  `(n.actor_id IS NULL OR (${notBlockedSql('n.actor_id', viewer)} AND ${accountActiveSql('n.actor_id')}))`;

const COLUMNS = (viewer: string) => `
  n.id::text AS id, n.kind, n.channel, n.created_at, n.read_at, n.subject_type, n.subject_title,
  n.subject_path, n.details,
  ap.handle AS actor_handle, au.display_name AS actor_name, ap.avatar_key AS actor_avatar_key,
  o.slug AS organisation_slug, o.name AS organisation_name, o.kind AS organisation_kind,
  o.logo_key AS organisation_logo_key
  FROM notifications n
  LEFT JOIN profiles ap ON ap.user_id = n.actor_id AND ${profileListedSql('ap', viewer)}
  LEFT JOIN users au ON au.id = ap.user_id
  LEFT JOIN organisations o ON o.id = n.organisation_id AND ${organisationVisibleSql('o', viewer)}`;

@Injectable()
export class NotificationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Writes the notifications each recipient wants, on the channel they chose, and returns
   * their ids. Left out: the actor's own, those to suspended accounts, those between people
   * in a block, and kinds the recipient turned off.
   */
  async insert(tx: EntityManager, inputs: NotificationInput[]): Promise<string[]> {
    if (inputs.length === 0) return [];
    const rows = inputs.map((input) => ({
      user_id: input.userId,
      kind: input.kind,
      actor_id: input.actorId ?? null,
      organisation_id: input.organisationId ?? null,
      subject_type: input.subject.type,
      subject_id: input.subject.id,
      subject_title: input.subject.title,
      subject_path: input.subject.path,
      details: input.details ?? {},
    }));
    const inserted: { id: string }[] = await tx.query(
      `WITH input AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS i(
           user_id uuid, kind text, actor_id uuid, organisation_id uuid, subject_type text,
           subject_id text, subject_title text, subject_path text, details jsonb)
       ), resolved AS (
         SELECT i.*, COALESCE(nc.channel, d.channel) AS channel
           FROM input i
           JOIN (VALUES ${defaultChannelsSql()}) AS d (kind, channel) ON d.kind = i.kind
           LEFT JOIN notification_channels nc ON nc.user_id = i.user_id AND nc.kind = i.kind
          WHERE i.user_id IS DISTINCT FROM i.actor_id
            AND ${accountActiveSql('i.user_id')}
            AND (i.actor_id IS NULL OR ${notBlockedSql('i.actor_id', 'i.user_id')})
       )
       INSERT INTO notifications (user_id, kind, channel, actor_id, organisation_id, subject_type,
                                  subject_id, subject_title, subject_path, details)
       SELECT user_id, kind, channel, actor_id, organisation_id, subject_type, subject_id,
              subject_title, subject_path, details
         FROM resolved WHERE channel <> 'off'
       RETURNING id::text AS id`,
      [JSON.stringify(rows)],
    );
    return inserted.map((row) => row.id);
  }

  /** Newest first, after the cursor's id. */
  page(
    userId: string,
    before: string | undefined,
    limit: number,
    unreadOnly: boolean,
  ): Promise<NotificationRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS('$1')}
        WHERE n.user_id = $1 AND ($2::bigint IS NULL OR n.id < $2::bigint)
          AND (NOT $3::boolean OR n.read_at IS NULL) AND ${SHOWN('$1')}
        ORDER BY n.id DESC LIMIT $4`,
      [userId, before ?? null, unreadOnly, limit + 1],
    );
  }

  /** The notifications with these ids, as their recipients see them (for mails). */
  byIds(manager: EntityManager, ids: string[]): Promise<(NotificationRow & { user_id: string })[]> {
    return manager.query(
      `SELECT n.user_id, ${COLUMNS('n.user_id')}
        WHERE n.id = ANY($1::bigint[]) AND ${SHOWN('n.user_id')}
        ORDER BY n.id`,
      [ids],
    );
  }

  async unreadCount(userId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const rows: { count: number }[] = await manager.query(
      `SELECT count(*)::int AS count FROM (
         SELECT 1 FROM notifications n
          WHERE n.user_id = $1 AND n.read_at IS NULL AND ${SHOWN('$1')}
          LIMIT ${COUNT_CAP}) unread`,
      [userId],
    );
    return rows[0]?.count ?? 0;
  }

  /** Marks one read; false when the person has no such notification. */
  async markRead(userId: string, id: string): Promise<boolean> {
    const [, changed]: [unknown, number] = await this.dataSource.query(
      `UPDATE notifications SET read_at = COALESCE(read_at, now())
        WHERE user_id = $1 AND id = $2::bigint`,
      [userId, id],
    );
    return changed > 0;
  }

  /** Marks read the person's unread notifications about one subject; false when there were none. */
  async markReadAbout(
    userId: string,
    subjectType: NotificationSubject['type'],
    subjectId: string,
  ): Promise<boolean> {
    const [, changed]: [unknown, number] = await this.dataSource.query(
      `UPDATE notifications SET read_at = now()
        WHERE user_id = $1 AND read_at IS NULL AND subject_type = $2 AND subject_id = $3`,
      [userId, subjectType, subjectId],
    );
    return changed > 0;
  }

  /** Marks read everything unread up to `upTo` (everything without it). */
  async markAllRead(userId: string, upTo: string | undefined): Promise<void> {
    await this.dataSource.query(
      `UPDATE notifications SET read_at = now()
        WHERE user_id = $1 AND read_at IS NULL AND ($2::bigint IS NULL OR id <= $2::bigint)`,
      [userId, upTo ?? null],
    );
  }

  /** The recipient, channel and state of each notification, for deciding on mail. */
  mailTargets(manager: EntityManager, ids: string[], lock = false): Promise<MailTarget[]> {
    return manager.query(
      `SELECT n.id::text AS id, n.user_id, u.email, u.display_name, u.locale, n.kind, n.channel,
              n.read_at, n.emailed_at
         FROM notifications n JOIN users u ON u.id = n.user_id
        WHERE n.id = ANY($1::bigint[]) ${lock ? 'FOR UPDATE OF n' : ''}`,
      [ids],
    );
  }

  async markEmailed(manager: EntityManager, id: string): Promise<void> {
    await manager.query('UPDATE notifications SET emailed_at = now() WHERE id = $1::bigint', [id]);
  }

  /** Each kind's channel for this person: their choices over the defaults. */
  async channels(userId: string): Promise<Record<NotificationKind, NotificationChannel>> {
    const rows: { kind: NotificationKind; channel: NotificationChannel }[] = await this.dataSource.query(
      'SELECT kind, channel FROM notification_channels WHERE user_id = $1',
      [userId],
    );
    const channels = { ...DEFAULT_CHANNELS };
    for (const row of rows) if (row.kind in channels) channels[row.kind] = row.channel;
    return channels;
  }

  async setChannels(
    manager: EntityManager,
    userId: string,
    channels: Partial<Record<NotificationKind, NotificationChannel>>,
  ): Promise<void> {
    const entries = Object.entries(channels);
    if (entries.length === 0) return;
    await manager.query(
      `INSERT INTO notification_channels (user_id, kind, channel)
       SELECT $1, kind, channel FROM unnest($2::text[], $3::text[]) AS c (kind, channel)
       ON CONFLICT (user_id, kind) DO UPDATE SET channel = EXCLUDED.channel`,
      [userId, entries.map(([kind]) => kind), entries.map(([, channel]) => channel)],
    );
  }

  async digestSettings(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<DigestSettingsRow> {
    const rows: DigestSettingsRow[] = await manager.query(
      `SELECT digest_frequency, digest_hour, time_zone, last_digest_at
         FROM notification_settings WHERE user_id = $1`,
      [userId],
    );
    return (
      rows[0] ?? {
        digest_frequency: DEFAULT_DIGEST.frequency,
        digest_hour: DEFAULT_DIGEST.hour,
        time_zone: DEFAULT_DIGEST.timeZone,
        last_digest_at: null,
      }
    );
  }

  async setDigestSettings(
    manager: EntityManager,
    userId: string,
    settings: { frequency?: DigestFrequency; hour?: number; timeZone?: string },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO notification_settings (user_id, digest_frequency, digest_hour, time_zone)
       VALUES ($1, COALESCE($2, $5), COALESCE($3::smallint, $6::smallint), COALESCE($4, $7))
       ON CONFLICT (user_id) DO UPDATE SET
         digest_frequency = COALESCE($2, notification_settings.digest_frequency),
         digest_hour = COALESCE($3::smallint, notification_settings.digest_hour),
         time_zone = COALESCE($4, notification_settings.time_zone)`,
      [
        userId,
        settings.frequency ?? null,
        settings.hour ?? null,
        settings.timeZone ?? null,
        ...defaultDigestParameters(),
      ],
    );
  }

  /**
   * The people with something waiting for a digest whose last occurrence (daily at their
   * hour, or weekly on Monday at it, in their time zone) has passed since their last
   * digest, with that occurrence. Starts from what waits, which the partial index keeps small.
   */
  dueDigests(now: Date): Promise<{ user_id: string; due_at: Date }[]> {
    return this.dataSource.query(
      `WITH waiting AS (
         SELECT DISTINCT user_id FROM notifications
          WHERE channel = 'digest' AND digested_at IS NULL AND read_at IS NULL
       ), settings AS (
         SELECT w.user_id,
                COALESCE(s.digest_frequency, $2) AS frequency,
                COALESCE(s.digest_hour, $3::int) AS hour,
                COALESCE(s.time_zone, $4) AS tz,
                s.last_digest_at
           FROM waiting w LEFT JOIN notification_settings s ON s.user_id = w.user_id
       ), occurrences AS (
         SELECT user_id, last_digest_at, frequency, hour, tz,
                date_trunc(CASE frequency WHEN 'weekly' THEN 'week' ELSE 'day' END,
                           $1::timestamptz AT TIME ZONE tz) + make_interval(hours => hour) AS local_due
           FROM settings WHERE frequency <> 'off'
       ), due AS (
         SELECT user_id, last_digest_at,
                (CASE WHEN local_due > ($1::timestamptz AT TIME ZONE tz)
                      THEN local_due - CASE frequency WHEN 'weekly' THEN interval '7 days' ELSE interval '1 day' END
                      ELSE local_due END) AT TIME ZONE tz AS due_at
           FROM occurrences
       )
       SELECT user_id, due_at FROM due
        WHERE last_digest_at IS NULL OR last_digest_at < due_at`,
      [now, ...defaultDigestParameters()],
    );
  }

  /** Locks the person's settings row (creating it) so two digests for them never run at once. */
  async lockDigest(manager: EntityManager, userId: string): Promise<DigestSettingsRow> {
    await manager.query(
      'INSERT INTO notification_settings (user_id) VALUES ($1) ON CONFLICT (user_id) DO NOTHING',
      [userId],
    );
    const rows: DigestSettingsRow[] = await manager.query(
      `SELECT digest_frequency, digest_hour, time_zone, last_digest_at
         FROM notification_settings WHERE user_id = $1 FOR UPDATE`,
      [userId],
    );
    const row = rows[0];
    if (!row) throw new Error('the notification settings row vanished');
    return row;
  }

  /** What waits for this person's digest, oldest first, at most `limit` (and how many in all). */
  async waitingForDigest(
    manager: EntityManager,
    userId: string,
    limit: number,
  ): Promise<{ rows: NotificationRow[]; total: number; ids: string[] }> {
    const all: { id: string }[] = await manager.query(
      `SELECT n.id::text AS id FROM notifications n
        WHERE n.user_id = $1 AND n.channel = 'digest' AND n.digested_at IS NULL AND n.read_at IS NULL
        ORDER BY n.id FOR UPDATE`,
      [userId],
    );
    const ids = all.map((row) => row.id);
    // What waits for one person's digest is a few rows: all of them, counted here.
    const shown: NotificationRow[] = await manager.query(
      `SELECT ${COLUMNS('$1')}
        WHERE n.id = ANY($2::bigint[]) AND ${SHOWN('$1')}
        ORDER BY n.id`,
      [userId, ids],
    );
    return { rows: shown.slice(0, limit), total: shown.length, ids };
  }

  async markDigested(manager: EntityManager, userId: string, ids: string[], dueAt: Date): Promise<void> {
    await manager.query('UPDATE notifications SET digested_at = now() WHERE id = ANY($1::bigint[])', [ids]);
    await manager.query('UPDATE notification_settings SET last_digest_at = $2 WHERE user_id = $1', [
      userId,
      dueAt,
    ]);
  }

  /** The recipient of a digest. */
  async person(
    manager: EntityManager,
    userId: string,
  ): Promise<{ email: string; display_name: string; locale: Locale; suspended_at: Date | null } | null> {
    const rows = await manager.query(
      'SELECT email, display_name, locale, suspended_at FROM users WHERE id = $1',
      [userId],
    );
    return rows[0] ?? null;
  }
}
