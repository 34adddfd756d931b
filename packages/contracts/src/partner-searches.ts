import { z } from 'zod';
import { EligibilityFailure, EligibilityReason } from './funding-calls.js';
import { OrganisationKind } from './organisations.js';
import { CountryCode, Slug } from './taxonomy.js';

/**
 * Partner searches: an organisation builds a consortium for a funding call that requires
 * partners. It states the roles it needs, the others express interest, the lead accepts
 * or declines, and the coverage says how far the consortium meets the call's rules.
 */

/** A place in a consortium; the lead organisation itself is its coordinator. */
export const PartnerRole = z.enum(['coordinator', 'partner', 'associated_partner']);
export type PartnerRole = z.infer<typeof PartnerRole>;

export const PartnerSearchStatus = z.enum(['open', 'closed']);
export type PartnerSearchStatus = z.infer<typeof PartnerSearchStatus>;

export const InterestStatus = z.enum(['pending', 'accepted', 'declined', 'withdrawn']);
export type InterestStatus = z.infer<typeof InterestStatus>;

/** A role the lead needs, with the competences (from the offers vocabulary) it asks for. */
export const RoleNeeded = z.object({
  role: PartnerRole,
  competences: z.array(Slug).max(8).default([]),
});
export type RoleNeeded = z.input<typeof RoleNeeded>;

const searchFields = {
  roles: z.array(RoleNeeded).min(1).max(10),
  countriesWanted: z.array(CountryCode).max(40),
  note: z.string().trim().max(2_000),
};

export const CreatePartnerSearchRequest = z.object({
  /** The lead: an organisation the author is an owner, admin or editor of. */
  organisation: Slug,
  roles: searchFields.roles,
  countriesWanted: searchFields.countriesWanted.default([]),
  note: searchFields.note.default(''),
});
export type CreatePartnerSearchRequest = z.input<typeof CreatePartnerSearchRequest>;

export const UpdatePartnerSearchRequest = z
  .object({ ...searchFields, status: PartnerSearchStatus })
  .partial();
export type UpdatePartnerSearchRequest = z.input<typeof UpdatePartnerSearchRequest>;

export const ExpressInterestRequest = z.object({
  /** The interested organisation: one the author is an owner, admin or editor of. */
  organisation: Slug,
  role: PartnerRole,
  note: z.string().trim().max(2_000).default(''),
});
export type ExpressInterestRequest = z.input<typeof ExpressInterestRequest>;

export const PartnerOrganisation = z.object({
  slug: z.string(),
  name: z.string(),
  kind: OrganisationKind,
  country: z.string(),
});
export type PartnerOrganisation = z.infer<typeof PartnerOrganisation>;

export const PartnerInterest = z.object({
  id: z.uuid(),
  organisation: PartnerOrganisation,
  role: PartnerRole,
  note: z.string(),
  status: InterestStatus,
  createdAt: z.iso.datetime(),
  /** May the viewer withdraw it (an editor of the interested organisation, while pending or accepted)? */
  canWithdraw: z.boolean(),
});
export type PartnerInterest = z.infer<typeof PartnerInterest>;

export const PartnerSearchSummary = z.object({
  id: z.uuid(),
  call: z.object({ id: z.uuid(), title: z.string(), topics: z.array(z.string()) }),
  lead: PartnerOrganisation,
  roles: z.array(z.object({ role: PartnerRole, competences: z.array(z.string()) })),
  countriesWanted: z.array(z.string()),
  note: z.string(),
  status: PartnerSearchStatus,
  /** Accepted partners the viewer may see. */
  partnerCount: z.number().int(),
  createdAt: z.iso.datetime(),
});
export type PartnerSearchSummary = z.infer<typeof PartnerSearchSummary>;

/** One member of the consortium against the call's country and kind rules. */
export const CoverageMember = z.object({
  organisation: PartnerOrganisation,
  /** `lead` for the organisation that started the search. */
  role: z.union([z.literal('lead'), PartnerRole]),
  /** Associated partners take part but do not count towards the minimums. */
  counts: z.boolean(),
  eligible: z.boolean(),
  reasons: z.array(EligibilityReason),
  failures: z.array(EligibilityFailure),
});
export type CoverageMember = z.infer<typeof CoverageMember>;

/** Something the consortium still lacks, as a value the client puts into words. */
export const CoverageGap = z.discriminatedUnion('type', [
  /** Eligible partners (lead included) are fewer than the call's minimum. */
  z.object({ type: z.literal('partners'), missing: z.number().int().min(1) }),
  /** Eligible partners come from fewer countries than the call's minimum. */
  z.object({ type: z.literal('countries'), missing: z.number().int().min(1) }),
  /** A role the lead asked for that no accepted partner fills yet. */
  z.object({ type: z.literal('role'), role: PartnerRole, competences: z.array(z.string()) }),
]);
export type CoverageGap = z.infer<typeof CoverageGap>;

export const Coverage = z.object({
  minPartners: z.number().int().nullable(),
  minCountries: z.number().int().nullable(),
  members: z.array(CoverageMember),
  /** Eligible members that count, lead included. */
  eligiblePartners: z.number().int(),
  /** Countries of the eligible members that count, sorted. */
  countriesCovered: z.array(z.string()),
  gaps: z.array(CoverageGap),
  complete: z.boolean(),
});
export type Coverage = z.infer<typeof Coverage>;

/** Why an organisation is suggested: each a gap it would help close. */
export const PartnerSuggestionReason = z.discriminatedUnion('type', [
  z.object({ type: z.literal('new_country'), country: z.string() }),
  z.object({ type: z.literal('wanted_country'), country: z.string() }),
  z.object({ type: z.literal('competences'), competences: z.array(z.string()) }),
  /** Always given: the call admits its country and kind. */
  z.object({ type: z.literal('eligible'), country: z.string(), kind: OrganisationKind }),
]);
export type PartnerSuggestionReason = z.infer<typeof PartnerSuggestionReason>;

export const PartnerSuggestion = z.object({
  organisation: PartnerOrganisation,
  reasons: z.array(PartnerSuggestionReason),
});
export type PartnerSuggestion = z.infer<typeof PartnerSuggestion>;

export const PartnerSearch = PartnerSearchSummary.extend({
  /** Interests the viewer may see: all of them for the lead's editors, their own for others. */
  interests: z.array(PartnerInterest),
  coverage: Coverage,
  /** Organisations that would close a gap; shown to the lead's editors only, empty otherwise. */
  suggestions: z.array(PartnerSuggestion),
  /** The viewer is an owner, admin or editor of the lead organisation. */
  canManage: z.boolean(),
});
export type PartnerSearch = z.infer<typeof PartnerSearch>;

export const PartnerSearchPage = z.object({
  items: z.array(PartnerSearchSummary),
  nextCursor: z.string().nullable(),
});
export type PartnerSearchPage = z.infer<typeof PartnerSearchPage>;

export const CallPartnerSearchQuery = z.object({
  after: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type CallPartnerSearchQuery = z.input<typeof CallPartnerSearchQuery>;

export const PartnerSearchDirectoryQuery = CallPartnerSearchQuery.extend({
  /** Searches for calls with this topic. */
  topic: Slug.optional(),
  /** Searches that want partners from this country. */
  country: CountryCode.optional(),
  role: PartnerRole.optional(),
  competence: Slug.optional(),
  /** Open searches when left out. */
  status: PartnerSearchStatus.default('open'),
});
export type PartnerSearchDirectoryQuery = z.input<typeof PartnerSearchDirectoryQuery>;
