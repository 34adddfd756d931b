import { z } from 'zod';
import { ContentPerson, ModerationState } from './content.js';
import { pageOf } from './pagination.js';
import { CountryCode, LanguageCode, Slug } from './taxonomy.js';

/**
 * Participatory processes (consultations): an organisation asks for ideas on a question,
 * members propose and support them, and the organisation answers each idea and reports
 * what became of the accepted ones. A process runs through dated phases; each phase says
 * what it enables (proposing, supporting, commenting).
 */

export const ProcessScope = z.enum(['local', 'regional', 'national', 'european']);
export type ProcessScope = z.infer<typeof ProcessScope>;

/** Derived from the dates, never stored. */
export const ProcessStatus = z.enum(['upcoming', 'active', 'past']);
export type ProcessStatus = z.infer<typeof ProcessStatus>;

export const PhaseKind = z.enum(['information', 'ideas', 'supports', 'evaluation', 'results']);
export type PhaseKind = z.infer<typeof PhaseKind>;

/** What a phase lets members do while it is on. */
export const PhaseAction = z.enum(['propose', 'support', 'comment']);
export type PhaseAction = z.infer<typeof PhaseAction>;

/** The answer states every process has; organisers add their own per process. */
export const BUILT_IN_ANSWER_STATES = ['evaluating', 'accepted', 'rejected'] as const;

export const AnswerStateName = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(?:_[a-z0-9]+)*$/, { message: 'Use lower-case letters, digits and underscores.' })
  .min(2)
  .max(40);

const Instant = z.iso.datetime({ offset: true });

export const PhaseInput = z.object({
  kind: PhaseKind,
  startsAt: Instant,
  endsAt: Instant,
  actions: z.array(PhaseAction).max(3).default([]),
});
export type PhaseInput = z.input<typeof PhaseInput>;

const processFields = {
  title: z.string().trim().min(3).max(200),
  description: z.string().trim().max(20_000),
  topics: z.array(Slug).max(10),
  scope: ProcessScope,
  languages: z.array(LanguageCode).max(10),
  phases: z.array(PhaseInput).min(1).max(10),
  /** Ideas one person may propose in the process; null for no limit. */
  ideaLimit: z.number().int().min(1).max(1000).nullable(),
  /** Supports one person may give in the process; null for no limit. */
  supportLimit: z.number().int().min(1).max(100_000).nullable(),
  /** Supports at which an idea is successful; null for none. */
  supportThreshold: z.number().int().min(1).max(10_000_000).nullable(),
  /** States the organiser adds to evaluating, accepted and rejected. */
  answerStates: z.array(AnswerStateName).max(10),
};

export const CreateProcessRequest = z
  .object({
    /** The organisation that runs it: one the author is an owner or admin of. */
    organisation: Slug,
    title: processFields.title,
    description: processFields.description.default(''),
    topics: processFields.topics.default([]),
    scope: processFields.scope,
    languages: processFields.languages.default([]),
    phases: processFields.phases,
    ideaLimit: processFields.ideaLimit.default(null),
    supportLimit: processFields.supportLimit.default(null),
    supportThreshold: processFields.supportThreshold.default(null),
    answerStates: processFields.answerStates.default([]),
  })
  .strict();
export type CreateProcessRequest = z.input<typeof CreateProcessRequest>;

export const UpdateProcessRequest = z.object(processFields).partial().strict();
export type UpdateProcessRequest = z.input<typeof UpdateProcessRequest>;

export const Phase = z.object({
  kind: PhaseKind,
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  actions: z.array(PhaseAction),
  /** Whether the phase is on now. */
  current: z.boolean(),
});
export type Phase = z.infer<typeof Phase>;

export const ProcessOrganisation = z.object({ slug: z.string(), name: z.string() });
export type ProcessOrganisation = z.infer<typeof ProcessOrganisation>;

export const ProcessSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  organisation: ProcessOrganisation,
  topics: z.array(z.string()),
  scope: ProcessScope,
  languages: z.array(z.string()),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  status: ProcessStatus,
  ideaCount: z.number().int(),
  createdAt: z.iso.datetime(),
});
export type ProcessSummary = z.infer<typeof ProcessSummary>;

/** What the viewer may do in the process now, and when each action opens if it is not open. */
export const ActionWindow = z.object({
  open: z.boolean(),
  /** When the next phase enabling it starts, if it is not open now. */
  opensAt: z.iso.datetime().nullable(),
});
export type ActionWindow = z.infer<typeof ActionWindow>;

export const Process = ProcessSummary.extend({
  description: z.string(),
  descriptionHtml: z.string(),
  phases: z.array(Phase),
  ideaLimit: z.number().int().nullable(),
  supportLimit: z.number().int().nullable(),
  supportThreshold: z.number().int().nullable(),
  /** Every state an answer may take here: the built-in ones and the organiser's own. */
  answerStates: z.array(z.string()),
  customAnswerStates: z.array(z.string()),
  windows: z.object({ propose: ActionWindow, support: ActionWindow, comment: ActionWindow }),
  /** Ideas and supports the viewer has given here (zero when signed out). */
  mine: z.object({ ideas: z.number().int(), supports: z.number().int() }),
  canOrganise: z.boolean(),
});
export type Process = z.infer<typeof Process>;

export const ProcessPage = pageOf(ProcessSummary);
export type ProcessPage = z.infer<typeof ProcessPage>;

export const ProcessListQuery = z.object({
  after: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  topic: Slug.optional(),
  scope: ProcessScope.optional(),
  status: ProcessStatus.optional(),
  organisation: Slug.optional(),
});
export type ProcessListQuery = z.input<typeof ProcessListQuery>;

