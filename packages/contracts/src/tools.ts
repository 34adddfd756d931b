import { z } from 'zod';
import { ContentOrganisation, ContentPerson, ModerationState } from './content.js';
import { LanguageCode, Slug } from './taxonomy.js';

/**
 * The directory of digital cooperation tools: proposed by members, approved by moderators,
 * and marked "we use it" by organisations with a short experience note.
 */

export const ToolCategory = z.enum([
  'video_calls',
  'documents',
  'secure_messaging',
  'project_management',
  'crm',
  'fundraising',
  'petitions',
  'surveys',
  'e_participation',
  'other',
]);
export type ToolCategory = z.infer<typeof ToolCategory>;

export const ToolPriceModel = z.enum(['free', 'freemium', 'paid', 'donation']);
export type ToolPriceModel = z.infer<typeof ToolPriceModel>;

/** Proposed tools wait for a moderator; rejected ones stay visible to their proposer only. */
export const ToolStatus = z.enum(['pending', 'approved', 'rejected']);
export type ToolStatus = z.infer<typeof ToolStatus>;

const flag = z
  .enum(['true', 'false'])
  .transform((value) => value === 'true')
  .optional();

export const ToolSummary = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  website: z.string(),
  category: ToolCategory,
  openSource: z.boolean(),
  selfHostable: z.boolean(),
  hostedInEu: z.boolean(),
  priceModel: ToolPriceModel,
  languages: z.array(z.string()),
  status: ToolStatus,
  /** How many organisations the viewer may see say they use it. */
  usedByCount: z.number().int(),
});
export type ToolSummary = z.infer<typeof ToolSummary>;

export const Tool = ToolSummary.extend({
  description: z.string(),
  descriptionHtml: z.string(),
  gdprNotes: z.string(),
  proposedBy: ContentPerson.nullable(),
  /** Set when a moderator hid it; only its proposer and moderators get the tool then. */
  moderation: ModerationState,
  /** Whether the viewer may approve or reject it. */
  canReview: z.boolean(),
  /** The organisations the viewer may mark "we use it" for (editors and above). */
  usableAs: z.array(z.object({ slug: z.string(), name: z.string() })),
  createdAt: z.iso.datetime(),
  reviewedAt: z.iso.datetime().nullable(),
});
export type Tool = z.infer<typeof Tool>;

const text = (max: number) => z.string().trim().max(max);

const toolFields = {
  name: z.string().trim().min(2).max(80),
  slug: Slug,
  website: z.url({ protocol: /^https?$/, message: 'Use a full http(s) address.' }).max(300),
  category: ToolCategory,
  description: text(10_000),
  openSource: z.boolean(),
  selfHostable: z.boolean(),
  hostedInEu: z.boolean(),
  gdprNotes: text(2_000),
  languages: z.array(LanguageCode).max(30),
  priceModel: ToolPriceModel,
};

export const ProposeToolRequest = z.object(toolFields).partial().required({
  name: true,
  slug: true,
  website: true,
  category: true,
  priceModel: true,
});
export type ProposeToolRequest = z.input<typeof ProposeToolRequest>;

export const ReviewToolRequest = z.object({ decision: z.enum(['approve', 'reject']) });
export type ReviewToolRequest = z.input<typeof ReviewToolRequest>;

export const ToolDirectoryQuery = z.object({
  q: z.string().trim().min(2).max(80).optional(),
  category: ToolCategory.optional(),
  openSource: flag,
  selfHostable: flag,
  hostedInEu: flag,
  priceModel: ToolPriceModel.optional(),
  language: LanguageCode.optional(),
  /** `pending` lists proposals waiting for review: moderators and admins only. */
  status: z.enum(['approved', 'pending']).default('approved'),
  after: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type ToolDirectoryQuery = z.input<typeof ToolDirectoryQuery>;

export const ToolPage = z.object({ items: z.array(ToolSummary), nextCursor: z.string().nullable() });
export type ToolPage = z.infer<typeof ToolPage>;

export const ToolUsage = z.object({
  organisation: ContentOrganisation,
  note: z.string(),
  updatedAt: z.iso.datetime(),
});
export type ToolUsage = z.infer<typeof ToolUsage>;

export const ToolUsagePage = z.object({ items: z.array(ToolUsage), nextCursor: z.string().nullable() });
export type ToolUsagePage = z.infer<typeof ToolUsagePage>;

/** "We use it": one per organisation and tool; sent again, it replaces the note. */
export const ToolUsageRequest = z.object({ note: text(500) });
export type ToolUsageRequest = z.input<typeof ToolUsageRequest>;
