import type { ValueTransformer } from 'typeorm';

/**
 * bigint minor units as JavaScript numbers: the contracts cap amounts far below 2^53, so
 * every stored value converts exactly (PostgreSQL hands bigint over as text).
 */
export const minorUnits: ValueTransformer = {
  to: (value: number | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
