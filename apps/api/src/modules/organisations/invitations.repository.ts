import { Injectable } from '@nestjs/common';
import type { Locale, OrganisationRole } from '@open-spaces/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import {
  notBlockedSql,
  profileListedOrOwnSql,
  profileViewableSql,
} from '../../common/visibility/profile-visibility';

export type InvitationStatus = 'pending' | 'accepted' | 'declined' | 'revoked';

export interface InvitationRow {
  id: string;
  organisation_id: string;
  organisation_slug: string;
  organisation_name: string;
  role: OrganisationRole;
  status: InvitationStatus;
  user_id: string | null;
  invitee_handle: string | null;
  email: string | null;
  inviter_handle: string | null;
  inviter_name: string | null;
  created_at: Date;
}

export type PendingInvitation = Pick<
  InvitationRow,
  'id' | 'organisation_id' | 'organisation_slug' | 'organisation_name' | 'role' | 'status'
>;

/** Someone an invitation may go to: a person found by handle, or an address. */
export interface Invitee {
  userId: string | null;
  /** The address to write to; for an invitation by handle, the account's address. */
  email: string;
  /**
   * The verified account behind the address, if any: it decides "already a member", and
   * is notified instead of mailed the invitation.
   */
  accountId: string | null;
}

interface InviteeAccountRow {
  id: string;
  email: string;
}

/**
 * Invitations with the people they name, as `viewer` (an SQL parameter, the user id or
 * NULL) may see them: the invitee's handle and the inviter appear only where their profile
 * may be listed for the viewer (or is the viewer's own), so an invitation never reveals a
 * hidden profile, or its membership, nor anyone across a block.
 */
const invitationSelect = (viewer: string) => `
  SELECT i.id, i.organisation_id, o.slug AS organisation_slug, o.name AS organisation_name, i.role,
         i.status, i.user_id,
         CASE WHEN ${profileListedOrOwnSql('ip', viewer)} THEN ip.handle END AS invitee_handle, i.email,
         CASE WHEN ${profileListedOrOwnSql('bp', viewer)} THEN bp.handle END AS inviter_handle,
         CASE WHEN ${profileListedOrOwnSql('bp', viewer)} THEN bu.display_name END AS inviter_name, i.created_at
    FROM invitations i
    JOIN organisations o ON o.id = i.organisation_id
    LEFT JOIN profiles ip ON ip.user_id = i.user_id
    LEFT JOIN profiles bp ON bp.user_id = i.invited_by
    LEFT JOIN users bu ON bu.id = i.invited_by`;

/** Pending invitations addressed to a user: by account, or by their verified address. */
const FOR_USER = `(i.user_id = $1 OR i.email = (SELECT email FROM users
                     WHERE id = $1 AND email_verified_at IS NOT NULL))`;

@Injectable()
export class InvitationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The person with this handle, if the inviter may see their profile: a block in either
   * direction or a hidden profile makes the handle look unknown.
   */
  async findInviteeByHandle(
    handle: string,
    inviterId: string,
    inviterIsAdmin: boolean,
  ): Promise<Invitee | null> {
    const rows: InviteeAccountRow[] = await this.dataSource.query(
      `SELECT u.id, u.email
         FROM profiles p JOIN users u ON u.id = p.user_id
        WHERE p.handle = lower($1) AND ${profileViewableSql('p', '$2', '$3')}`,
      [handle, inviterId, inviterIsAdmin],
    );
    const row = rows[0];
    return row ? { userId: row.id, email: row.email, accountId: row.id } : null;
  }

  async findInviteeByEmail(email: string): Promise<Invitee> {
    const rows: InviteeAccountRow[] = await this.dataSource.query(
      `SELECT id, email FROM users
        WHERE email = lower($1) AND email_verified_at IS NOT NULL`,
      [email],
    );
    const row = rows[0];
    return {
      userId: null,
      email: email.toLowerCase(),
      accountId: row?.id ?? null,
    };
  }

  /** The mail language of an account, for mails it causes to people without one. */
  async findMailLocale(userId: string): Promise<Locale | null> {
    const rows: { locale: Locale }[] = await this.dataSource.query('SELECT locale FROM users WHERE id = $1', [
      userId,
    ]);
    return rows[0]?.locale ?? null;
  }

  async hasPending(tx: EntityManager, organisationId: string, invitee: Invitee): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `SELECT 1 FROM invitations
        WHERE organisation_id = $1 AND status = 'pending'
          AND (user_id = $2::uuid OR email = $3 OR user_id = $4::uuid)
        LIMIT 1`,
      [organisationId, invitee.userId, invitee.email, invitee.accountId],
    );
    return rows.length > 0;
  }

  async insert(
    tx: EntityManager,
    input: { organisationId: string; invitedBy: string; invitee: Invitee; role: OrganisationRole },
  ): Promise<string> {
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO invitations (organisation_id, invited_by, user_id, email, role)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [
        input.organisationId,
        input.invitedBy,
        input.invitee.userId,
        input.invitee.userId ? null : input.invitee.email,
        input.role,
      ],
    );
    return rows[0]?.id as string;
  }

  /** An invitation as `viewerId` (or an anonymous reader, with null) may see the people on it. */
  async findById(id: string, viewerId: string | null): Promise<InvitationRow | null> {
    const rows: InvitationRow[] = await this.dataSource.query(`${invitationSelect('$2')} WHERE i.id = $1`, [
      id,
      viewerId,
    ]);
    return rows[0] ?? null;
  }

  /** An organisation's pending invitations, newest first; they stay few, so one list. */
  findPendingForOrganisation(organisationId: string, viewerId: string): Promise<InvitationRow[]> {
    return this.dataSource.query(
      `${invitationSelect('$2')}
        WHERE i.organisation_id = $1 AND i.status = 'pending'
        ORDER BY i.created_at DESC, i.id
        LIMIT 500`,
      [organisationId, viewerId],
    );
  }

  /** Pending invitations for a user, leaving out those from someone across a block. */
  findPendingForUser(userId: string): Promise<InvitationRow[]> {
    return this.dataSource.query(
      `${invitationSelect('$1')}
        WHERE i.status = 'pending' AND ${FOR_USER}
          AND (i.invited_by IS NULL OR ${notBlockedSql('i.invited_by', '$1')})
        ORDER BY i.created_at DESC, i.id
        LIMIT 500`,
      [userId],
    );
  }

  /** Locks the user's pending invitation for answering it; null when there is none. */
  async lockPendingForUser(tx: EntityManager, id: string, userId: string): Promise<PendingInvitation | null> {
    const rows: PendingInvitation[] = await tx.query(
      `SELECT i.id, i.organisation_id, o.slug AS organisation_slug, o.name AS organisation_name, i.role,
              i.status
         FROM invitations i JOIN organisations o ON o.id = i.organisation_id
        WHERE i.id = $2 AND i.status = 'pending' AND ${FOR_USER}
        FOR UPDATE OF i`,
      [userId, id],
    );
    return rows[0] ?? null;
  }

  /** Answers or withdraws a pending invitation; false when it is no longer pending. */
  async close(
    tx: EntityManager,
    id: string,
    status: Exclude<InvitationStatus, 'pending'>,
    organisationId?: string,
  ): Promise<boolean> {
    // TypeORM answers an UPDATE with its rows and the number it changed.
    const [, changed]: [unknown[], number] = await tx.query(
      `UPDATE invitations SET status = $2, responded_at = now()
        WHERE id = $1 AND status = 'pending' AND ($3::uuid IS NULL OR organisation_id = $3::uuid)`,
      [id, status, organisationId ?? null],
    );
    return changed > 0;
  }
}
