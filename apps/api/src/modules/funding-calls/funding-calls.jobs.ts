import type { JobPolicy } from '../../common/jobs/jobs.service';

declare module '../../common/jobs/jobs.service' {
  interface JobMap {
    'funding-calls.deadline-reminders': Record<string, never> | null;
  }
}

/** Every hour, on the hour: the saved calls whose deadline came within 14 or 3 days. */
export const DEADLINE_REMINDERS_CRON = '0 * * * *';

/** One pass is a query and its notifications; a pass missed is made up by the next. */
export const DEADLINE_REMINDERS_POLICY: JobPolicy<Record<string, never> | null> = {
  retries: 2,
  retryDelaySeconds: 60,
  retryDelayMaxSeconds: 300,
  timeoutSeconds: 300,
  keepSeconds: 24 * 3600,
};
