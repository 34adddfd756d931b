import { z } from 'zod';
import { ContentOrganisation, ContentPerson, ModerationState } from './content.js';
import { CountryCode, LanguageCode, Slug } from './taxonomy.js';

/**
 * The repository of participation cases: crowdsourcing, deliberative polls, citizens'
 * assemblies, participatory budgets and the like, written up by the people who ran or
 * studied them so that other organisations learn from them. Verified members submit a
 * case; a moderator publishes it or returns it with a note.
 */

/** The methods practitioners name a process by; a case uses one or several. */
export const CaseMethod = z.enum([
  'crowdsourcing',
  'deliberative_poll',
  'citizens_assembly',
  'citizens_jury',
  'planning_cell',
  'participatory_budgeting',
  'petition',
  'consultation',
  'online_survey',
  'hackathon',
  'world_cafe',
  'open_space',
  'future_workshop',
  'participatory_mapping',
  'living_lab',
]);
export type CaseMethod = z.infer<typeof CaseMethod>;

export const CaseScope = z.enum(['neighbourhood', 'local', 'regional', 'national', 'european', 'online']);
export type CaseScope = z.infer<typeof CaseScope>;

/** The level of participation on the IAP2 spectrum, from least to most public influence. */
export const Iap2Level = z.enum(['inform', 'consult', 'involve', 'collaborate', 'empower']);
export type Iap2Level = z.infer<typeof Iap2Level>;

/** Where people took part: online, in person, or both. */
export const CaseFormat = z.enum(['online', 'in_person', 'hybrid']);
export type CaseFormat = z.infer<typeof CaseFormat>;

/** Submitted cases wait for a moderator, who publishes them or returns them with a note. */
export const CaseStatus = z.enum(['submitted', 'returned', 'published']);
export type CaseStatus = z.infer<typeof CaseStatus>;

/** The Open Spaces participation a case was written from, when it was. */
export const CaseSourceType = z.enum(['process', 'petition']);
export type CaseSourceType = z.infer<typeof CaseSourceType>;

/** A calendar day, `2025-03-14`, in the years a participation case can have happened in. */
export const CaseDate = z
  .string()
  .trim()
  .regex(/^(19|20)\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
    message: 'Use a date such as 2025-03-14.',
  })
  .refine((value) => {
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
  }, 'This date does not exist.');

const text = (max: number) => z.string().trim().max(max);

/** An organiser or funder: an organisation on Open Spaces (by its slug), or a name. */
export const CasePartyRequest = z
  .object({
    organisation: Slug.optional(),
    name: z.string().trim().min(2).max(160).optional(),
  })
  .refine((party) => (party.organisation === undefined) !== (party.name === undefined), {
    message: 'Choose an organisation on Open Spaces or type a name, not both.',
  });
export type CasePartyRequest = z.input<typeof CasePartyRequest>;

export const CaseLink = z.object({
  url: z.url({ protocol: /^https?$/, message: 'Use a full http(s) address.' }).max(500),
  label: text(160).default(''),
});
export type CaseLink = z.input<typeof CaseLink>;

/** A case as its submitter writes it; sent whole when it is created and when it is edited. */
export const CaseRequest = z
  .object({
    title: z.string().trim().min(5).max(160),
    summary: z.string().trim().min(20).max(500),
    description: text(20_000).default(''),
    country: CountryCode,
    place: text(120).default(''),
    scope: CaseScope,
    startDate: CaseDate,
    endDate: CaseDate.nullable().default(null),
    ongoing: z.boolean().default(false),
    purpose: text(2_000).default(''),
    iap2Level: Iap2Level,
    methods: z.array(CaseMethod).min(1).max(6),
    participantCount: z.number().int().min(0).max(1_000_000_000).nullable().default(null),
    recruitment: text(2_000).default(''),
    format: CaseFormat,
    organisers: z.array(CasePartyRequest).min(1).max(10),
    funders: z.array(CasePartyRequest).max(10).default([]),
    outcomes: text(5_000).default(''),
    impact: text(5_000).default(''),
    links: z.array(CaseLink).max(10).default([]),
    topics: z.array(Slug).max(5).default([]),
    language: LanguageCode,
  })
  .superRefine((input, context) => {
    if (input.ongoing && input.endDate !== null) {
      context.addIssue({ code: 'custom', path: ['endDate'], message: 'An ongoing case has no end date.' });
    }
    if (input.endDate !== null && input.endDate < input.startDate) {
      context.addIssue({ code: 'custom', path: ['endDate'], message: 'The end comes after the start.' });
    }
    if (new Set(input.methods).size !== input.methods.length) {
      context.addIssue({ code: 'custom', path: ['methods'], message: 'Name each method once.' });
    }
  });
