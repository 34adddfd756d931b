import { Injectable } from '@nestjs/common';
import type { ContactRequestBox, ContactRequestStatus } from '@open-spaces/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../common/errors/database-errors';
import type { TimeIdPosition } from '../../common/pagination/cursor';
import { notBlockedSql, profileListedSql } from '../../common/visibility/profile-visibility';
import { acceptsContactRequestsSql } from '../profiles/profile-summary';
import { ContactRequestEntity } from './entities/contact-request.entity';

/** A person a request may be sent to, as the sender may see them. */
export interface ContactTargetRow {
  user_id: string;
  handle: string;
  display_name: string;
  accepts_contact_requests: boolean;
}

export interface ContactRequestRow {
  id: string;
  sender_id: string;
  recipient_id: string;
  subject: string;
  outlet: string;
  deadline: string | null;
  message: string;
  status: ContactRequestStatus;
  created_at: Date;
  answered_at: Date | null;
  conversation_id: string | null;
  other_handle: string;
  other_name: string;
  other_avatar_key: string | null;
  cursor_at: string;
}

export interface NewContactRequest {
  senderId: string;
  recipientId: string;
  subject: string;
  outlet: string;
  deadline: string | null;
  message: string;
}

/** A request with the other side's profile; `$1` is the viewer. A pair in a block sees none. */
const requestSelect = (otherColumn: 'r.sender_id' | 'r.recipient_id', where: string) => `
  SELECT r.id, r.sender_id, r.recipient_id, r.subject, r.outlet, to_char(r.deadline, 'YYYY-MM-DD') AS deadline,
         r.message, r.status, r.created_at, r.answered_at, r.conversation_id,
         op.handle AS other_handle, ou.display_name AS other_name, op.avatar_key AS other_avatar_key,
         r.created_at::text AS cursor_at
    FROM contact_requests r
    JOIN profiles op ON op.user_id = ${otherColumn}
    JOIN users ou ON ou.id = op.user_id
   WHERE ${where} AND ${notBlockedSql(otherColumn, '$1')}`;

@Injectable()
export class ContactRequestsRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * The person at this handle if the sender may list them (not hidden, not in a block
   * either way) and their account is active; null otherwise, so all of those answer alike.
   */
  async findTarget(senderId: string, handle: string): Promise<ContactTargetRow | null> {
    const rows = await this.dataSource.query<ContactTargetRow[]>(
      `SELECT p.user_id, p.handle, u.display_name, ${acceptsContactRequestsSql('p')} AS accepts_contact_requests
         FROM profiles p JOIN users u ON u.id = p.user_id
        WHERE p.handle = $2 AND u.suspended_at IS NULL
          AND (p.user_id = $1::uuid OR (${profileListedSql('p', '$1')}))`,
      [senderId, handle],
    );
    return rows[0] ?? null;
  }

  async hasPending(senderId: string, recipientId: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `SELECT 1 FROM contact_requests WHERE sender_id = $1 AND recipient_id = $2 AND status = 'pending'`,
      [senderId, recipientId],
    );
    return rows.length > 0;
  }

  /** Inserts a pending request; null when the pair already has one (a race with another tab). */
  async insert(tx: EntityManager, request: NewContactRequest): Promise<string | null> {
    try {
      const result = await tx.getRepository(ContactRequestEntity).insert(request);
      return (result.identifiers[0] as { id: string }).id;
    } catch (error) {
      if (isUniqueViolation(error, 'contact_requests_pending_key')) return null;
      throw error;
    }
  }

  /** One request of the viewer's, as they see it, or null (also when in a block with the other side). */
  async findForViewer(viewerId: string, id: string, manager: EntityManager = this.dataSource.manager) {
    const rows = await manager.query<ContactRequestRow[]>(
      `${requestSelect('r.recipient_id', 'r.id = $2 AND r.sender_id = $1')}
       UNION ALL
       ${requestSelect('r.sender_id', 'r.id = $2 AND r.recipient_id = $1')}`,
      [viewerId, id],
    );
    return rows[0] ?? null;
  }

  /** The received request, locked for its answer, unless it is not theirs or the pair is in a block. */
  async lockReceived(tx: EntityManager, recipientId: string, id: string) {
    const rows = await tx.query<{ sender_id: string; status: ContactRequestStatus; subject: string }[]>(
      `SELECT r.sender_id, r.status, r.subject FROM contact_requests r
        WHERE r.id = $2 AND r.recipient_id = $1 AND ${notBlockedSql('r.sender_id', '$1')}
        FOR UPDATE`,
      [recipientId, id],
    );
    return rows[0] ?? null;
  }

  async answer(
    tx: EntityManager,
    id: string,
    status: Exclude<ContactRequestStatus, 'pending'>,
    conversationId: string | null,
  ): Promise<void> {
    await tx.query(
      `UPDATE contact_requests SET status = $2, answered_at = now(), conversation_id = $3 WHERE id = $1`,
      [id, status, conversationId],
    );
  }

  /**
   * One page of a box, newest first, after (created at, id): requests the viewer received
   * (`contact_requests_received_idx`) or sent (`contact_requests_sent_idx`).
   */
  page(
    viewerId: string,
    box: ContactRequestBox,
    after: TimeIdPosition | undefined,
    take: number,
  ): Promise<ContactRequestRow[]> {
    const own = box === 'received' ? 'r.recipient_id' : 'r.sender_id';
    const other = box === 'received' ? 'r.sender_id' : 'r.recipient_id';
    return this.dataSource.query<ContactRequestRow[]>(
      `${requestSelect(other, `${own} = $1 AND ($2::timestamptz IS NULL OR (r.created_at, r.id) < ($2::timestamptz, $3::uuid))`)}
       ORDER BY r.created_at DESC, r.id DESC
       LIMIT $4`,
      [viewerId, after?.at ?? null, after?.id ?? null, take],
    );
  }
}
