/**
 * Who may see whom, as SQL conditions every query that shows people must use. A
 * profile row is `alias` (with `user_id` and `visibility`), the viewer's user id is the
 * parameter `viewer` (NULL for an anonymous visitor).
 *
 * - public: anyone; members: signed-in people; hidden: only the owner (and, on its own
 *   page, site admins). Hidden profiles are never listed, searched or suggested.
 * - A block in either direction hides each side from the other everywhere.
 * - A profile a moderator hid (`hidden_at`) is treated as hidden, whatever its visibility.
 */
export function notBlockedSql(userIdColumn: string, viewer: string): string {
  return `NOT EXISTS (SELECT 1 FROM blocks vb
     WHERE (vb.blocker_id = ${viewer}::uuid AND vb.blocked_id = ${userIdColumn})
        OR (vb.blocker_id = ${userIdColumn} AND vb.blocked_id = ${viewer}::uuid))`;
}

/** May the viewer open this profile's page? Site admins pass `true` for `isAdmin`. */
export function profileViewableSql(alias: string, viewer: string, isAdmin: string): string {
  return `(${alias}.user_id = ${viewer}::uuid
    OR (${notBlockedSql(`${alias}.user_id`, viewer)}
        AND ((${alias}.hidden_at IS NULL AND (${alias}.visibility = 'public'
               OR (${alias}.visibility = 'members' AND ${viewer}::uuid IS NOT NULL)))
             OR ((${alias}.visibility = 'hidden' OR ${alias}.hidden_at IS NOT NULL) AND ${isAdmin}::boolean))))`;
}

/** Listed for the viewer, or the viewer's own profile (people always see themselves). */
export function profileListedOrOwnSql(alias: string, viewer: string): string {
  return `(${alias}.user_id = ${viewer}::uuid OR (${profileListedSql(alias, viewer)}))`;
}

/** May this profile appear in a list (directory, members, followers) the viewer sees? */
export function profileListedSql(alias: string, viewer: string): string {
  return `${alias}.hidden_at IS NULL
    AND (${alias}.visibility = 'public' OR (${alias}.visibility = 'members' AND ${viewer}::uuid IS NOT NULL))
    AND ${notBlockedSql(`${alias}.user_id`, viewer)}`;
}

/** The account is not suspended by the moderators (what it did stays out of feeds meanwhile). */
export function accountActiveSql(userIdColumn: string): string {
  return `NOT EXISTS (SELECT 1 FROM users sa WHERE sa.id = ${userIdColumn} AND sa.suspended_at IS NOT NULL)`;
}
