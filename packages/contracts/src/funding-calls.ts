import { z } from 'zod';
import { ContentAuthor, LocalDateTime, ModerationState, TimeZone, ZonedDateTime } from './content.js';
import { OrganisationKind } from './organisations.js';
import { CountryCode, LanguageCode, Slug } from './taxonomy.js';

/**
 * Funding calls: structured opportunities posted by organisations, with eligibility that
 * can be matched against an organisation's country, kind and topics.
 */

/**
 * Groups of countries a call can be open to; their members are listed in
 * `country-groups.ts` of the API and expanded at read time.
 */
export const CountryGroup = z.enum(['EU27', 'EEA', 'EU_CANDIDATES', 'COUNCIL_OF_EUROPE']);
export type CountryGroup = z.infer<typeof CountryGroup>;

/** A country (ISO 3166-1 alpha-2) or a group of countries. */
export const EligibleCountry = z.union([CountryGroup, CountryCode]);
export type EligibleCountry = z.infer<typeof EligibleCountry>;

/** Active ISO 4217 currency codes. */
export const currencyCodes = [
  'AED',
  'AFN',
  'ALL',
  'AMD',
  'AOA',
  'ARS',
  'AUD',
  'AWG',
  'AZN',
  'BAM',
  'BBD',
  'BDT',
  'BGN',
  'BHD',
  'BIF',
  'BMD',
  'BND',
  'BOB',
  'BRL',
  'BSD',
  'BTN',
  'BWP',
  'BYN',
  'BZD',
  'CAD',
  'CDF',
  'CHF',
  'CLP',
  'CNY',
  'COP',
  'CRC',
  'CUP',
  'CVE',
  'CZK',
  'DJF',
  'DKK',
  'DOP',
  'DZD',
  'EGP',
  'ERN',
  'ETB',
  'EUR',
  'FJD',
  'FKP',
  'GBP',
  'GEL',
  'GHS',
  'GIP',
  'GMD',
  'GNF',
  'GTQ',
  'GYD',
  'HKD',
  'HNL',
  'HTG',
  'HUF',
  'IDR',
  'ILS',
  'INR',
  'IQD',
  'IRR',
  'ISK',
  'JMD',
  'JOD',
  'JPY',
  'KES',
  'KGS',
  'KHR',
  'KMF',
  'KPW',
  'KRW',
  'KWD',
  'KYD',
  'KZT',
  'LAK',
  'LBP',
  'LKR',
  'LRD',
  'LSL',
  'LYD',
  'MAD',
  'MDL',
  'MGA',
  'MKD',
  'MMK',
  'MNT',
  'MOP',
  'MRU',
  'MUR',
  'MVR',
  'MWK',
  'MXN',
  'MYR',
  'MZN',
  'NAD',
  'NGN',
  'NIO',
  'NOK',
  'NPR',
  'NZD',
  'OMR',
  'PAB',
  'PEN',
  'PGK',
  'PHP',
  'PKR',
  'PLN',
  'PYG',
  'QAR',
  'RON',
  'RSD',
  'RUB',
  'RWF',
  'SAR',
  'SBD',
  'SCR',
  'SDG',
  'SEK',
  'SGD',
  'SHP',
  'SLE',
  'SOS',
  'SRD',
  'SSP',
  'STN',
  'SVC',
  'SYP',
  'SZL',
  'THB',
  'TJS',
  'TMT',
  'TND',
  'TOP',
  'TRY',
  'TTD',
  'TWD',
  'TZS',
  'UAH',
  'UGX',
  'USD',
  'UYU',
  'UZS',
  'VES',
  'VND',
  'VUV',
  'WST',
  'XAF',
  'XCD',
  'XOF',
  'XPF',
  'YER',
  'ZAR',
  'ZMW',
  'ZWG',
] as const;
export const CurrencyCode = z.enum(currencyCodes);
export type CurrencyCode = z.infer<typeof CurrencyCode>;

