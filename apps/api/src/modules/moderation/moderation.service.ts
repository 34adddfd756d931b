import { Injectable } from '@nestjs/common';
import type { ModerationQueue, ModerationQueueQuery, ReportObjectType } from '@open-spaces/contracts';
import { ReportObjectType as ReportObjectTypeSchema } from '@open-spaces/contracts';
import { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { isSiteModerator } from '../../common/auth/site-roles';
import { decodeCursor, PgTimestamp, toPage } from '../../common/pagination/cursor';
import { AuthService } from '../auth/auth.service';
import type { NotificationInput } from '../notifications/notifications.repository';
import { Notifier } from '../notifications/notifier';
import { moderationErrors } from './moderation.errors';
import { type ClosedReportRow, ModerationRepository } from './moderation.repository';
import { ModerationAuditService } from './moderation-audit.service';
import { type ModerationSubject, ModerationTargets } from './moderation-targets';

type QueueInput = z.output<typeof ModerationQueueQuery>;

interface ObjectAction {
  objectType: ReportObjectType;
  objectId: string;
  reason: string;
}

const CaseKey = z.tuple([PgTimestamp, ReportObjectTypeSchema, z.string().max(200)]);

/**
 * Owns the moderation queue and moderators' actions: hiding and restoring reported objects
 * (through each module's ModerationTarget), dismissing reports, and suspending accounts.
 * Only site moderators and admins act; every action is written to the audit log in the
 * same transaction as the reports it closes. That transaction also tells the reporters how
 * their report ended and the author what was done to their content; neither is told who
 * the moderator was, and the author is never told who reported.
 */
@Injectable()
export class ModerationService {
  constructor(
    private readonly repository: ModerationRepository,
    private readonly targets: ModerationTargets,
    private readonly audit: ModerationAuditService,
    private readonly auth: AuthService,
    private readonly notifier: Notifier,
  ) {}

  async queue(moderator: AuthUser, query: QueueInput): Promise<ModerationQueue> {
    assertModerator(moderator);
    const after = decodeCursor(query.after, CaseKey);
    const rows = await this.repository.findQueuePage(after, query.limit);
    return toPage(
      rows,
      query.limit,
      (row) => ({
        objectType: row.object_type,
        objectId: row.object_id,
        title: row.title,
        path: row.path,
        responsible: row.responsible_id
          ? {
              id: row.responsible_id,
              handle: row.responsible_handle,
              suspended: row.responsible_suspended,
            }
          : null,
        openReports: row.open_reports,
        reasons: row.reasons,
        notes: row.notes ?? [],
        lastReportedAt: row.last_at.toISOString(),
      }),
      (row) => [row.last_key, row.object_type, row.object_id],
    );
  }

  /** Hides the object from everyone but its author, and closes its open reports as handled. */
  async hide(moderator: AuthUser, input: ObjectAction): Promise<void> {
    assertModerator(moderator);
    const { target, subject } = await this.existingTarget(input);
    await target.setHidden(input.objectId, { reason: input.reason });
    await this.repository.transaction(async (tx) => {
      const closed = await this.repository.close(tx, input.objectType, input.objectId, 'actioned');
      await this.audit.record(tx, { moderatorId: moderator.id, action: 'hide', ...input });
      await this.notifier.notify(tx, [
        ...this.outcomes(input, subject, closed, 'actioned'),
        ...this.toAuthor(input, subject, { action: 'hidden', reason: input.reason }),
      ]);
    });
  }

  async restore(moderator: AuthUser, input: ObjectAction): Promise<void> {
    assertModerator(moderator);
    const { target, subject } = await this.existingTarget(input);
    await target.setHidden(input.objectId, null);
    await this.repository.transaction(async (tx) => {
      await this.audit.record(tx, { moderatorId: moderator.id, action: 'restore', ...input });
      await this.notifier.notify(tx, this.toAuthor(input, subject, { action: 'restored' }));
    });
  }

  /** Closes the object's open reports without acting on it. */
  async dismiss(moderator: AuthUser, input: ObjectAction): Promise<void> {
    assertModerator(moderator);
    const subject = (await this.targets.get(input.objectType)?.describe(input.objectId)) ?? null;
    await this.repository.transaction(async (tx) => {
      const closed = await this.repository.close(tx, input.objectType, input.objectId, 'dismissed');
      if (closed.length === 0) throw moderationErrors.noOpenReports();
      await this.audit.record(tx, { moderatorId: moderator.id, action: 'dismiss', ...input });
      await this.notifier.notify(tx, this.outcomes(input, subject, closed, 'dismissed'));
    });
  }

  /**
   * Suspends an account: it can no longer sign in and all its sessions end at once. Only
   * admins suspend moderators and admins; no one suspends themself.
   */
  async setSuspended(moderator: AuthUser, accountId: string, suspended: boolean, reason: string) {
    assertModerator(moderator);
    if (accountId === moderator.id) throw moderationErrors.cannotModerateSelf();
    const account = await this.repository.findAccount(accountId);
    if (!account) throw moderationErrors.accountNotFound();
    if (account.role !== 'member' && moderator.role !== 'admin') throw moderationErrors.adminsOnly();
    await this.auth.setSuspended(accountId, suspended);
    await this.repository.transaction((tx) =>
      this.audit.record(tx, {
        moderatorId: moderator.id,
        action: suspended ? 'suspend' : 'unsuspend',
        objectType: 'account',
        objectId: accountId,
        reason,
      }),
    );
  }

  async auditLog(moderator: AuthUser, query: QueueInput) {
    assertModerator(moderator);
    return this.audit.list(query);
  }

  private async existingTarget(input: ObjectAction) {
    const target = this.targets.get(input.objectType);
    const subject = await target?.describe(input.objectId);
    if (!target || !subject) throw moderationErrors.objectNotFound();
    return { target, subject };
  }

  /**
   * Tells each reporter how their report ended, about the object as its module describes it
   * now (as it was reported, when it no longer exists).
   */
  private outcomes(
    input: ObjectAction,
    subject: ModerationSubject | null,
    closed: ClosedReportRow[],
    outcome: 'actioned' | 'dismissed',
  ): NotificationInput[] {
    return closed.map((report) => ({
      userId: report.reporter_id,
      kind: 'report_outcome',
      subject: {
        type: input.objectType,
        id: input.objectId,
        title: subject?.title ?? report.title,
        path: subject?.path ?? report.path,
      },
      details: { outcome },
    }));
  }

  /** Tells the object's author what a moderator did to it; no actor, so no one is named. */
  private toAuthor(
    input: ObjectAction,
    subject: ModerationSubject,
    details: { action: 'hidden' | 'restored'; reason?: string },
  ): NotificationInput[] {
    if (subject.authorId === null) return [];
    return [
      {
        userId: subject.authorId,
        kind: 'moderation_action',
        subject: { type: input.objectType, id: input.objectId, title: subject.title, path: subject.path },
        details,
      },
    ];
  }
}

function assertModerator(user: AuthUser): void {
  if (!isSiteModerator(user.role)) throw moderationErrors.moderatorsOnly();
}
