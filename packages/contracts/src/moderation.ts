import { z } from 'zod';
import { ReportObjectType } from './content.js';

/** Reports, the moderation queue, account suspension and the audit log of moderators' actions. */

export const ReportReason = z.enum([
  'spam',
  'harassment',
  'hate',
  'misinformation',
  'privacy',
  'illegal',
  'other',
]);
export type ReportReason = z.infer<typeof ReportReason>;

export const CreateReportRequest = z.object({
  objectType: ReportObjectType,
  objectId: z.string().trim().min(1).max(200),
  reason: ReportReason,
  note: z.string().trim().max(1_000).default(''),
});
export type CreateReportRequest = z.input<typeof CreateReportRequest>;

/** What the reporter gets back: their own report, never anything about others. */
export const ReportReceipt = z.object({
  id: z.uuid(),
  objectType: ReportObjectType,
  objectId: z.string(),
  reason: ReportReason,
  createdAt: z.iso.datetime(),
});
export type ReportReceipt = z.infer<typeof ReportReceipt>;

/** One reported object in the queue, with its open reports summed up. */
export const ModerationCase = z.object({
  objectType: ReportObjectType,
  objectId: z.string(),
  title: z.string(),
  path: z.string(),
  /** The responsible account, if any (for suspension); its handle when it has a profile. */
  responsible: z.object({ id: z.uuid(), handle: z.string().nullable(), suspended: z.boolean() }).nullable(),
  openReports: z.number().int(),
  reasons: z.array(z.object({ reason: ReportReason, count: z.number().int() })),
  /** The newest notes (reporters are not named). */
  notes: z.array(z.string()),
  lastReportedAt: z.iso.datetime(),
});
export type ModerationCase = z.infer<typeof ModerationCase>;

export const ModerationQueue = z.object({
  items: z.array(ModerationCase),
  nextCursor: z.string().nullable(),
});
export type ModerationQueue = z.infer<typeof ModerationQueue>;

export const ModerationQueueQuery = z.object({
  after: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type ModerationQueueQuery = z.input<typeof ModerationQueueQuery>;

const ModerationReason = z.string().trim().min(3).max(500);

export const ObjectRef = { objectType: ReportObjectType, objectId: z.string().trim().min(1).max(200) };

export const HideObjectRequest = z.object({ ...ObjectRef, reason: ModerationReason });
export type HideObjectRequest = z.input<typeof HideObjectRequest>;

export const ObjectActionRequest = z.object({ ...ObjectRef, reason: z.string().trim().max(500).default('') });
export type ObjectActionRequest = z.input<typeof ObjectActionRequest>;

export const SuspensionRequest = z.object({ reason: ModerationReason });
export type SuspensionRequest = z.input<typeof SuspensionRequest>;

export const ModerationActionKind = z.enum([
  'hide',
  'restore',
  'dismiss',
  'suspend',
  'unsuspend',
  'approve_tool',
  'reject_tool',
  'publish_case',
  'return_case',
]);
export type ModerationActionKind = z.infer<typeof ModerationActionKind>;

export const AuditEntry = z.object({
  id: z.uuid(),
  action: ModerationActionKind,
  moderator: z.object({ handle: z.string().nullable(), displayName: z.string() }),
  objectType: z.enum([...ReportObjectType.options, 'account']),
  objectId: z.string(),
  reason: z.string(),
  createdAt: z.iso.datetime(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditPage = z.object({ items: z.array(AuditEntry), nextCursor: z.string().nullable() });
export type AuditPage = z.infer<typeof AuditPage>;

export const AuditQuery = ModerationQueueQuery;
export type AuditQuery = z.input<typeof AuditQuery>;
