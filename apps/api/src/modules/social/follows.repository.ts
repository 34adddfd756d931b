import { Injectable } from '@nestjs/common';
import type { FollowTargetType } from '@open-spaces/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { TimeIdPosition } from '../../common/pagination/cursor';
import {
  followerCountSql,
  followingCountSql,
  organisationVisibleSql,
} from '../../common/visibility/follow-counts';
import { profileListedOrOwnSql, profileViewableSql } from '../../common/visibility/profile-visibility';
import { type ProfileSummaryRow, profileSummaryColumnsSql } from '../profiles/profile-summary';

/** A person on a page of followers or of followed people, with the key the page continues after. */
export interface PersonPageRow extends ProfileSummaryRow {
  cursor_at: string;
  cursor_id: string;
}

export interface OrganisationPageRow {
  slug: string;
  name: string;
  cursor_at: string;
  cursor_id: string;
}

/** A page of rows, or null when the viewer may not see whose list it is. */
export type PageRows<Row> = Row[] | null;

/** A profile by its handle, or by a handle it had before (old links keep working). */
const byHandle = (alias: string, handle: string) =>
  `(${alias}.handle = ${handle}
    OR ${alias}.user_id = (SELECT r.user_id FROM handle_redirects r WHERE r.old_handle = ${handle}))`;

const alreadyFollowed = (type: string, targetId: string) =>
  `EXISTS (SELECT 1 FROM follows af
            WHERE af.follower_id = $2::uuid AND af.target_type = '${type}' AND af.target_id = ${targetId})`;

/** The person whose follows are listed, when the viewer ($2, admin: $3) may open their page. */
const followingTarget = `
  WITH target AS (
    SELECT p.user_id FROM profiles p
     WHERE ${byHandle('p', '$1')} AND ${profileViewableSql('p', '$2', '$3')}
  )`;

/**
 * What the target follows of one kind, newest first, after the key ($4, $5), at most $6.
 * Served by follows_follower_idx; the id tie-breaker is the target id as the table keeps it.
 */
const followingPage = (type: string, columns: string, joins: string, visible: string) => `
  LEFT JOIN LATERAL (
    SELECT ${columns}, f.created_at::text AS cursor_at, f.target_id AS cursor_id
      FROM follows f
      ${joins}
     WHERE f.follower_id = t.user_id AND f.target_type = '${type}'
       AND ${visible}
       AND ($4::timestamptz IS NULL OR (f.created_at, f.target_id) < ($4::timestamptz, $5::uuid::text))
     ORDER BY f.created_at DESC, f.target_id DESC
     LIMIT $6
  ) page ON true`;

const followerPage = (where: string) => `
  LEFT JOIN LATERAL (
    SELECT ${profileSummaryColumnsSql('$2')}, f.created_at::text AS cursor_at, f.follower_id::text AS cursor_id
      FROM follows f
      JOIN profiles p ON p.user_id = f.follower_id
      JOIN users u ON u.id = p.user_id
     WHERE ${where}
       AND ${profileListedOrOwnSql('p', '$2')}
       AND ($3::timestamptz IS NULL OR (f.created_at, f.follower_id) < ($3::timestamptz, $4::uuid))
     ORDER BY f.created_at DESC, f.follower_id DESC
     LIMIT $5
  ) page ON true`;

