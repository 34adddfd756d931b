import type { JobPolicy } from '../../common/jobs/jobs.service';

export interface DeliverMail {
  outboxId: string;
}

declare module '../../common/jobs/jobs.service' {
  interface JobMap {
    'mail.deliver': DeliverMail;
  }
}

/**
 * A mail server that is down for a while gets the mail once it is back: ten attempts,
 * 30 s to a minute apart at first and an hour apart at the end, span three to four hours.
 * One job per outbox row at a time; an attempt may run well past the SMTP timeouts.
 */
export const DELIVERY_POLICY: JobPolicy<DeliverMail> = {
  retries: 9,
  retryDelaySeconds: 30,
  retryDelayMaxSeconds: 3600,
  timeoutSeconds: 120,
  key: (payload) => payload.outboxId,
};
