import { Injectable } from '@nestjs/common';
import type { FollowTargetType } from '@open-spaces/contracts';
import { DataSource } from 'typeorm';
import {
  followerCountSql,
  followingCountSql,
  organisationVisibleSql,
} from '../../common/visibility/follow-counts';
import { profileListedOrOwnSql, profileViewableSql } from '../../common/visibility/profile-visibility';
import { type ProfileSummaryRow, profileSummaryColumnsSql } from '../profiles/profile-summary';

export interface FollowerRow extends ProfileSummaryRow {
  cursor_at: string;
  cursor_id: string;
}

/** A followers page, or null when the viewer may not see whose followers they are. */
export type FollowerRows = FollowerRow[] | null;

export interface FollowingRows {
  profiles: ProfileSummaryRow[];
  organisations: { slug: string; name: string }[];
  topics: string[];
}

export interface FollowerKey {
  at: string;
  id: string;
}

/** A profile by its handle, or by a handle it had before (old links keep working). */
const byHandle = (alias: string, handle: string) =>
  `(${alias}.handle = ${handle}
    OR ${alias}.user_id = (SELECT r.user_id FROM handle_redirects r WHERE r.old_handle = ${handle}))`;

const alreadyFollowed = (type: string, targetId: string) =>
  `EXISTS (SELECT 1 FROM follows af
            WHERE af.follower_id = $2::uuid AND af.target_type = '${type}' AND af.target_id = ${targetId})`;

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

  async insert(followerId: string, type: FollowTargetType, targetId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO follows (follower_id, target_type, target_id) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING`,
      [followerId, type, targetId],
    );
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
    after: FollowerKey | undefined,
    limit: number,
  ): Promise<FollowerRows> {
    const rows: (FollowerRow & { target_id: string })[] = await this.dataSource.query(
      `WITH target AS (
         SELECT p.user_id FROM profiles p
          WHERE ${byHandle('p', '$1')} AND ${profileViewableSql('p', '$2', '$6')}
       )
       SELECT t.user_id AS target_id, page.* FROM target t
       ${followerPage(`f.target_type = 'profile' AND f.target_id = t.user_id::text`)}`,
      [handle, viewer.id, after?.at ?? null, after?.id ?? null, limit, viewer.isAdmin],
    );
    return pageRows(rows);
  }

  /** One page of an organisation's followers, in one query; null when it is not visible. */
  async followersOfOrganisation(
    viewerId: string | null,
    slug: string,
    after: FollowerKey | undefined,
    limit: number,
  ): Promise<FollowerRows> {
    const rows: (FollowerRow & { target_id: string })[] = await this.dataSource.query(
      `WITH target AS (
         SELECT o.id FROM organisations o WHERE o.slug = $1 AND ${organisationVisibleSql('o', '$2')}
       )
       SELECT t.id AS target_id, page.* FROM target t
       ${followerPage(`f.target_type = 'organisation' AND f.target_id = t.id::text`)}`,
      [slug, viewerId, after?.at ?? null, after?.id ?? null, limit],
    );
    return pageRows(rows);
  }

  /**
   * What a person follows, newest first and at most `limit` of each kind, in one query;
   * null when the person is not visible.
   */
  async followingOf(
    viewer: { id: string | null; isAdmin: boolean },
    handle: string,
    limit: number,
  ): Promise<FollowingRows | null> {
    const rows: (FollowingRows & { user_id: string })[] = await this.dataSource.query(
      `WITH target AS (
         SELECT p.user_id FROM profiles p
          WHERE ${byHandle('p', '$1')} AND ${profileViewableSql('p', '$2', '$3')}
       )
       SELECT t.user_id,
         (SELECT coalesce(json_agg(x ORDER BY x.followed_at DESC), '[]') FROM (
            SELECT ${profileSummaryColumnsSql('$2')}, f.created_at AS followed_at
              FROM follows f
              JOIN profiles p ON p.user_id = CASE WHEN f.target_type = 'profile' THEN f.target_id::uuid END
              JOIN users u ON u.id = p.user_id
             WHERE f.follower_id = t.user_id AND f.target_type = 'profile'
               AND ${profileListedOrOwnSql('p', '$2')}
             ORDER BY f.created_at DESC LIMIT $4) x) AS profiles,
         (SELECT coalesce(json_agg(json_build_object('slug', x.slug, 'name', x.name) ORDER BY x.followed_at DESC), '[]')
            FROM (
            SELECT o.slug, o.name, f.created_at AS followed_at
              FROM follows f
              JOIN organisations o ON o.id = CASE WHEN f.target_type = 'organisation' THEN f.target_id::uuid END
             WHERE f.follower_id = t.user_id AND f.target_type = 'organisation'
               AND ${organisationVisibleSql('o', '$2')}
             ORDER BY f.created_at DESC LIMIT $4) x) AS organisations,
         (SELECT coalesce(array_agg(x.target_id ORDER BY x.created_at DESC), '{}') FROM (
            SELECT f.target_id, f.created_at FROM follows f
             WHERE f.follower_id = t.user_id AND f.target_type = 'topic'
             ORDER BY f.created_at DESC LIMIT $4) x) AS topics
       FROM target t`,
      [handle, viewer.id, viewer.isAdmin, limit],
    );
    const row = rows[0];
    return row ? { profiles: row.profiles, organisations: row.organisations, topics: row.topics } : null;
  }
}

function pageRows(rows: (FollowerRow & { target_id: string })[]): FollowerRows {
  if (rows.length === 0) return null;
  return rows.filter((row) => row.handle !== null);
}
