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

export { followerCountSql, organisationVisibleSql } from '../../common/visibility/follow-counts';
