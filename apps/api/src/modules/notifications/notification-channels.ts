import type { NotificationChannel, NotificationKind } from '@open-spaces/contracts';

/**
 * Each kind's channel until the person chooses another. What needs an answer or changes a
 * plan (an invitation, a cancelled event, a place from the waitlist, a deadline, a
 * moderator's action, a contact request or
 * message) is mailed at once; what is nice to know waits for the digest.
 */
export const DEFAULT_CHANNELS: Record<NotificationKind, NotificationChannel> = {
  new_follower: 'digest',
  organisation_invitation: 'email',
  member_joined: 'digest',
  post_comment: 'email',
  comment_reply: 'email',
  event_changed: 'email',
  event_cancelled: 'email',
  waitlist_promoted: 'email',
  call_deadline: 'email',
  report_outcome: 'digest',
  moderation_action: 'email',
  contact_request: 'email',
  contact_request_accepted: 'email',
  message: 'email',
  partner_interest: 'email',
  partner_interest_answered: 'email',
  case_published: 'email',
  case_returned: 'email',
  petition_milestone: 'email',
  idea_answered: 'email',
  budget_results: 'digest',
};

/**
 * The digest until the person chooses: weekly, on Mondays at 8 in Brussels' time. The
 * table's column defaults say the same, for rows created without these.
 */
export const DEFAULT_DIGEST = { frequency: 'weekly', hour: 8, timeZone: 'Europe/Brussels' } as const;

/** The SQL `VALUES` list of the defaults, for queries that resolve a person's channel. */
export function defaultChannelsSql(): string {
  return Object.entries(DEFAULT_CHANNELS)
    .map(([kind, channel]) => `('${kind}', '${channel}')`)
    .join(', ');
}
