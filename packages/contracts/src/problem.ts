import { z } from 'zod';

/** Stable error codes the client can translate. Each module adds its own here. */
export const errorCodes = [
  'validation_failed',
  'malformed_json',
  'bad_request',
  'request_timeout',
  'uri_too_long',
  'headers_too_large',
  'payload_too_large',
  'unsupported_media_type',
  'not_found',
  'method_not_allowed',
  'unauthenticated',
  'forbidden',
  'csrf_rejected',
  'rate_limited',
  'service_unavailable',
  'internal_error',
  'password_too_common',
  'invalid_credentials',
  'invalid_token',
  'token_expired',
  'refresh_token_reused',
  'email_not_verified',
  'wrong_password',
  'session_not_found',
  'handle_taken',
  'slug_taken',
  'topic_exists',
  'unknown_taxonomy_value',
  'image_invalid',
  'image_too_large',
  'last_owner',
  'already_member',
  'already_invited',
  'invitation_not_found',
  'member_not_found',
  'cannot_follow_self',
  'cannot_block_self',
  // posts
  'post_not_published',
  'reply_too_deep',
  // events
  'event_cancelled',
  'event_ended',
  'registration_closed',
  // tools and moderation
  'tool_not_found',
  'already_reported',
  'account_suspended',
  'cannot_moderate_self',
  // notifications
  'unsubscribe_token_invalid',
  // contact requests and conversations
  'cannot_contact_self',
  'contact_requests_paused',
  'contact_request_pending',
  'contact_request_answered',
  'conversation_not_allowed',
  // partner searches
  'no_partner_requirements',
  'call_closed',
  'partner_search_closed',
  'own_partner_search',
  'already_interested',
  'interest_already_answered',
  // cases
  'case_not_found',
  'case_not_editable',
  'case_already_reviewed',
  'case_source_taken',
  'process_not_finished',
  'petition_not_finished',
  'unknown_organisation',
  // petitions
  'petition_not_draft',
  'petition_not_open',
  'petition_not_closed',
  'deadline_passed',
  'idea_locked',
  'proposing_closed',
  'supporting_closed',
  'commenting_closed',
  'idea_limit_reached',
  'support_limit_reached',
  'idea_not_accepted',
  // participatory budgets
  'budget_locked',
  'project_over_budget',
  'voting_not_open',
  'ballot_checked_out',
  'ballot_breaks_rule',
  'results_not_ready',
] as const;
export const ErrorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const FieldError = z.object({
  /** Dotted path of the field, e.g. `password` or `links.0.url`. */
  field: z.string(),
  message: z.string(),
  code: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 problem details, with our stable `code`. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  instance: z.string().optional(),
  requestId: z.string().optional(),
  errors: z.array(FieldError).optional(),
});
export type Problem = z.infer<typeof Problem>;