/** How a call's deadlines work: one, two stages, a series of cut-offs, or none (rolling). */
export const DeadlineModel = z.enum(['single_stage', 'two_stage', 'multiple_cutoffs', 'rolling']);
export type DeadlineModel = z.infer<typeof DeadlineModel>;

/** Derived from the dates whenever the call is read; never stored. */
export const FundingCallStatus = z.enum(['forthcoming', 'open', 'closed']);
export type FundingCallStatus = z.infer<typeof FundingCallStatus>;

export const DEFAULT_CALL_TIME_ZONE = 'Europe/Brussels';

export const DeadlineInput = z.object({
  label: z.string().trim().min(1).max(60),
  local: LocalDateTime,
  timeZone: TimeZone.default(DEFAULT_CALL_TIME_ZONE),
});
export type DeadlineInput = z.input<typeof DeadlineInput>;

export const OpeningInput = z.object({
  local: LocalDateTime,
  timeZone: TimeZone.default(DEFAULT_CALL_TIME_ZONE),
});

const amount = z.number().int().min(0).max(1_000_000_000_000);

const fundingCallFields = {
  title: z.string().trim().min(3).max(160),
  summary: z.string().trim().min(1).max(500),
  description: z.string().max(20_000),
  programme: z.string().trim().max(160).nullable(),
  applyUrl: z.url({ protocol: /^https$/, message: 'Use a full https address.' }).max(500),
  currency: CurrencyCode,
  totalBudget: amount.nullable(),
  minGrant: amount.nullable(),
  maxGrant: amount.nullable(),
  expectedGrants: z.number().int().min(1).max(100_000).nullable(),
  coFundingRate: z.number().min(0).max(100).nullable(),
  opening: OpeningInput.nullable(),
  deadlineModel: DeadlineModel,
  deadlines: z.array(DeadlineInput).max(24),
  eligibleCountries: z.array(EligibleCountry).max(80),
  eligibleKinds: z.array(OrganisationKind).max(8),
  topics: z.array(Slug).max(12),
  languages: z.array(LanguageCode).max(24),
  minPartners: z.number().int().min(1).max(100).nullable(),
  minCountries: z.number().int().min(1).max(60).nullable(),
  contact: z.string().trim().max(300).nullable(),
};

type CallShape = {
  minGrant?: number | null;
  maxGrant?: number | null;
  totalBudget?: number | null;
  deadlineModel?: DeadlineModel;
  deadlines?: unknown[];
};

/** The rules that tie fields together, each reported on the field it concerns. */
function checkCall(call: CallShape, context: z.RefinementCtx): void {
  const { minGrant, maxGrant, totalBudget } = call;
  if (minGrant != null && maxGrant != null && minGrant > maxGrant) {
    context.addIssue({
      code: 'custom',
      path: ['minGrant'],
      message: 'The minimum grant is above the maximum.',
    });
  }
  const largest = maxGrant ?? minGrant;
  if (largest != null && totalBudget != null && largest > totalBudget) {
    context.addIssue({
      code: 'custom',
      path: [maxGrant != null ? 'maxGrant' : 'minGrant'],
      message: 'A grant cannot be larger than the total budget.',
    });
  }
  if (call.deadlineModel === undefined || call.deadlines === undefined) return;
  const count = call.deadlines.length;
  const expected: Record<DeadlineModel, [number, number]> = {
    single_stage: [1, 1],
    two_stage: [2, 2],
    multiple_cutoffs: [2, 24],
    rolling: [0, 0],
  };
  const [least, most] = expected[call.deadlineModel];
  if (count < least || count > most) {
    context.addIssue({
      code: 'custom',
      path: ['deadlines'],
      message:
        call.deadlineModel === 'rolling'
          ? 'A rolling call has no deadlines.'
          : call.deadlineModel === 'single_stage'
            ? 'A single-stage call has exactly one deadline.'
            : call.deadlineModel === 'two_stage'
              ? 'A two-stage call has two deadlines, one per stage.'
              : 'A call with cut-offs has at least two of them.',
    });
  }
}

