import { organisationVisibleSql } from './follow-counts';
import { notBlockedSql } from './profile-visibility';

/**
 * Who may see content (posts, events, funding calls, comments) and the activities that
 * describe it, as SQL conditions every query that shows content must use. `viewer` is the
 * SQL parameter with the viewer's user id (NULL for an anonymous visitor).
 *
 * Content follows the same rules as the people behind it:
 * - a block in either direction hides each side's content from the other, everywhere;
 * - content a person published as themself is seen by those who may list their profile
 *   (a hidden profile's own content is seen by no one else);
 * - content published as an organisation is seen by those who may see the organisation.
 *   Its author is then shown only to viewers who may list the author (contentPersonShownSql).
 * Authors always see their own content.
 */
export function contentAuthorVisibleSql(
  authorColumn: string,
  organisationColumn: string,
  viewer: string,
): string {
  return `(${authorColumn} = ${viewer}::uuid OR (
    ${notBlockedSql(authorColumn, viewer)}
    AND CASE WHEN ${organisationColumn} IS NULL
      THEN EXISTS (SELECT 1 FROM profiles cap WHERE cap.user_id = ${authorColumn}
                     AND ${profileListedCondition('cap', viewer)})
      ELSE EXISTS (SELECT 1 FROM organisations cao WHERE cao.id = ${organisationColumn}
                     AND ${organisationVisibleSql('cao', viewer)})
    END))`;
}

/**
 * The same rule as `contentAuthorVisibleSql`, for a query that already joins the author's
 * profile (`profileAlias`) and, left-joined, the organisation (`organisationAlias`): no
 * subquery per row, so a newest-first list can walk its index and stop after one page.
 * (The subquery form is planned as a hash of every listed profile when many rows might
 * be checked, which reads the whole profiles table before the first row of a page.)
 */
export function contentAuthorVisibleJoinedSql(
  profileAlias: string,
  organisationAlias: string,
  viewer: string,
): string {
  return `(${profileAlias}.user_id = ${viewer}::uuid OR (
    ${notBlockedSql(`${profileAlias}.user_id`, viewer)}
    AND CASE WHEN ${organisationAlias}.id IS NULL
      THEN ${profileListedCondition(profileAlias, viewer)}
      ELSE ${organisationVisibleSql(organisationAlias, viewer)}
    END))`;
}

/** May the author's name be shown on content they published as an organisation? */
export function contentPersonShownSql(profileAlias: string, viewer: string): string {
  return `(${profileAlias}.user_id = ${viewer}::uuid OR ${profileListedCondition(profileAlias, viewer)})`;
}

/**
 * Who an audience admits: `public` everyone, `members` signed-in people, `organisation`
 * the members of the organisation it was published as.
 */
export function audienceAdmitsSql(
  audienceColumn: string,
  organisationColumn: string,
  viewer: string,
): string {
  return `(${audienceColumn} = 'public'
    OR (${audienceColumn} = 'members' AND ${viewer}::uuid IS NOT NULL)
    OR (${audienceColumn} = 'organisation' AND EXISTS (
          SELECT 1 FROM memberships cam
           WHERE cam.organisation_id = ${organisationColumn} AND cam.user_id = ${viewer}::uuid)))`;
}

/**
 * May the viewer see this activity (alias with actor_id, organisation_id, audience)? The
 * object's own state (draft, hidden by a moderator) is checked by the object's module.
 */
export function activityVisibleSql(alias: string, viewer: string): string {
  return `(${contentAuthorVisibleSql(`${alias}.actor_id`, `${alias}.organisation_id`, viewer)}
    AND ${audienceAdmitsSql(`${alias}.audience`, `${alias}.organisation_id`, viewer)})`;
}

/**
 * The viewers in `candidates` (a relation with a `user_id` column; every one of them signed
 * in) who may see one activity: `activityVisibleSql` for each of them, written so that what
 * concerns the actor and the organisation alone is checked once, not once per viewer, and
 * blocks are one anti-join each way. Live delivery asks this for thousands of followers at
 * a time. Keep it in step with the rules above; a test compares both on the same people.
 */
export function activityViewersSql(
  candidates: string,
  actor: string,
  organisation: string,
  audience: string,
): string {
  return `SELECT c.user_id FROM ${candidates} c
    WHERE (c.user_id = ${actor} OR (
      NOT EXISTS (SELECT 1 FROM blocks vb WHERE vb.blocker_id = c.user_id AND vb.blocked_id = ${actor})
      AND NOT EXISTS (SELECT 1 FROM blocks vb WHERE vb.blocker_id = ${actor} AND vb.blocked_id = c.user_id)
      AND CASE WHEN ${organisation} IS NULL
        THEN EXISTS (SELECT 1 FROM profiles cap WHERE cap.user_id = ${actor}
                       AND cap.hidden_at IS NULL AND cap.visibility IN ('public', 'members'))
        ELSE EXISTS (SELECT 1 FROM organisations cao WHERE cao.id = ${organisation}
                       AND cao.hidden_at IS NULL AND cao.visibility IN ('public', 'members'))
          OR EXISTS (SELECT 1 FROM memberships vm
                      WHERE vm.organisation_id = ${organisation} AND vm.user_id = c.user_id)
      END))
      AND (${audience} IN ('public', 'members') OR (${audience} = 'organisation' AND EXISTS (
            SELECT 1 FROM memberships cam
             WHERE cam.organisation_id = ${organisation} AND cam.user_id = c.user_id)))`;
}

function profileListedCondition(alias: string, viewer: string): string {
  return `(${alias}.hidden_at IS NULL
    AND (${alias}.visibility = 'public' OR (${alias}.visibility = 'members' AND ${viewer}::uuid IS NOT NULL)))`;
}
