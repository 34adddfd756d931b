import { Injectable } from '@nestjs/common';
import type { OrganisationRole } from '@open-spaces/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { profileListedOrOwnSql } from '../../common/visibility/profile-visibility';
import { PUBLISHING_ROLES } from './organisation-permissions';

export interface MemberRow {
  user_id: string;
  handle: string;
  display_name: string;
  sort_name: string;
  headline: string;
  avatar_key: string | null;
  role: OrganisationRole;
  created_at: Date;
}

const MEMBER_COLUMNS = `m.user_id, p.handle, u.display_name, lower(u.display_name) AS sort_name, p.headline,
  p.avatar_key, m.role, m.created_at`;

@Injectable()
export class MembershipsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One page of members, by name. A member appears only where their profile may be
   * listed for the viewer (never when hidden, never across a block), except to themselves.
   */
  findPage(
    organisationId: string,
    viewerId: string | null,
    after: readonly [string, string] | undefined,
    limit: number,
  ): Promise<MemberRow[]> {
    return this.dataSource.query(
      `SELECT ${MEMBER_COLUMNS}
         FROM memberships m
         JOIN users u ON u.id = m.user_id
         JOIN profiles p ON p.user_id = m.user_id
        WHERE m.organisation_id = $1
          AND ${profileListedOrOwnSql('p', '$2')}
          AND ($3::text IS NULL OR (lower(u.display_name), m.user_id) > ($3, $4::uuid))
        ORDER BY lower(u.display_name), m.user_id
        LIMIT $5`,
      [organisationId, viewerId, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
    );
  }

  async findByHandle(tx: EntityManager, organisationId: string, handle: string): Promise<MemberRow | null> {
    const rows: MemberRow[] = await tx.query(
      `SELECT ${MEMBER_COLUMNS}
         FROM memberships m
         JOIN users u ON u.id = m.user_id
         JOIN profiles p ON p.user_id = m.user_id
        WHERE m.organisation_id = $1 AND p.handle = lower($2)`,
      [organisationId, handle],
    );
    return rows[0] ?? null;
  }

  /** The person's role in the organisation, or null; inside `tx` when given. */
  async findRole(
    organisationId: string,
    userId: string,
    tx: EntityManager = this.dataSource.manager,
  ): Promise<OrganisationRole | null> {
    const rows: { role: OrganisationRole }[] = await tx.query(
      'SELECT role FROM memberships WHERE organisation_id = $1 AND user_id = $2',
      [organisationId, userId],
    );
    return rows[0]?.role ?? null;
  }

  /**
   * The organisations this person may publish as, by name. A person holds few editor roles,
   * so the list is whole (capped), not paged.
   */
  findPublishable(userId: string): Promise<{ slug: string; name: string }[]> {
    return this.dataSource.query(
      `SELECT o.slug, o.name FROM memberships m JOIN organisations o ON o.id = m.organisation_id
        WHERE m.user_id = $1 AND m.role = ANY($2::text[])
        ORDER BY o.sort_name, o.id
        LIMIT 200`,
      [userId, PUBLISHING_ROLES],
    );
  }

  /**
   * The owners and admins, other than the member, who would find this member in the
   * member list (not when the member's profile is hidden, nor across a block): those to
   * tell that the member joined.
   */
  async findManagersSeeing(tx: EntityManager, organisationId: string, memberId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await tx.query(
      `SELECT m.user_id FROM memberships m JOIN profiles p ON p.user_id = $2
        WHERE m.organisation_id = $1 AND m.role IN ('owner', 'admin') AND m.user_id <> $2
          AND ${profileListedOrOwnSql('p', 'm.user_id')}`,
      [organisationId, memberId],
    );
    return rows.map((row) => row.user_id);
  }

  async countOwners(tx: EntityManager, organisationId: string): Promise<number> {
    const rows: { owners: number }[] = await tx.query(
      `SELECT count(*)::int AS owners FROM memberships WHERE organisation_id = $1 AND role = 'owner'`,
      [organisationId],
    );
    return rows[0]?.owners ?? 0;
  }

  /** Adds a member; false when they already are one. */
  async insert(
    tx: EntityManager,
    organisationId: string,
    userId: string,
    role: OrganisationRole,
  ): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING user_id`,
      [organisationId, userId, role],
    );
    return rows.length > 0;
  }

  async setRole(tx: EntityManager, organisationId: string, userId: string, role: OrganisationRole) {
    await tx.query('UPDATE memberships SET role = $3 WHERE organisation_id = $1 AND user_id = $2', [
      organisationId,
      userId,
      role,
    ]);
  }

  async remove(tx: EntityManager, organisationId: string, userId: string): Promise<void> {
    await tx.query('DELETE FROM memberships WHERE organisation_id = $1 AND user_id = $2', [
      organisationId,
      userId,
    ]);
  }
}
