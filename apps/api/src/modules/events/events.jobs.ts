import type { JobPolicy } from '../../common/jobs/jobs.service';

/** People who moved up from an event's waitlist and are to be mailed about it. */
export interface TellPromoted {
  eventId: string;
  userIds: string[];
}

declare module '../../common/jobs/jobs.service' {
  interface JobMap {
    'events.tell-promoted': TellPromoted;
  }
}

/** Writing the mails is a few rows; their delivery is a job of its own. */
export const TELL_PROMOTED_POLICY: JobPolicy<TellPromoted> = {
  retries: 5,
  retryDelaySeconds: 5,
  retryDelayMaxSeconds: 300,
  timeoutSeconds: 60,
};