export const CreateFundingCallRequest = z
  .object({
    /** The funder: an organisation the author is an owner, admin or editor of. */
    organisation: Slug,
    ...fundingCallFields,
    description: fundingCallFields.description.default(''),
    programme: fundingCallFields.programme.default(null),
    totalBudget: fundingCallFields.totalBudget.default(null),
    minGrant: fundingCallFields.minGrant.default(null),
    maxGrant: fundingCallFields.maxGrant.default(null),
    expectedGrants: fundingCallFields.expectedGrants.default(null),
    coFundingRate: fundingCallFields.coFundingRate.default(null),
    opening: fundingCallFields.opening.default(null),
    eligibleCountries: fundingCallFields.eligibleCountries.default([]),
    eligibleKinds: fundingCallFields.eligibleKinds.default([]),
    topics: fundingCallFields.topics.default([]),
    languages: fundingCallFields.languages.default([]),
    minPartners: fundingCallFields.minPartners.default(null),
    minCountries: fundingCallFields.minCountries.default(null),
    contact: fundingCallFields.contact.default(null),
  })
  .superRefine(checkCall);
export type CreateFundingCallRequest = z.input<typeof CreateFundingCallRequest>;

/** Changes some fields; the deadline model and deadlines are replaced together. */
export const UpdateFundingCallRequest = z
  .object(fundingCallFields)
  .partial()
  .superRefine((call, context) => {
    if ((call.deadlineModel === undefined) !== (call.deadlines === undefined)) {
      context.addIssue({
        code: 'custom',
        path: [call.deadlineModel === undefined ? 'deadlineModel' : 'deadlines'],
        message: 'Send the deadline model and the deadlines together.',
      });
    }
    checkCall(call, context);
  });
export type UpdateFundingCallRequest = z.input<typeof UpdateFundingCallRequest>;

export const Deadline = ZonedDateTime.extend({ label: z.string() });
export type Deadline = z.infer<typeof Deadline>;

export const FundingCallSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  summary: z.string(),
  programme: z.string().nullable(),
  currency: CurrencyCode,
  totalBudget: z.number().nullable(),
  minGrant: z.number().nullable(),
  maxGrant: z.number().nullable(),
  coFundingRate: z.number().nullable(),
  status: FundingCallStatus,
  deadlineModel: DeadlineModel,
  opening: ZonedDateTime.nullable(),
  /** The next deadline still ahead (the next stage of a two-stage call); null when rolling or closed. */
  nextDeadline: Deadline.nullable(),
  eligibleCountries: z.array(z.string()),
  eligibleKinds: z.array(OrganisationKind),
  topics: z.array(z.string()),
  /** The funder (organisation with its kind) and, if the viewer may see them, the person who posted it. */
  funder: ContentAuthor,
  /** How many people and organisations saved it: shown only to the funder's editors. */
  saveCount: z.number().int().nullable(),
  savedByMe: z.boolean(),
  publishedAt: z.iso.datetime(),
  /** Set only for the author of a call a moderator hid. */
  moderation: ModerationState.nullable(),
});
export type FundingCallSummary = z.infer<typeof FundingCallSummary>;

export const FundingCall = FundingCallSummary.extend({
  description: z.string(),
  descriptionHtml: z.string(),
  applyUrl: z.string(),
  expectedGrants: z.number().int().nullable(),
  deadlines: z.array(Deadline),
  languages: z.array(z.string()),
  minPartners: z.number().int().nullable(),
  minCountries: z.number().int().nullable(),
  contact: z.string().nullable(),
  /** The organisations the viewer saved it for (those they are editors of). */
  savedForOrganisations: z.array(z.string()),
  canEdit: z.boolean(),
  updatedAt: z.iso.datetime(),
});
export type FundingCall = z.infer<typeof FundingCall>;

