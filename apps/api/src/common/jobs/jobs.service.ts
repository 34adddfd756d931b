import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { type Job, PgBoss, type QueueOptions } from 'pg-boss';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { isDatabaseUnavailable } from '../errors/database-errors';
import { inTransaction, jobQueueOptions } from './job-queue';

export const JOBS_DATABASE_URL = Symbol('JOBS_DATABASE_URL');

/**
 * The background jobs, by name, with their payloads. A module that runs its own adds them
 * to this map from its `<name>.jobs.ts` by declaration merging:
 *
 *     declare module '../../common/jobs/jobs.service' {
 *       interface JobMap { 'mail.deliver': { outboxId: string } }
 *     }
 *
 * Payloads are stored as JSON in the job table until the job is deleted (see `keepSeconds`).
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by the modules' declaration merging
export interface JobMap {}

export type JobName = keyof JobMap & string;

/** How one kind of job is retried and kept. */
export interface JobPolicy<Payload> {
  /** Attempts after the first; then the job stays in the table as failed. */
  retries: number;
  /** The first retry's delay; each further one about doubles it, up to the maximum. */
  retryDelaySeconds: number;
  retryDelayMaxSeconds: number;
  /**
   * How long one attempt may run. An attempt that outlives it, or whose process died, fails
   * and is retried, so it must exceed the slowest handler.
   */
  timeoutSeconds: number;
  /** How long a finished or failed job stays in the table; 7 days unless said. */
  keepSeconds?: number;
  /**
   * Jobs of the same key never wait or run side by side: one sent while another of its key
   * is queued or running is dropped. For work that must not be done twice at once.
   */
  key?: (payload: Payload) => string;
}

/** The attempt a handler is running: the job's id, and 0 for the first attempt, 1 for the first retry… */
export interface JobAttempt {
  id: string;
  retryCount: number;
}

type Handler<K extends JobName> = (payload: JobMap[K], attempt: JobAttempt) => Promise<void>;
type TransactionalHandler<K extends JobName> = (payload: JobMap[K], tx: EntityManager) => Promise<void>;

interface Registration {
  policy: JobPolicy<never>;
  run: (job: Job<unknown>) => Promise<void>;
  /** A cron expression (UTC) for a job the queue sends itself on a timetable. */
  cron?: string;
}

/** When a job sent may start. */
export interface SendOptions {
  /** Not before this many seconds from now. */
  startAfterSeconds?: number;
}

const KEEP_SECONDS = 7 * 24 * 3600;
/** How often a worker looks for jobs that no notification announced: retries that came due. */
const POLL_SECONDS = 2;
/** How long shutdown lets running handlers finish; what is still running then is retried later. */
const STOP_TIMEOUT_MS = 10_000;

