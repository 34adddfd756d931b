import { instantOf } from './deadlines';
import { type Applicant, assessEligibility, type CallRules } from './eligibility';

const brussels = (local: string) => {
  const at = instantOf({ local, timeZone: 'Europe/Brussels' });
  if (!at) throw new Error(`${local} does not exist in Brussels`);
  return { label: 'Deadline', local, timeZone: 'Europe/Brussels', at };
};
const lisbon = (local: string) => instantOf({ local, timeZone: 'Europe/Lisbon' }) as Date;

const call: CallRules = {
  deadlineModel: 'single_stage',
  opensAt: null,
  deadlines: [brussels('2027-03-01T00:00')],
  eligibleCountries: ['EU27'],
  eligibleKinds: ['cso', 'grassroots'],
  topics: ['climate', 'democracy'],
};
const portugueseCso: Applicant = { country: 'PT', kind: 'cso', topics: ['climate', 'housing'] };
const before = new Date('2027-02-01T00:00:00Z');

describe('assessEligibility', () => {
  it('explains a fit by group, kind and shared topics', () => {
    expect(assessEligibility(call, portugueseCso, before)).toEqual({
      eligible: true,
      reasons: [
        { rule: 'country', country: 'PT', group: 'EU27' },
        { rule: 'kind', kind: 'cso' },
        { rule: 'topics', topics: ['climate'] },
      ],
      failures: [],
    });
  });

  it('names the country itself when it is listed directly as well as through a group', () => {
    const result = assessEligibility({ ...call, eligibleCountries: ['EU27', 'PT'] }, portugueseCso, before);
    expect(result.reasons[0]).toEqual({ rule: 'country', country: 'PT', group: null });
  });

  it.each([
    ['NO', ['EEA'], 'EEA'],
    ['IS', ['EEA'], 'EEA'],
    ['UA', ['EU_CANDIDATES'], 'EU_CANDIDATES'],
    ['GE', ['EU_CANDIDATES'], 'EU_CANDIDATES'],
    ['CH', ['COUNCIL_OF_EUROPE'], 'COUNCIL_OF_EUROPE'],
    ['GB', ['EU27', 'COUNCIL_OF_EUROPE'], 'COUNCIL_OF_EUROPE'],
    ['DE', ['EU27', 'EEA'], 'EU27'],
  ])('admits %s through %j as %s', (country, eligibleCountries, group) => {
    const result = assessEligibility({ ...call, eligibleCountries }, { ...portugueseCso, country }, before);
    expect(result.reasons[0]).toEqual({ rule: 'country', country, group });
    expect(result.eligible).toBe(true);
  });

  it.each([
    ['NO', ['EU27']],
    ['CH', ['EEA']],
    ['UA', ['EU27', 'EEA']],
    ['US', ['COUNCIL_OF_EUROPE']],
    ['FR', ['DE', 'AT']],
    ['PT', ['EU_CANDIDATES']],
  ])('refuses %s when only %j are eligible', (country, eligibleCountries) => {
    const result = assessEligibility({ ...call, eligibleCountries }, { ...portugueseCso, country }, before);
    expect(result.eligible).toBe(false);
    expect(result.failures).toEqual(['country_not_eligible']);
  });

  it('admits every country when none is listed', () => {
    const result = assessEligibility(
      { ...call, eligibleCountries: [] },
      { ...portugueseCso, country: 'US' },
      before,
    );
    expect(result.reasons).toContainEqual({ rule: 'any_country' });
    expect(result.eligible).toBe(true);
  });

  it('refuses a kind that is not listed', () => {
    const result = assessEligibility(call, { ...portugueseCso, kind: 'foundation' }, before);
    expect(result.failures).toEqual(['kind_not_eligible']);
  });

  it('admits every kind when none is listed', () => {
    const result = assessEligibility(
      { ...call, eligibleKinds: [] },
      { ...portugueseCso, kind: 'media' },
      before,
    );
    expect(result.reasons).toContainEqual({ rule: 'any_kind' });
    expect(result.eligible).toBe(true);
  });

  it('lists every failing rule at once', () => {
    const result = assessEligibility(
      call,
      { country: 'US', kind: 'media', topics: [] },
      new Date('2027-03-02T00:00:00Z'),
    );
    expect(result.failures).toEqual(['country_not_eligible', 'kind_not_eligible', 'deadline_passed']);
  });

  it('never fails on topics, and gives no topic reason when none are shared', () => {
    const result = assessEligibility(call, { ...portugueseCso, topics: ['housing'] }, before);
    expect(result.eligible).toBe(true);
    expect(result.reasons.map((reason) => reason.rule)).toEqual(['country', 'kind']);
  });

  it('names every shared topic in the call order', () => {
    const result = assessEligibility(call, { ...portugueseCso, topics: ['democracy', 'climate'] }, before);
    expect(result.reasons[2]).toEqual({ rule: 'topics', topics: ['climate', 'democracy'] });
  });

  it('fails with "deadline passed" at 23:30 in Lisbon before a midnight Brussels deadline', () => {
    const result = assessEligibility(call, portugueseCso, lisbon('2027-02-28T23:30'));
    expect(result.failures).toEqual(['deadline_passed']);
  });

  it('still admits at 22:30 in Lisbon on the same evening', () => {
    expect(assessEligibility(call, portugueseCso, lisbon('2027-02-28T22:30')).eligible).toBe(true);
  });

  it('fails with "not yet open" before the opening', () => {
    const forthcoming = { ...call, opensAt: new Date('2027-02-10T08:00:00Z') };
    expect(assessEligibility(forthcoming, portugueseCso, before).failures).toEqual(['not_yet_open']);
  });

  it('admits to a two-stage call while its second stage lies ahead', () => {
    const twoStage: CallRules = {
      ...call,
      deadlineModel: 'two_stage',
      deadlines: [brussels('2027-03-01T00:00'), brussels('2027-05-01T00:00')],
    };
    expect(assessEligibility(twoStage, portugueseCso, new Date('2027-04-01T00:00:00Z')).eligible).toBe(true);
    expect(assessEligibility(twoStage, portugueseCso, new Date('2027-05-01T00:00:00Z')).failures).toEqual([
      'deadline_passed',
    ]);
  });

  it('admits to a call with cut-offs until the last one', () => {
    const cutoffs: CallRules = {
      ...call,
      deadlineModel: 'multiple_cutoffs',
      deadlines: [brussels('2027-03-01T00:00'), brussels('2027-06-01T00:00'), brussels('2027-09-01T00:00')],
    };
    expect(assessEligibility(cutoffs, portugueseCso, new Date('2027-08-31T21:59:00Z')).eligible).toBe(true);
    expect(assessEligibility(cutoffs, portugueseCso, new Date('2027-08-31T22:00:00Z')).eligible).toBe(false);
  });

  it('admits to a rolling call at any time after it opens', () => {
    const rolling: CallRules = { ...call, deadlineModel: 'rolling', deadlines: [] };
    expect(assessEligibility(rolling, portugueseCso, new Date('2035-01-01T00:00:00Z')).eligible).toBe(true);
  });
});
