import { z } from 'zod';

export const Health = z.object({
  status: z.enum(['ok', 'unavailable']),
  version: z.string(),
});
export type Health = z.infer<typeof Health>;

export const Readiness = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['up', 'down']),
});
export type Readiness = z.infer<typeof Readiness>;
