import type { Locale } from '@open-spaces/contracts';
import type { JobPolicy } from '../../common/jobs/jobs.service';

/** A sign-up as it was answered: the account to create, or to tell its owner about. */
export interface SignUp {
  email: string;
  passwordHash: string;
  displayName: string;
  locale: Locale;
}

export interface PasswordResetRequest {
  email: string;
}

declare module '../../common/jobs/jobs.service' {
  interface JobMap {
    'accounts.sign-up': SignUp;
    'accounts.password-reset': PasswordResetRequest;
  }
}

/**
 * The work after a sign-up or reset answer is a few writes: retried for a few minutes should
 * the database fail, and deleted an hour after it ran, since a sign-up's payload holds the
 * password's hash.
 */
export const ACCOUNT_JOB_POLICY: JobPolicy<SignUp | PasswordResetRequest> = {
  retries: 5,
  retryDelaySeconds: 5,
  retryDelayMaxSeconds: 300,
  timeoutSeconds: 60,
  keepSeconds: 3600,
};
