import type {
  CountryGroup,
  EligibilityFailure,
  EligibilityReason,
  OrganisationKind,
} from '@open-spaces/contracts';
import { countryGroups, isCountryGroup } from './country-groups';
import { type CallDates, statusAt } from './deadlines';

/** What eligibility looks at in a call. */
export interface CallRules extends CallDates {
  /** Countries and groups; empty means every country. */
  eligibleCountries: readonly string[];
  /** Empty means every kind of organisation. */
  eligibleKinds: readonly OrganisationKind[];
  topics: readonly string[];
}

/** What eligibility looks at in an organisation. */
export interface Applicant {
  country: string;
  kind: OrganisationKind;
  topics: readonly string[];
}

export interface Eligibility {
  /** True when the organisation may apply now: every rule passes. */
  eligible: boolean;
  reasons: EligibilityReason[];
  failures: EligibilityFailure[];
}

/**
 * Why a call fits an organisation and which of its rules the organisation fails, at
 * `now`. Country: listed directly, or through a group it belongs to (the direct listing
 * wins, as it is the more telling reason). Kind: listed, or no kinds listed. Dates: the
 * call must be open (a two-stage call is open while a stage lies ahead). Shared topics
 * are a reason, never a failure.
 */
export function assessEligibility(call: CallRules, applicant: Applicant, now: Date): Eligibility {
  const reasons: EligibilityReason[] = [];
  const failures: EligibilityFailure[] = [];

  const country = countryReason(call.eligibleCountries, applicant.country);
  if (country) reasons.push(country);
  else failures.push('country_not_eligible');

  if (call.eligibleKinds.length === 0) reasons.push({ rule: 'any_kind' });
  else if (call.eligibleKinds.includes(applicant.kind)) reasons.push({ rule: 'kind', kind: applicant.kind });
  else failures.push('kind_not_eligible');

  const shared = call.topics.filter((topic) => applicant.topics.includes(topic));
  if (shared.length > 0) reasons.push({ rule: 'topics', topics: shared });

  const status = statusAt(call, now);
  if (status === 'closed') failures.push('deadline_passed');
  if (status === 'forthcoming') failures.push('not_yet_open');

  return { eligible: failures.length === 0, reasons, failures };
}

function countryReason(eligible: readonly string[], country: string): EligibilityReason | null {
  if (eligible.length === 0) return { rule: 'any_country' };
  if (eligible.includes(country)) return { rule: 'country', country, group: null };
  const group = eligible.find(
    (code): code is CountryGroup => isCountryGroup(code) && countryGroups[code].includes(country),
  );
  return group ? { rule: 'country', country, group } : null;
}
