/**
 * How a person appears in any list (directory, members, followers): the row other
 * modules' queries select for `ProfilesService.toSummary`. `p` is the profile, `u` its
 * account; `viewer` is the SQL parameter holding the viewer's id. A hidden city is shown
 * to its owner only.
 */
export function profileSummaryColumnsSql(viewer: string): string {
  return `p.handle, u.display_name, p.headline, p.country,
    CASE WHEN p.city_visible OR p.user_id = ${viewer}::uuid THEN p.city END AS city,
    p.avatar_key, p.topics, p.offers, p.needs, p.open_to_press`;
}

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

/**
 * Whether the person of profile `alias` takes contact requests now: their own choice, or,
 * until they make one, whether they are open to press contact.
 */
export function acceptsContactRequestsSql(alias: string): string {
  return `coalesce(${alias}.accepts_contact_requests, ${alias}.open_to_press)`;
}
