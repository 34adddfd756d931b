import type { LoggerService } from '@nestjs/common';

/**
 * Work a request starts and does not wait for, kept so that shutdown can let it finish
 * before the database closes. Nobody waits for its outcome, so a failure is logged, never
 * thrown.
 */
export class BackgroundWork {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly logger: LoggerService) {}

  start(what: string, work: () => Promise<void>): void {
    const task: Promise<void> = work()
      .catch((error: unknown) => {
        const failure = error instanceof Error ? error : new Error(String(error));
        this.logger.error(`${what} failed after the answer: ${failure.message}`, failure.stack);
      })
      .finally(() => this.running.delete(task));
    this.running.add(task);
  }

  /** Resolves once everything started so far, and anything that started meanwhile, is done. */
  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running);
  }
}