/**
 * Durable background jobs on the product's PostgreSQL (pg-boss, in the `pgboss` schema).
 * A job sent is a row: it survives a crash or a restart and runs on whichever API process
 * fetches it first, with retries and exponential backoff. Modules register a handler per
 * job name while they initialise; every process that has `JOBS_WORKER` on runs them.
 * A job may run more than once (a crash after its work, an attempt that timed out), so each
 * handler either makes its writes and the job's completion one transaction
 * (`handleInTransaction`) or checks what it already did (mail delivery checks the outbox).
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private readonly boss: PgBoss;
  private readonly registrations = new Map<JobName, Registration>();
  private started = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOBS_DATABASE_URL) databaseUrl: string,
    private readonly dataSource: DataSource,
  ) {
    this.boss = new PgBoss({
      ...jobQueueOptions(databaseUrl),
      // A job sent notifies the listening workers when its transaction commits, so it
      // starts at once instead of at the next poll.
      useListenNotify: true,
      // Jobs on a timetable are sent by the processes that run jobs (one of them at a
      // time: pg-boss takes a lock for each pass).
      schedule: config.jobs.worker,
    });
    // Without a listener an error event would end the process. An unreachable database
    // shows here on every poll until it is back, and pg-boss carries on by itself: that is
    // a warning, as it is for requests.
    this.boss.on('error', (error) => {
      if (isDatabaseUnavailable(error))
        this.logger.warn(`pg-boss cannot reach the database: ${error.message}`);
      else this.logger.error(`pg-boss: ${error.stack ?? error.message}`);
    });
    this.boss.on('warning', (warning) => this.logger.warn(`pg-boss: ${warning.message}`));
  }

  /**
   * Registers the handler of one kind of job. The handler must make a second run harmless
   * itself; where its work is database writes, `handleInTransaction` does that for it.
   */
  async handle<K extends JobName>(name: K, policy: JobPolicy<JobMap[K]>, handler: Handler<K>): Promise<void> {
    await this.register(name, policy, (job) =>
      handler(job.data as JobMap[K], { id: job.id, retryCount: job.retryCount }),
    );
  }

  /**
   * Registers a handler whose writes commit together with the job's completion, so a job
   * that runs again (its process died before the completion, its attempt timed out) finds
   * nothing done and nothing half done. When the attempt is no longer this worker's, the
   * writes are rolled back.
   */
  async handleInTransaction<K extends JobName>(
    name: K,
    policy: JobPolicy<JobMap[K]>,
    handler: TransactionalHandler<K>,
  ): Promise<void> {
    await this.register(name, policy, (job) =>
      this.dataSource.transaction(async (tx) => {
        await handler(job.data as JobMap[K], tx);
        await this.completeWithin(tx, name, job);
      }),
    );
  }

  /**
   * Registers the handler of a job that runs on a timetable: `cron` is a cron expression
   * in UTC (`0 * * * *`: every hour, on the hour). The job carries no payload; it looks up
   * what is due itself, so a pass missed while no process ran is made up by the next.
   */
  async every<K extends JobName>(
    name: K,
    cron: string,
    policy: JobPolicy<JobMap[K]>,
    handler: Handler<K>,
  ): Promise<void> {
    await this.register(
      name,
      policy,
      (job) => handler(job.data as JobMap[K], { id: job.id, retryCount: job.retryCount }),
      cron,
    );
  }

  /**
   * Sends a job. Given the caller's transaction, the job exists exactly when that
   * transaction commits (and its workers are woken then); otherwise it is committed at once.
   */
  async send<K extends JobName>(
    name: K,
    payload: JobMap[K],
    tx?: EntityManager,
    options: SendOptions = {},
  ): Promise<void> {
    const registration = this.registrations.get(name);
    if (!registration) throw new Error(`no handler is registered for the job ${name}`);
    const key = (registration.policy.key as ((payload: JobMap[K]) => string) | undefined)?.(payload);
    await this.boss.send(name, payload as object, {
      ...(key !== undefined && { singletonKey: key }),
      ...(options.startAfterSeconds !== undefined && { startAfter: options.startAfterSeconds }),
      ...(tx && { db: inTransaction(tx) }),
    });
  }

  /** Starts pg-boss (installing or upgrading its schema when needed), the queues and the workers. */
  async onApplicationBootstrap(): Promise<void> {
    await this.boss.start();
    this.started = true;
    for (const [name, registration] of this.registrations) await this.open(name, registration);
  }

  /**
   * Stops fetching, lets running handlers finish for up to 10 s, then stops; a handler still
   * running then is failed and its job retried later. Runs before the database pool closes.
   */
  async onModuleDestroy(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: STOP_TIMEOUT_MS });
  }

  private async register(
    name: JobName,
    policy: JobPolicy<never>,
    run: (job: Job<unknown>) => Promise<void>,
    cron?: string,
  ): Promise<void> {
    if (this.registrations.has(name)) throw new Error(`the job ${name} has a handler already`);
    const registration: Registration = { policy, run, ...(cron !== undefined && { cron }) };
    this.registrations.set(name, registration);
    // Modules register while they initialise, before the start; one registered later opens at once.
    if (this.started) await this.open(name, registration);
  }

  /** Creates the queue, brings its policy up to date with the code's, and starts its workers. */
  private async open(name: JobName, { policy, run, cron }: Registration): Promise<void> {
    const options: QueueOptions & { notify: boolean } = {
      retryLimit: policy.retries,
      retryDelay: policy.retryDelaySeconds,
      retryBackoff: true,
      retryDelayMax: policy.retryDelayMaxSeconds,
      expireInSeconds: policy.timeoutSeconds,
      deleteAfterSeconds: policy.keepSeconds ?? KEEP_SECONDS,
      notify: true,
    };
    // A queue's policy is fixed when it is created: a key needs `exclusive` (one job per key
    // queued or running), and every job of such a queue gets a key.
    await this.boss.createQueue(name, { ...options, policy: policy.key ? 'exclusive' : 'standard' });
    await this.boss.updateQueue(name, options);
    if (!this.config.jobs.worker) return;
    if (cron !== undefined) await this.boss.schedule(name, cron, null, { tz: 'UTC' });
    await this.boss.work<unknown>(
      name,
      {
        batchSize: 1,
        localConcurrency: this.config.jobs.concurrency,
        pollingIntervalSeconds: POLL_SECONDS,
        notifyPollingIntervalSeconds: POLL_SECONDS,
      },
      async ([job]) => {
        if (job) await this.attempt(name, policy, run, job);
      },
    );
  }

  /** Runs one attempt; a failure is logged and rethrown, so pg-boss retries the job or gives it up. */
  private async attempt(
    name: JobName,
    policy: JobPolicy<never>,
    run: (job: Job<unknown>) => Promise<void>,
    job: Job<unknown>,
  ): Promise<void> {
    try {
      await run(job);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const attempt = job.retryCount + 1;
      if (job.retryCount >= policy.retries) {
        this.logger.error(`Job ${name} ${job.id} failed on its last attempt (${attempt}): ${message}`);
      } else {
        this.logger.warn(`Job ${name} ${job.id} failed on attempt ${attempt}, will retry: ${message}`);
      }
      throw error;
    }
  }

  /**
   * Completes the job inside the handler's transaction, fenced to this attempt. pg-boss
   * completes it again after the handler returns, which then finds it done and changes
   * nothing.
   */
  private async completeWithin(tx: EntityManager, name: JobName, job: Job<unknown>): Promise<void> {
    // The count of jobs completed is in the answer, though pg-boss's type leaves it unnamed.
    const completed = (await this.boss.complete(name, { id: job.id, retryCount: job.retryCount }, null, {
      db: inTransaction(tx),
    })) as { affected?: number };
    if (completed.affected !== 1) {
      throw new Error(
        `the job is no longer this attempt's (it timed out or was cancelled); its writes are undone`,
      );
    }
  }
}
