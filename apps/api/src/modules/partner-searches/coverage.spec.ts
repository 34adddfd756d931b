import type { OrganisationKind } from '@open-spaces/contracts';
import { assessCoverage, type ConsortiumMember, type ConsortiumRules, requiresPartners } from './coverage';

const rules: ConsortiumRules = {
  deadlineModel: 'single_stage',
  opensAt: null,
  deadlines: [
    {
      label: 'Deadline',
      local: '2027-03-01T00:00',
      timeZone: 'Europe/Brussels',
      at: new Date('2027-02-28T23:00:00Z'),
    },
  ],
  eligibleCountries: ['EU27'],
  eligibleKinds: ['cso', 'network'],
  minPartners: 3,
  minCountries: 2,
};
const before = new Date('2027-02-01T00:00:00Z');
const after = new Date('2027-04-01T00:00:00Z');

function member(
  slug: string,
  country: string,
  role: ConsortiumMember['role'] = 'partner',
  kind: OrganisationKind = 'cso',
): ConsortiumMember {
  return { organisation: { slug, name: slug, kind, country }, role };
}

const lead = member('lead', 'PT', 'lead');

describe('requiresPartners', () => {
  it.each([
    [{ minPartners: null, minCountries: null }, false],
    [{ minPartners: 1, minCountries: 1 }, false],
    [{ minPartners: 2, minCountries: null }, true],
    [{ minPartners: null, minCountries: 3 }, true],
  ])('is %j → %s', (minimums, expected) => {
    expect(requiresPartners(minimums)).toBe(expected);
  });
});

describe('assessCoverage', () => {
  it('counts the lead alone and names the partners and countries still missing', () => {
    const coverage = assessCoverage(rules, [lead], [], before);
    expect(coverage).toEqual(
      expect.objectContaining({
        eligiblePartners: 1,
        countriesCovered: ['PT'],
        gaps: [
          { type: 'partners', missing: 2 },
          { type: 'countries', missing: 1 },
        ],
        complete: false,
      }),
    );
    expect(coverage.members[0]).toEqual({
      organisation: lead.organisation,
      role: 'lead',
      counts: true,
      eligible: true,
      reasons: [
        { rule: 'country', country: 'PT', group: 'EU27' },
        { rule: 'kind', kind: 'cso' },
      ],
      failures: [],
    });
  });

  it('is complete with enough eligible partners from enough countries', () => {
    const coverage = assessCoverage(rules, [lead, member('a', 'DE'), member('b', 'PT')], [], before);
    expect(coverage).toEqual(
      expect.objectContaining({
        eligiblePartners: 3,
        countriesCovered: ['DE', 'PT'],
        gaps: [],
        complete: true,
      }),
    );
  });

  it('needs one more partner from a second eligible country when all come from one', () => {
    const coverage = assessCoverage(rules, [lead, member('a', 'PT'), member('b', 'PT')], [], before);
    expect(coverage.gaps).toEqual([{ type: 'countries', missing: 1 }]);
  });

  it('reports the rule each ineligible partner fails, and does not count it', () => {
    const coverage = assessCoverage(
      rules,
      [lead, member('swiss', 'CH'), member('funder', 'DE', 'partner', 'foundation')],
      [],
      before,
    );
    expect(coverage.members.map((m) => [m.organisation.slug, m.eligible, m.failures])).toEqual([
      ['lead', true, []],
      ['swiss', false, ['country_not_eligible']],
      ['funder', false, ['kind_not_eligible']],
    ]);
    expect(coverage.eligiblePartners).toBe(1);
    expect(coverage.gaps).toEqual([
      { type: 'partners', missing: 2 },
      { type: 'countries', missing: 1 },
    ]);
  });

  it('lists associated partners without counting them towards the minimums', () => {
    const coverage = assessCoverage(rules, [lead, member('a', 'DE', 'associated_partner')], [], before);
    expect(coverage.members[1]).toEqual(expect.objectContaining({ counts: false, eligible: true }));
    expect(coverage.countriesCovered).toEqual(['PT']);
    expect(coverage.gaps).toContainEqual({ type: 'partners', missing: 2 });
  });

  it('leaves the call’s dates out of a partner’s rules', () => {
    const coverage = assessCoverage(rules, [lead], [], after);
    expect(coverage.members[0]?.failures).toEqual([]);
  });

  it('admits every country and kind when the call lists none', () => {
    const open = { ...rules, eligibleCountries: [], eligibleKinds: [] };
    const coverage = assessCoverage(open, [lead, member('uk', 'GB', 'partner', 'media')], [], before);
    expect(coverage.members[1]?.reasons).toEqual([{ rule: 'any_country' }, { rule: 'any_kind' }]);
    expect(coverage.countriesCovered).toEqual(['GB', 'PT']);
  });

  it('names each role asked for that no accepted partner fills, the lead filling coordinator', () => {
    const needs = [
      { role: 'coordinator' as const, competences: [] },
      { role: 'partner' as const, competences: ['research'] },
      { role: 'partner' as const, competences: ['campaigning', 'training'] },
      { role: 'associated_partner' as const, competences: [] },
    ];
    const coverage = assessCoverage(rules, [lead, member('a', 'DE')], needs, before);
    expect(coverage.gaps.filter((gap) => gap.type === 'role')).toEqual([
      { type: 'role', role: 'partner', competences: ['campaigning', 'training'] },
      { type: 'role', role: 'associated_partner', competences: [] },
    ]);
  });

  it('has no minimum gaps when the call sets no minimums', () => {
    const coverage = assessCoverage({ ...rules, minPartners: null, minCountries: null }, [lead], [], before);
    expect(coverage).toEqual(expect.objectContaining({ gaps: [], complete: true }));
  });
});
