import { Injectable } from '@nestjs/common';
import type { AuditEntry, AuditPage, ModerationActionKind } from '@open-spaces/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { decodeTimeIdCursor, type PageRequest, toPage } from '../../common/pagination/cursor';
import { ModerationAction } from './entities/moderation-action.entity';

export interface AuditInput {
  moderatorId: string;
  action: ModerationActionKind;
  objectType: string;
  objectId: string;
  reason: string;
}

interface AuditRow {
  id: string;
  action: ModerationActionKind;
  object_type: AuditEntry['objectType'];
  object_id: string;
  reason: string;
  created_at: Date;
  created_key: string;
  handle: string | null;
  display_name: string | null;
}

/**
 * Owns the moderators' audit log: every action on reported content, accounts and proposed
 * tools, written in the transaction of the action itself, and listed newest first.
 */
@Injectable()
export class ModerationAuditService {
  constructor(private readonly dataSource: DataSource) {}

  async record(tx: EntityManager, input: AuditInput): Promise<void> {
    await tx.getRepository(ModerationAction).insert(input);
  }

  async list(query: PageRequest): Promise<AuditPage> {
    const after = decodeTimeIdCursor(query.after);
    const rows: AuditRow[] = await this.dataSource.query(
      `SELECT a.id, a.action, a.object_type, a.object_id, a.reason, a.created_at,
              a.created_at::text AS created_key, p.handle, u.display_name
         FROM moderation_actions a
         LEFT JOIN users u ON u.id = a.moderator_id
         LEFT JOIN profiles p ON p.user_id = a.moderator_id
        WHERE $1::timestamptz IS NULL OR (a.created_at, a.id) < ($1::timestamptz, $2::uuid)
        ORDER BY a.created_at DESC, a.id DESC
        LIMIT $3`,
      [after?.at ?? null, after?.id ?? null, query.limit + 1],
    );
    return toPage(
      rows,
      query.limit,
      (row) => ({
        id: row.id,
        action: row.action,
        moderator: { handle: row.handle, displayName: row.display_name ?? '' },
        objectType: row.object_type,
        objectId: row.object_id,
        reason: row.reason,
        createdAt: row.created_at.toISOString(),
      }),
      (row) => [row.created_key, row.id],
    );
  }
}