@Injectable()
export class FollowsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The user id behind a handle, when the viewer may see that profile. With `orFollowed`,
   * also a profile the viewer already follows, so a follow can always be undone.
   */
  async findFollowableProfile(viewerId: string, handle: string, orFollowed: boolean): Promise<string | null> {
    const rows: { user_id: string }[] = await this.dataSource.query(
      `SELECT p.user_id FROM profiles p
        WHERE ${byHandle('p', '$1')}
          AND (${profileViewableSql('p', '$2', 'false')}
               OR ($3::boolean AND ${alreadyFollowed('profile', 'p.user_id::text')}))`,
      [handle, viewerId, orFollowed],
    );
    return rows[0]?.user_id ?? null;
  }

  async findFollowableOrganisation(
    viewerId: string,
    slug: string,
    orFollowed: boolean,
  ): Promise<string | null> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT o.id FROM organisations o
        WHERE o.slug = $1
          AND (${organisationVisibleSql('o', '$2')}
               OR ($3::boolean AND ${alreadyFollowed('organisation', 'o.id::text')}))`,
      [slug, viewerId, orFollowed],
    );
    return rows[0]?.id ?? null;
  }

  /** A topic that is still in use, or, with `orFollowed`, a retired one the viewer follows. */
  async findFollowableTopic(viewerId: string, slug: string, orFollowed: boolean): Promise<string | null> {
    const rows: { slug: string }[] = await this.dataSource.query(
      `SELECT t.slug FROM topics t
        WHERE t.slug = $1
          AND (t.retired_at IS NULL OR ($3::boolean AND ${alreadyFollowed('topic', 't.slug')}))`,
      [slug, viewerId, orFollowed],
    );
    return rows[0]?.slug ?? null;
  }

  /** Follows the target; false when already following. */
  async insert(
    tx: EntityManager,
    followerId: string,
    type: FollowTargetType,
    targetId: string,
  ): Promise<boolean> {
    const inserted: unknown[] = await tx.query(
      `INSERT INTO follows (follower_id, target_type, target_id) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING 1`,
      [followerId, type, targetId],
    );
    return inserted.length > 0;
  }

  /** How the follower is named in the followed person's notification. */
  async follower(
    tx: EntityManager,
    userId: string,
  ): Promise<{ handle: string; display_name: string } | null> {
    const rows = await tx.query(
      'SELECT p.handle, u.display_name FROM profiles p JOIN users u ON u.id = p.user_id WHERE p.user_id = $1',
      [userId],
    );
    return rows[0] ?? null;
  }

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async delete(followerId: string, type: FollowTargetType, targetId: string): Promise<void> {
    await this.dataSource.query(
      'DELETE FROM follows WHERE follower_id = $1 AND target_type = $2 AND target_id = $3',
      [followerId, type, targetId],
    );
  }

  /** Whether the viewer follows the target, and its follower count as the viewer sees it. */
  async stateOf(
    viewerId: string | null,
    type: FollowTargetType,
    targetId: string,
  ): Promise<{ following: boolean; followerCount: number }> {
    const rows: { following: boolean; follower_count: number }[] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM follows
                       WHERE follower_id = $1::uuid AND target_type = $2 AND target_id = $3) AS following,
              ${followerCountSql('$2', '$3', '$1')} AS follower_count`,
      [viewerId, type, targetId],
    );
    const row = rows[0];
    return { following: row?.following ?? false, followerCount: row?.follower_count ?? 0 };
  }

  /** How many people follow a user, and how many people, organisations and topics they follow. */
  async countsOfProfile(
    viewerId: string | null,
    userId: string,
  ): Promise<{ followerCount: number; followingCount: number }> {
    const rows: { follower_count: number; following_count: number }[] = await this.dataSource.query(
      `SELECT ${followerCountSql("'profile'", '$2::text', '$1')} AS follower_count,
              ${followingCountSql('$2::uuid', '$1')} AS following_count`,
      [viewerId, userId],
    );
    const row = rows[0];
    return { followerCount: row?.follower_count ?? 0, followingCount: row?.following_count ?? 0 };
  }

  /** One page of a person's followers, in one query; null when the person is not visible. */
  async followersOfProfile(
    viewer: { id: string | null; isAdmin: boolean },
    handle: string,
    after: TimeIdPosition | undefined,
    limit: number,
  ): Promise<PageRows<PersonPageRow>> {
    const rows: (PersonPageRow & { target_id: string })[] = await this.dataSource.query(
      `WITH target AS (
         SELECT p.user_id FROM profiles p
          WHERE ${byHandle('p', '$1')} AND ${profileViewableSql('p', '$2', '$6')}
       )
       SELECT t.user_id AS target_id, page.* FROM target t
       ${followerPage(`f.target_type = 'profile' AND f.target_id = t.user_id::text`)}`,
      [handle, viewer.id, after?.at ?? null, after?.id ?? null, limit, viewer.isAdmin],
    );
    return pageRows(rows, (row) => row.handle);
  }

  /** One page of an organisation's followers, in one query; null when it is not visible. */
  async followersOfOrganisation(
    viewerId: string | null,
    slug: string,
    after: TimeIdPosition | undefined,
    limit: number,
  ): Promise<PageRows<PersonPageRow>> {
    const rows: (PersonPageRow & { target_id: string })[] = await this.dataSource.query(
      `WITH target AS (
         SELECT o.id FROM organisations o WHERE o.slug = $1 AND ${organisationVisibleSql('o', '$2')}
       )
       SELECT t.id AS target_id, page.* FROM target t
       ${followerPage(`f.target_type = 'organisation' AND f.target_id = t.id::text`)}`,
      [slug, viewerId, after?.at ?? null, after?.id ?? null, limit],
    );
    return pageRows(rows, (row) => row.handle);
  }

  /** One page of the people a person follows, in one query; null when the person is not visible. */
  async followedPeople(
    viewer: { id: string | null; isAdmin: boolean },
    handle: string,
    after: TimeIdPosition | undefined,
    limit: number,
  ): Promise<PageRows<PersonPageRow>> {
    const rows: (PersonPageRow & { target_id: string })[] = await this.dataSource.query(
      `${followingTarget}
       SELECT t.user_id AS target_id, page.* FROM target t
       ${followingPage(
         'profile',
         profileSummaryColumnsSql('$2'),
         `JOIN profiles p ON p.user_id = CASE WHEN f.target_type = 'profile' THEN f.target_id::uuid END
          JOIN users u ON u.id = p.user_id`,
         profileListedOrOwnSql('p', '$2'),
       )}`,
      [handle, viewer.id, viewer.isAdmin, after?.at ?? null, after?.id ?? null, limit],
    );
    return pageRows(rows, (row) => row.handle);
  }

  /** One page of the organisations a person follows, in one query; null when the person is not visible. */
  async followedOrganisations(
    viewer: { id: string | null; isAdmin: boolean },
    handle: string,
    after: TimeIdPosition | undefined,
    limit: number,
  ): Promise<PageRows<OrganisationPageRow>> {
    const rows: (OrganisationPageRow & { target_id: string })[] = await this.dataSource.query(
      `${followingTarget}
       SELECT t.user_id AS target_id, page.* FROM target t
       ${followingPage(
         'organisation',
         'o.slug, o.name',
         `JOIN organisations o
            ON o.id = CASE WHEN f.target_type = 'organisation' THEN f.target_id::uuid END`,
         organisationVisibleSql('o', '$2'),
       )}`,
      [handle, viewer.id, viewer.isAdmin, after?.at ?? null, after?.id ?? null, limit],
    );
    return pageRows(rows, (row) => row.slug);
  }

  /**
   * Every topic a person follows, newest first; null when the person is not visible. A
   * topic can only be followed while it is in the taxonomy, so the list stays short.
   */
  async followedTopics(
    viewer: { id: string | null; isAdmin: boolean },
    handle: string,
  ): Promise<string[] | null> {
    const rows: { topics: string[] }[] = await this.dataSource.query(
      `${followingTarget}
       SELECT (SELECT coalesce(array_agg(f.target_id ORDER BY f.created_at DESC, f.target_id DESC), '{}')
                 FROM follows f
                WHERE f.follower_id = t.user_id AND f.target_type = 'topic') AS topics
         FROM target t`,
      [handle, viewer.id, viewer.isAdmin],
    );
    return rows[0]?.topics ?? null;
  }
}

/**
 * The rows of a page joined to its target: none when the target is not visible, one with
 * empty columns when the page is empty.
 */
function pageRows<Row>(
  rows: (Row & { target_id: string })[],
  keyOf: (row: Row) => string | null,
): PageRows<Row> {
  if (rows.length === 0) return null;
  return rows.filter((row) => keyOf(row) !== null);
}
