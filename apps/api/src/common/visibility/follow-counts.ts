import { profileListedOrOwnSql } from './profile-visibility';

/**
 * Visibility of organisations and follow counts, as SQL conditions shared by the profile
 * page and the follow lists, so a count never differs from the list it stands for.
 * `viewer` is the SQL parameter holding the viewer's id (or NULL).
 */

/**
 * May the viewer see this organisation? Hidden ones, and ones a moderator hid, are visible
 * to their members only.
 */
export function organisationVisibleSql(alias: string, viewer: string): string {
  return `((${alias}.hidden_at IS NULL AND (${alias}.visibility = 'public'
      OR (${alias}.visibility = 'members' AND ${viewer}::uuid IS NOT NULL)))
    OR EXISTS (SELECT 1 FROM memberships vm
                WHERE vm.organisation_id = ${alias}.id AND vm.user_id = ${viewer}::uuid))`;
}

/**
 * Followers counted the way the viewer would see them listed; the viewer always
 * counts themself, so following shows in the number at once.
 */
export function followerCountSql(targetType: string, targetId: string, viewer: string): string {
  return `(SELECT count(*)::int FROM follows cf JOIN profiles p ON p.user_id = cf.follower_id
            WHERE cf.target_type = ${targetType} AND cf.target_id = ${targetId}
              AND ${profileListedOrOwnSql('p', viewer)})`;
}

/**
 * The people, organisations and topics a user follows, counted the way the viewer would
 * see them listed: people the viewer may list (or the viewer), organisations the viewer
 * may see, and every topic.
 */
export function followingCountSql(followerId: string, viewer: string): string {
  return `(SELECT count(*)::int FROM follows f
             LEFT JOIN profiles p
               ON f.target_type = 'profile'
              AND p.user_id = CASE WHEN f.target_type = 'profile' THEN f.target_id::uuid END
             LEFT JOIN organisations o
               ON f.target_type = 'organisation'
              AND o.id = CASE WHEN f.target_type = 'organisation' THEN f.target_id::uuid END
            WHERE f.follower_id = ${followerId}
              AND ((f.target_type = 'topic')
                   OR (p.user_id IS NOT NULL AND ${profileListedOrOwnSql('p', viewer)})
                   OR (o.id IS NOT NULL AND ${organisationVisibleSql('o', viewer)})))`;
}
