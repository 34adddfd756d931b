import { profileListedSql } from '../../common/visibility/profile-visibility';

/**
 * SQL shared by the follow and block queries. `p` is a profile row joined to its
 * account `u`; `viewer` is the SQL parameter holding the viewer's id (or NULL).
 */

/** The columns of a ProfileSummary, read by `toProfileSummary`. */
export const profileSummaryColumns = `p.handle, u.display_name, p.headline, p.country,
  CASE WHEN p.city_visible THEN p.city END AS city, p.avatar_key, p.topics, p.offers, p.needs,
  p.open_to_press`;

export interface ProfileSummaryRow {
  handle: string;
  display_name: string;
  headline: string;
  country: string | null;
  city: string | null;
  avatar_key: string | null;
  topics: string[];
  offers: string[];
  needs: string[];
  open_to_press: boolean;
}

/** May the viewer see this organisation? Hidden ones are visible to their members only. */
export function organisationVisibleSql(alias: string, viewer: string): string {
  return `(${alias}.visibility = 'public'
    OR (${alias}.visibility = 'members' AND ${viewer}::uuid IS NOT NULL)
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
              AND (cf.follower_id = ${viewer}::uuid OR (${profileListedSql('p', viewer)})))`;
}
