import type { JobPolicy } from '../../common/jobs/jobs.service';

declare module '../../common/jobs/jobs.service' {
  interface JobMap {
    'petitions.close-due': Record<string, never> | null;
    'petitions.purge-unconfirmed': Record<string, never> | null;
  }
}

/** Every minute: petitions close within a minute of their deadline (signing stops at it exactly). */
export const CLOSE_DUE_CRON = '* * * * *';

/** Every hour, at a quarter past: pending signatures whose link expired are dropped. */
export const PURGE_UNCONFIRMED_CRON = '15 * * * *';

/** One pass is one statement; a pass missed is made up by the next. */
export const SWEEP_POLICY: JobPolicy<Record<string, never> | null> = {
  retries: 2,
  retryDelaySeconds: 30,
  retryDelayMaxSeconds: 300,
  timeoutSeconds: 120,
  keepSeconds: 3600,
};
