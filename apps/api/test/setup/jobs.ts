import { JOBS_SCHEMA } from '../../src/common/jobs/job-queue';
import type { TestApp } from './test-app';
import { waitFor } from './wait-for';

/** How many jobs are queued, waiting for a retry or running. */
export async function pendingJobs(t: TestApp): Promise<number> {
  const [row] = await t.sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${JOBS_SCHEMA}.job WHERE state < 'completed'`,
  );
  return row?.n ?? 0;
}

/**
 * Waits until every job sent so far has run (completed or given up), for what the API does
 * after its answer when there is no row to wait for (a reset for an unknown address mails nothing).
 */
export async function jobsSettled(t: TestApp): Promise<void> {
  await waitFor(async () => (await pendingJobs(t)) === 0, 'the jobs sent so far to run');
}