const ideaFields = {
  title: z.string().trim().min(3).max(200),
  body: z.string().trim().min(1).max(10_000),
  topics: z.array(Slug).max(5),
  city: z.string().trim().min(1).max(100).nullable(),
  country: CountryCode.nullable(),
};

export const CreateIdeaRequest = z
  .object({
    title: ideaFields.title,
    body: ideaFields.body,
    topics: ideaFields.topics.default([]),
    city: ideaFields.city.default(null),
    country: ideaFields.country.default(null),
  })
  .strict();
export type CreateIdeaRequest = z.input<typeof CreateIdeaRequest>;

export const UpdateIdeaRequest = z.object(ideaFields).partial().strict();
export type UpdateIdeaRequest = z.input<typeof UpdateIdeaRequest>;

/** An organiser's answer as others see it: only published answers are shown. */
export const IdeaAnswer = z.object({
  state: z.string(),
  text: z.string(),
  textHtml: z.string(),
  publishedAt: z.iso.datetime(),
});
export type IdeaAnswer = z.infer<typeof IdeaAnswer>;

/** The draft an organiser is writing; seen by organisers only. */
export const IdeaAnswerDraft = z.object({ state: z.string(), text: z.string() });
export type IdeaAnswerDraft = z.infer<typeof IdeaAnswerDraft>;

export const IdeaSummary = z.object({
  id: z.uuid(),
  processId: z.uuid(),
  title: z.string(),
  topics: z.array(z.string()),
  city: z.string().nullable(),
  country: z.string().nullable(),
  author: ContentPerson.nullable(),
  supportsCount: z.number().int(),
  successful: z.boolean(),
  answerState: z.string().nullable(),
  supportedByMe: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type IdeaSummary = z.infer<typeof IdeaSummary>;

export const IdeaUpdate = z.object({
  id: z.uuid(),
  body: z.string(),
  bodyHtml: z.string(),
  createdAt: z.iso.datetime(),
});
export type IdeaUpdate = z.infer<typeof IdeaUpdate>;

export const Idea = IdeaSummary.extend({
  body: z.string(),
  bodyHtml: z.string(),
  answer: IdeaAnswer.nullable(),
  answerDraft: IdeaAnswerDraft.nullable(),
  updates: z.array(IdeaUpdate),
  /** The author may edit until the first support or the first published answer. */
  canEdit: z.boolean(),
  canOrganise: z.boolean(),
  mine: z.boolean(),
  /** Set for its author only: whether a moderator hid it, and why. */
  moderation: ModerationState.nullable(),
});
export type Idea = z.infer<typeof Idea>;

export const IdeaPage = pageOf(IdeaSummary);
export type IdeaPage = z.infer<typeof IdeaPage>;

export const IdeaSort = z.enum(['newest', 'most_supported', 'random']);
export type IdeaSort = z.infer<typeof IdeaSort>;

const BooleanQuery = z.enum(['true', 'false']).transform((value) => value === 'true');

export const IdeaListQuery = z.object({
  after: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  sort: IdeaSort.default('newest'),
  topic: Slug.optional(),
  answerState: AnswerStateName.optional(),
  successful: BooleanQuery.optional(),
});
export type IdeaListQuery = z.input<typeof IdeaListQuery>;

export const SupportState = z.object({
  ideaId: z.uuid(),
  supportsCount: z.number().int(),
  supportedByMe: z.boolean(),
  successful: z.boolean(),
});
export type SupportState = z.infer<typeof SupportState>;

export const IdeaComment = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  body: z.string(),
  author: ContentPerson.nullable(),
  createdAt: z.iso.datetime(),
  /** Set for its author only: whether a moderator hid it, and why. */
  moderation: ModerationState.nullable(),
});
export type IdeaComment = z.infer<typeof IdeaComment>;

export const IdeaCommentThread = IdeaComment.extend({ replies: z.array(IdeaComment) });
export type IdeaCommentThread = z.infer<typeof IdeaCommentThread>;

export const IdeaCommentPage = pageOf(IdeaCommentThread);
export type IdeaCommentPage = z.infer<typeof IdeaCommentPage>;

export const CreateIdeaCommentRequest = z
  .object({
    body: z.string().trim().min(1).max(5000),
    /** The comment this one replies to; replies to replies are refused. */
    parentId: z.uuid().optional(),
  })
  .strict();
export type CreateIdeaCommentRequest = z.input<typeof CreateIdeaCommentRequest>;

export const AnswerIdeaRequest = z
  .object({
    state: AnswerStateName,
    text: z.string().trim().max(10_000).default(''),
    /** Publish now (and tell the author), or keep as a draft. */
    publish: z.boolean().default(false),
  })
  .strict();
export type AnswerIdeaRequest = z.input<typeof AnswerIdeaRequest>;

export const CreateIdeaUpdateRequest = z.object({ body: z.string().trim().min(1).max(10_000) }).strict();
export type CreateIdeaUpdateRequest = z.input<typeof CreateIdeaUpdateRequest>;

/** One row of the results export: counts and states, never who proposed or supported. */
export const IdeaResult = z.object({
  id: z.uuid(),
  title: z.string(),
  topics: z.array(z.string()),
  city: z.string().nullable(),
  country: z.string().nullable(),
  supportsCount: z.number().int(),
  commentsCount: z.number().int(),
  successful: z.boolean(),
  answerState: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type IdeaResult = z.infer<typeof IdeaResult>;

export const IdeaResults = z.object({ processId: z.uuid(), title: z.string(), ideas: z.array(IdeaResult) });
export type IdeaResults = z.infer<typeof IdeaResults>;
