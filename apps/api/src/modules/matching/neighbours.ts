/**
 * Which European countries are neighbours (ISO 3166-1 alpha-2): a shared land border, or
 * a short sea crossing people use every day (the Channel, the Øresund, the Gulf of
 * Finland, the Strait of Sicily...). Each pair is written once; `areNeighbours` reads
 * them both ways.
 */
// biome-ignore format: one country's pairs per line reads better than one code per line
const PAIRS: readonly (readonly [string, string])[] = [
  ['AT', 'DE'], ['AT', 'CZ'], ['AT', 'SK'], ['AT', 'HU'], ['AT', 'SI'], ['AT', 'IT'], ['AT', 'CH'], ['AT', 'LI'],
  ['BE', 'FR'], ['BE', 'LU'], ['BE', 'DE'], ['BE', 'NL'],
  ['BG', 'RO'], ['BG', 'RS'], ['BG', 'MK'], ['BG', 'GR'], ['BG', 'TR'],
  ['HR', 'SI'], ['HR', 'HU'], ['HR', 'RS'], ['HR', 'BA'], ['HR', 'ME'],
  ['CY', 'TR'],
  ['CZ', 'DE'], ['CZ', 'PL'], ['CZ', 'SK'],
  ['DK', 'DE'], ['DK', 'SE'], ['DK', 'NO'],
  ['EE', 'LV'], ['EE', 'RU'], ['EE', 'FI'],
  ['FI', 'SE'], ['FI', 'NO'], ['FI', 'RU'], ['FI', 'AX'],
  ['FR', 'LU'], ['FR', 'DE'], ['FR', 'CH'], ['FR', 'IT'], ['FR', 'MC'], ['FR', 'AD'], ['FR', 'ES'], ['FR', 'GB'],
  ['FR', 'JE'], ['FR', 'GG'],
  ['DE', 'PL'], ['DE', 'CH'], ['DE', 'LU'], ['DE', 'NL'],
  ['GR', 'AL'], ['GR', 'MK'], ['GR', 'TR'],
  ['HU', 'SK'], ['HU', 'UA'], ['HU', 'RO'], ['HU', 'RS'], ['HU', 'SI'],
  ['IE', 'GB'],
  ['IT', 'CH'], ['IT', 'SI'], ['IT', 'SM'], ['IT', 'VA'], ['IT', 'MT'],
  ['LV', 'LT'], ['LV', 'BY'], ['LV', 'RU'],
  ['LT', 'BY'], ['LT', 'PL'], ['LT', 'RU'],
  ['PL', 'SK'], ['PL', 'UA'], ['PL', 'BY'], ['PL', 'RU'],
  ['PT', 'ES'],
  ['RO', 'UA'], ['RO', 'MD'], ['RO', 'RS'],
  ['SK', 'UA'],
  ['ES', 'AD'], ['ES', 'GI'],
  ['SE', 'NO'], ['SE', 'AX'],
  ['NO', 'RU'], ['NO', 'SJ'],
  ['CH', 'LI'],
  ['GB', 'IM'], ['GB', 'JE'], ['GB', 'GG'],
  ['AL', 'ME'], ['AL', 'XK'], ['AL', 'MK'],
  ['BA', 'RS'], ['BA', 'ME'],
  ['ME', 'RS'], ['ME', 'XK'],
  ['MK', 'RS'], ['MK', 'XK'],
  ['RS', 'XK'],
  ['UA', 'MD'], ['UA', 'BY'], ['UA', 'RU'],
  ['BY', 'RU'],
  ['GE', 'RU'], ['GE', 'AZ'], ['GE', 'AM'], ['GE', 'TR'],
  ['AM', 'AZ'], ['AM', 'TR'],
  ['AZ', 'RU'], ['AZ', 'TR'],
];

const NEIGHBOURS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const map = new Map<string, Set<string>>();
  for (const [a, b] of PAIRS) {
    map.set(a, (map.get(a) ?? new Set()).add(b));
    map.set(b, (map.get(b) ?? new Set()).add(a));
  }
  return map;
})();

/** Do the two countries share a border or a short sea crossing? A country is not its own neighbour. */
export function areNeighbours(a: string, b: string): boolean {
  return NEIGHBOURS.get(a)?.has(b) ?? false;
}

/** The country's neighbours, in code order. */
export function neighboursOf(country: string): string[] {
  return [...(NEIGHBOURS.get(country) ?? [])].sort();
}