export const FundingCallPage = z.object({
  items: z.array(FundingCallSummary),
  nextCursor: z.string().nullable(),
});
export type FundingCallPage = z.infer<typeof FundingCallPage>;

const commaList = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? value.split(',').filter((part) => part !== '') : value),
    z.array(item).min(1),
  );

export const FundingCallDirectoryQuery = z.object({
  /** Words in the title. */
  q: z.string().trim().min(2).max(80).optional(),
  /** Comma-separated; open and forthcoming calls when left out. */
  status: commaList(FundingCallStatus).optional(),
  topic: Slug.optional(),
  /** Calls open to organisations in this country (directly or through a group). */
  eligibleCountry: CountryCode.optional(),
  eligibleKind: OrganisationKind.optional(),
  /** The funder's slug. */
  funder: Slug.optional(),
  order: z.enum(['deadline', 'published']).default('deadline'),
  after: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type FundingCallDirectoryQuery = z.input<typeof FundingCallDirectoryQuery>;

/** Why a call fits an organisation. */
export const EligibilityReason = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('country'), country: z.string(), group: CountryGroup.nullable() }),
  z.object({ rule: z.literal('any_country') }),
  z.object({ rule: z.literal('kind'), kind: OrganisationKind }),
  z.object({ rule: z.literal('any_kind') }),
  z.object({ rule: z.literal('topics'), topics: z.array(z.string()) }),
]);
export type EligibilityReason = z.infer<typeof EligibilityReason>;

/** A rule a call fails for an organisation. */
export const EligibilityFailure = z.enum([
  'country_not_eligible',
  'kind_not_eligible',
  'deadline_passed',
  'not_yet_open',
]);
export type EligibilityFailure = z.infer<typeof EligibilityFailure>;

export const EligibleFundingCall = z.object({
  call: FundingCallSummary,
  eligible: z.boolean(),
  reasons: z.array(EligibilityReason),
  failures: z.array(EligibilityFailure),
});
export type EligibleFundingCall = z.infer<typeof EligibleFundingCall>;

export const EligibleFundingCallPage = z.object({
  organisation: z.object({
    slug: z.string(),
    name: z.string(),
    kind: OrganisationKind,
    country: z.string(),
    topics: z.array(z.string()),
  }),
  items: z.array(EligibleFundingCall),
  nextCursor: z.string().nullable(),
});
export type EligibleFundingCallPage = z.infer<typeof EligibleFundingCallPage>;

export const EligibleFundingCallQuery = z.object({
  /** Every call, whatever its status, each with the rules it fails; otherwise calls that fit and near misses. */
  all: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .default(false),
  after: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type EligibleFundingCallQuery = z.input<typeof EligibleFundingCallQuery>;

/** Save for oneself (no organisation) or for an organisation one is an editor of. */
export const SaveFundingCallRequest = z.object({ organisation: Slug.nullable().default(null) });
export type SaveFundingCallRequest = z.input<typeof SaveFundingCallRequest>;

export const UnsaveFundingCallQuery = z.object({ organisation: Slug.optional() });
export type UnsaveFundingCallQuery = z.input<typeof UnsaveFundingCallQuery>;

export const FundingCallSaveState = z.object({
  savedByMe: z.boolean(),
  savedForOrganisations: z.array(z.string()),
});
export type FundingCallSaveState = z.infer<typeof FundingCallSaveState>;

export const SavedFundingCallQuery = z.object({
  after: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type SavedFundingCallQuery = z.input<typeof SavedFundingCallQuery>;

/** An organisation the viewer may publish calls for and save calls for. */
export const EditableOrganisation = z.object({
  slug: z.string(),
  name: z.string(),
  kind: OrganisationKind,
  country: z.string(),
});
export type EditableOrganisation = z.infer<typeof EditableOrganisation>;

export const EditableOrganisationPage = z.object({
  items: z.array(EditableOrganisation),
  nextCursor: z.string().nullable(),
});
export type EditableOrganisationPage = z.infer<typeof EditableOrganisationPage>;