export type CaseRequest = z.input<typeof CaseRequest>;

export const CaseReviewRequest = z
  .object({
    decision: z.enum(['publish', 'return']),
    /** What the submitter should change; required when returning. */
    note: text(2_000).default(''),
  })
  .refine((review) => review.decision === 'publish' || review.note.length > 0, {
    path: ['note'],
    message: 'Tell the submitter what to change.',
  });
export type CaseReviewRequest = z.input<typeof CaseReviewRequest>;

export const CaseSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  summary: z.string(),
  country: z.string(),
  place: z.string(),
  scope: CaseScope,
  methods: z.array(CaseMethod),
  iap2Level: Iap2Level,
  format: CaseFormat,
  startDate: z.string(),
  endDate: z.string().nullable(),
  ongoing: z.boolean(),
  participantCount: z.number().int().nullable(),
  topics: z.array(z.string()),
  language: z.string(),
  status: CaseStatus,
  publishedAt: z.iso.datetime().nullable(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

/** An organiser or funder as shown: linked when it is an organisation the viewer may see. */
export const CaseParty = z.object({ organisation: ContentOrganisation.nullable(), name: z.string() });
export type CaseParty = z.infer<typeof CaseParty>;

export const Case = CaseSummary.extend({
  description: z.string(),
  descriptionHtml: z.string(),
  purpose: z.string(),
  recruitment: z.string(),
  outcomes: z.string(),
  impact: z.string(),
  organisers: z.array(CaseParty),
  funders: z.array(CaseParty),
  links: z.array(z.object({ url: z.string(), label: z.string() })),
  /** Who submitted it, when the viewer may list their profile. */
  submittedBy: ContentPerson.nullable(),
  /** The moderator's note when it was returned; only its submitter and moderators get it. */
  reviewNote: z.string().nullable(),
  moderation: ModerationState,
  source: z.object({ type: CaseSourceType, id: z.uuid() }).nullable(),
  /** May the viewer edit it (its submitter, while submitted or returned)? */
  canEdit: z.boolean(),
  /** May the viewer publish or return it (moderators other than its submitter, while submitted)? */
  canReview: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Case = z.infer<typeof Case>;

/** The case written from a finished process or petition, for its submitter to complete. */
export const CaseDraft = z.object({ id: z.uuid() });
export type CaseDraft = z.infer<typeof CaseDraft>;

export const CasePage = z.object({ items: z.array(CaseSummary), nextCursor: z.string().nullable() });
export type CasePage = z.infer<typeof CasePage>;

/** The repository's filters: each narrows the published cases; all of them together. */
export const CaseQuery = z.object({
  q: z.string().trim().min(2).max(120).optional(),
  method: CaseMethod.optional(),
  scope: CaseScope.optional(),
  country: CountryCode.optional(),
  iap2Level: Iap2Level.optional(),
  topic: Slug.optional(),
  language: LanguageCode.optional(),
  after: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type CaseQuery = z.input<typeof CaseQuery>;

/** The filters alone, for the facet counts. */
export const CaseFacetQuery = CaseQuery.omit({ after: true, limit: true });
export type CaseFacetQuery = z.input<typeof CaseFacetQuery>;

export const CaseFacetCount = z.object({ value: z.string(), count: z.number().int() });
export type CaseFacetCount = z.infer<typeof CaseFacetCount>;

/**
 * How many of the filtered cases have each value. Counted over the newest matches up to a
 * bound; `capped` says the counts are "at least" because more cases matched.
 */
export const CaseFacets = z.object({
  total: z.number().int(),
  capped: z.boolean(),
  methods: z.array(CaseFacetCount),
  scopes: z.array(CaseFacetCount),
  countries: z.array(CaseFacetCount),
  iap2Levels: z.array(CaseFacetCount),
  topics: z.array(CaseFacetCount),
  languages: z.array(CaseFacetCount),
});
export type CaseFacets = z.infer<typeof CaseFacets>;

/** What a similar case shares with the one being read. */
export const SimilarityReason = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('methods'), values: z.array(CaseMethod) }),
  z.object({ kind: z.literal('topics'), values: z.array(z.string()) }),
  z.object({ kind: z.literal('scope'), value: CaseScope }),
  z.object({ kind: z.literal('iap2Level'), value: Iap2Level }),
  z.object({ kind: z.literal('country'), value: z.string() }),
]);
export type SimilarityReason = z.infer<typeof SimilarityReason>;

export const SimilarCase = z.object({
  case: CaseSummary,
  score: z.number(),
  reasons: z.array(SimilarityReason),
});
export type SimilarCase = z.infer<typeof SimilarCase>;

export const SimilarCaseList = z.object({ items: z.array(SimilarCase) });
export type SimilarCaseList = z.infer<typeof SimilarCaseList>;
