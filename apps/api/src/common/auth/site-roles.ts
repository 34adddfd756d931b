import type { SiteRole } from '@open-spaces/contracts';

/** Site moderators and admins handle reports, review proposed tools and suspend accounts. */
export function isSiteModerator(role: SiteRole | undefined): boolean {
  return role === 'moderator' || role === 'admin';
}
