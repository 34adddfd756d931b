import { codesAdmitting, countryGroups, groupsOf, isCountryGroup } from './country-groups';

describe('country groups', () => {
  it('lists the 27 EU member states', () => {
    expect(new Set(countryGroups.EU27).size).toBe(27);
  });

  it('lists the EEA as the EU with Iceland, Liechtenstein and Norway', () => {
    expect(countryGroups.EEA).toHaveLength(30);
    expect(countryGroups.EEA).toEqual(expect.arrayContaining(['IS', 'LI', 'NO', ...countryGroups.EU27]));
  });

  it('lists the 46 members of the Council of Europe, without Russia', () => {
    expect(new Set(countryGroups.COUNCIL_OF_EUROPE).size).toBe(46);
    expect(countryGroups.COUNCIL_OF_EUROPE).not.toContain('RU');
  });

  it('keeps every candidate country out of the EU and inside the Council of Europe', () => {
    for (const country of countryGroups.EU_CANDIDATES) {
      expect(countryGroups.EU27).not.toContain(country);
      expect(countryGroups.COUNCIL_OF_EUROPE).toContain(country);
    }
  });

  it.each([
    ['PT', ['EU27', 'EEA', 'COUNCIL_OF_EUROPE']],
    ['NO', ['EEA', 'COUNCIL_OF_EUROPE']],
    ['UA', ['EU_CANDIDATES', 'COUNCIL_OF_EUROPE']],
    ['CH', ['COUNCIL_OF_EUROPE']],
    ['GB', ['COUNCIL_OF_EUROPE']],
    ['US', []],
  ])('puts %s in %j', (country, groups) => {
    expect(groupsOf(country)).toEqual(groups);
  });

  it('admits a country through itself and each of its groups', () => {
    expect(codesAdmitting('IS')).toEqual(['IS', 'EEA', 'COUNCIL_OF_EUROPE']);
  });

  it('tells group names from country codes', () => {
    expect(isCountryGroup('EU27')).toBe(true);
    expect(isCountryGroup('EU')).toBe(false);
    expect(isCountryGroup('DE')).toBe(false);
  });
});
