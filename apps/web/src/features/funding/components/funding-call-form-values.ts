import {
  CountryGroup,
  DEFAULT_CALL_TIME_ZONE,
  type DeadlineModel,
  type FundingCall,
} from '@open-spaces/contracts';

export interface DeadlineValues {
  label: string;
  local: string;
  timeZone: string;
}

/** What the form's inputs hold: text for numbers, groups and countries apart. */
export interface FundingCallFormValues extends Record<string, unknown> {
  organisation: string;
  title: string;
  summary: string;
  description: string;
  programme: string;
  applyUrl: string;
  contact: string;
  currency: string;
  totalBudget: string;
  minGrant: string;
  maxGrant: string;
  expectedGrants: string;
  coFundingRate: string;
  openingLocal: string;
  openingZone: string;
  deadlineModel: DeadlineModel;
  deadlines: DeadlineValues[];
  groups: string[];
  countries: string[];
  eligibleKinds: string[];
  topics: string[];
  languages: string[];
  minPartners: string;
  minCountries: string;
}

export const emptyDeadline = (label: string): DeadlineValues => ({
  label,
  local: '',
  timeZone: DEFAULT_CALL_TIME_ZONE,
});

export const emptyFundingCallValues = (
  organisation: string,
  deadlineLabel: string,
): FundingCallFormValues => ({
  organisation,
  title: '',
  summary: '',
  description: '',
  programme: '',
  applyUrl: '',
  contact: '',
  currency: 'EUR',
  totalBudget: '',
  minGrant: '',
  maxGrant: '',
  expectedGrants: '',
  coFundingRate: '',
  openingLocal: '',
  openingZone: DEFAULT_CALL_TIME_ZONE,
  deadlineModel: 'single_stage',
  deadlines: [emptyDeadline(deadlineLabel)],
  groups: [],
  countries: [],
  eligibleKinds: [],
  topics: [],
  languages: [],
  minPartners: '',
  minCountries: '',
});

const text = (value: number | string | null) => (value === null ? '' : String(value));
const isGroup = (code: string) => CountryGroup.safeParse(code).success;

export const fundingCallValuesOf = (call: FundingCall): FundingCallFormValues => ({
  organisation: call.funder.organisation?.slug ?? '',
  title: call.title,
  summary: call.summary,
  description: call.description,
  programme: call.programme ?? '',
  applyUrl: call.applyUrl,
  contact: call.contact ?? '',
  currency: call.currency,
  totalBudget: text(call.totalBudget),
  minGrant: text(call.minGrant),
  maxGrant: text(call.maxGrant),
  expectedGrants: text(call.expectedGrants),
  coFundingRate: text(call.coFundingRate),
  openingLocal: call.opening?.local ?? '',
  openingZone: call.opening?.timeZone ?? DEFAULT_CALL_TIME_ZONE,
  deadlineModel: call.deadlineModel,
  deadlines: call.deadlines.map(({ label, local, timeZone }) => ({ label, local, timeZone })),
  groups: call.eligibleCountries.filter(isGroup),
  countries: call.eligibleCountries.filter((code) => !isGroup(code)),
  eligibleKinds: call.eligibleKinds,
  topics: call.topics,
  languages: call.languages,
  minPartners: text(call.minPartners),
  minCountries: text(call.minCountries),
});

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
const numberOrNull = (value: string) =>
  value.trim() === '' ? null : Number(value.trim().replace(/[\s,]/g, ''));

/** The request the contract describes; with `withOrganisation` false, the update request. */
export function toFundingCallRequest(values: FundingCallFormValues, withOrganisation: boolean) {
  return {
    ...(withOrganisation ? { organisation: values.organisation } : {}),
    title: values.title,
    summary: values.summary,
    description: values.description,
    programme: orNull(values.programme),
    applyUrl: values.applyUrl.trim(),
    contact: orNull(values.contact),
    currency: values.currency,
    totalBudget: numberOrNull(values.totalBudget),
    minGrant: numberOrNull(values.minGrant),
    maxGrant: numberOrNull(values.maxGrant),
    expectedGrants: numberOrNull(values.expectedGrants),
    coFundingRate: numberOrNull(values.coFundingRate),
    opening: values.openingLocal === '' ? null : { local: values.openingLocal, timeZone: values.openingZone },
    deadlineModel: values.deadlineModel,
    deadlines: values.deadlines,
    eligibleCountries: [...values.groups, ...values.countries],
    eligibleKinds: values.eligibleKinds,
    topics: values.topics,
    languages: values.languages,
    minPartners: numberOrNull(values.minPartners),
    minCountries: numberOrNull(values.minCountries),
  };
}

/**
 * The deadlines a model starts with when the funder switches to it, keeping the dates
 * already entered: one for a single stage, two stages, at least two cut-offs, none when rolling.
 */
export function deadlinesForModel(
  model: DeadlineModel,
  current: DeadlineValues[],
  label: (model: DeadlineModel, index: number) => string,
): DeadlineValues[] {
  const count =
    model === 'rolling'
      ? 0
      : model === 'single_stage'
        ? 1
        : model === 'two_stage'
          ? 2
          : Math.max(2, current.length);
  return Array.from({ length: count }, (_, index) => ({
    ...(current[index] ?? emptyDeadline('')),
    label: label(model, index),
  }));
}
