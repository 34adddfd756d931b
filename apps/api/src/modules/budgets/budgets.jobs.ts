import type { JobPolicy } from '../../common/jobs/jobs.service';

declare module '../../common/jobs/jobs.service' {
  interface JobMap {
    'budgets.announce': Record<string, never> | null;
  }
}

/** Every minute: budgets whose voting opened or closed are announced within a minute. */
export const ANNOUNCE_CRON = '* * * * *';

/** One pass claims what is due and records it; a pass missed is made up by the next. */
export const ANNOUNCE_POLICY: JobPolicy<Record<string, never> | null> = {
  retries: 2,
  retryDelaySeconds: 30,
  retryDelayMaxSeconds: 120,
  timeoutSeconds: 120,
  keepSeconds: 3600,
};
