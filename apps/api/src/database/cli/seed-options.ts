import { parseArgs } from 'node:util';
import { SCALE_KINDS, type ScaleCounts } from '../seed/scale-seed';

/** What `npm run seed -- …` asks for: generated data when any count is above zero, the demo data otherwise. */
export interface SeedOptions {
  counts: ScaleCounts;
  seed: number | undefined;
}

/** Reads `--people 100000 --activities 1000000 …`; every value is a whole number. */
export function parseSeedOptions(args: string[]): SeedOptions {
  const { values } = parseArgs({
    args,
    options: {
      ...Object.fromEntries(SCALE_KINDS.map((kind) => [kind, { type: 'string' as const }])),
      seed: { type: 'string' },
    },
  });
  const given = values as Record<string, string | undefined>;
  const counts = Object.fromEntries(
    SCALE_KINDS.map((kind) => [kind, count(kind, given[kind])]),
  ) as ScaleCounts;
  return { counts, seed: given.seed === undefined ? undefined : count('seed', given.seed) };
}

function count(name: string, value: string | undefined): number {
  if (value === undefined) return 0;
  const parsed = Number(value.replace(/_/g, ''));
  if (value.trim() === '' || !Number.isInteger(parsed) || parsed < 0)
    throw new Error(`--${name} takes a whole number, not "${value}"`);
  return parsed;
}
