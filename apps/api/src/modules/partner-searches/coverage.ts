import type {
  Coverage,
  CoverageGap,
  CoverageMember,
  PartnerOrganisation,
  PartnerRole,
} from '@open-spaces/contracts';
import { assessEligibility, type CallRules } from '../funding-calls/eligibility';

/** What coverage looks at in a call: its eligibility rules and its minimums. */
export interface ConsortiumRules extends Omit<CallRules, 'topics'> {
  minPartners: number | null;
  minCountries: number | null;
}

/** An organisation in the consortium: the lead, or a partner whose interest was accepted. */
export interface ConsortiumMember {
  organisation: PartnerOrganisation;
  role: 'lead' | PartnerRole;
}

export interface RoleNeed {
  role: PartnerRole;
  competences: readonly string[];
}

/** Country and kind are a partner's own rules; whether the call is open is the call's. */
const PARTNER_FAILURES = new Set(['country_not_eligible', 'kind_not_eligible']);

/** A call requires partners when it asks for more than one organisation or country. */
export function requiresPartners(rules: Pick<ConsortiumRules, 'minPartners' | 'minCountries'>): boolean {
  return (rules.minPartners ?? 1) > 1 || (rules.minCountries ?? 1) > 1;
}

/**
 * How far a consortium meets a call's rules at `now`: each member against the call's
 * country and kind rules (the funding-calls eligibility, dates left to the call), the
 * eligible members that count and their countries, and what is still missing. Associated
 * partners take part without counting towards the minimums, as in most programmes. A
 * role the lead asked for is filled by an accepted partner in that role; the lead's own
 * coordinator role is filled by the lead.
 */
export function assessCoverage(
  rules: ConsortiumRules,
  members: readonly ConsortiumMember[],
  needs: readonly RoleNeed[],
  now: Date,
): Coverage {
  const assessed: CoverageMember[] = members.map((member) => {
    const { reasons, failures } = assessEligibility(
      { ...rules, topics: [] },
      { country: member.organisation.country, kind: member.organisation.kind, topics: [] },
      now,
    );
    const own = failures.filter((failure) => PARTNER_FAILURES.has(failure));
    return {
      organisation: member.organisation,
      role: member.role,
      counts: member.role !== 'associated_partner',
      eligible: own.length === 0,
      reasons,
      failures: own,
    };
  });
  const counting = assessed.filter((member) => member.counts && member.eligible);
  const countriesCovered = [...new Set(counting.map((member) => member.organisation.country))].sort();

  const gaps: CoverageGap[] = [];
  const missingPartners = (rules.minPartners ?? 0) - counting.length;
  if (missingPartners > 0) gaps.push({ type: 'partners', missing: missingPartners });
  const missingCountries = (rules.minCountries ?? 0) - countriesCovered.length;
  if (missingCountries > 0) gaps.push({ type: 'countries', missing: missingCountries });
  gaps.push(...unfilledRoles(needs, members));

  return {
    minPartners: rules.minPartners,
    minCountries: rules.minCountries,
    members: assessed,
    eligiblePartners: counting.length,
    countriesCovered,
    gaps,
    complete: gaps.length === 0,
  };
}

/** Each role asked for, taken once per member in that role (the lead fills `coordinator`). */
function unfilledRoles(needs: readonly RoleNeed[], members: readonly ConsortiumMember[]): CoverageGap[] {
  const available = new Map<PartnerRole, number>();
  for (const member of members) {
    const role: PartnerRole = member.role === 'lead' ? 'coordinator' : member.role;
    available.set(role, (available.get(role) ?? 0) + 1);
  }
  const gaps: CoverageGap[] = [];
  for (const need of needs) {
    const left = available.get(need.role) ?? 0;
    if (left > 0) available.set(need.role, left - 1);
    else gaps.push({ type: 'role', role: need.role, competences: [...need.competences] });
  }
  return gaps;
}
