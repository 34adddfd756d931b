import type { JobPolicy } from '../../common/jobs/jobs.service';

/** Notifications written in one transaction, to be told live and mailed as their people chose. */
export interface DeliverNotifications {
  ids: string[];
}

/** One notification whose person chose mail at once. */
export interface MailNotification {
  id: string;
}

/** The digest a person is due, for the occurrence (daily or weekly) that fell at `dueAt`. */
export interface SendDigest {
  userId: string;
  dueAt: string;
}

declare module '../../common/jobs/jobs.service' {
  interface JobMap {
    'notifications.deliver': DeliverNotifications;
    'notifications.mail': MailNotification;
    'notifications.digest-sweep': Record<string, never> | null;
    'notifications.digest': SendDigest;
  }
}

/** Telling live and choosing how to mail are a few queries; retried quickly. */
export const DELIVER_POLICY: JobPolicy<DeliverNotifications> = {
  retries: 5,
  retryDelaySeconds: 5,
  retryDelayMaxSeconds: 300,
  timeoutSeconds: 60,
};

/** Writing one mail to the outbox, whose own job delivers it. */
export const MAIL_POLICY: JobPolicy<MailNotification> = {
  retries: 5,
  retryDelaySeconds: 10,
  retryDelayMaxSeconds: 600,
  timeoutSeconds: 60,
  key: (payload) => payload.id,
};

/** Every quarter hour: who is due a digest now, in their own time zone. */
export const DIGEST_SWEEP_CRON = '*/15 * * * *';

export const DIGEST_SWEEP_POLICY: JobPolicy<Record<string, never> | null> = {
  retries: 2,
  retryDelaySeconds: 30,
  retryDelayMaxSeconds: 120,
  timeoutSeconds: 300,
  keepSeconds: 24 * 3600,
};

/** One digest per person at a time. */
export const DIGEST_POLICY: JobPolicy<SendDigest> = {
  retries: 5,
  retryDelaySeconds: 30,
  retryDelayMaxSeconds: 1800,
  timeoutSeconds: 120,
  key: (payload) => payload.userId,
};
