import type { LoggerService } from '@nestjs/common';
import { BackgroundWork } from './background-work';

function recordingLogger() {
  const errors: string[] = [];
  const logger: LoggerService = {
    log: () => undefined,
    warn: () => undefined,
    error: (message: string) => {
      errors.push(message);
    },
  };
  return { logger, errors };
}

function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('BackgroundWork', () => {
  it('does not make the caller wait, and settles once the work is done', async () => {
    const { logger } = recordingLogger();
    const work = new BackgroundWork(logger);
    const gate = deferred();
    const steps: string[] = [];
    work.start('sign-up', async () => {
      await gate.promise;
      steps.push('work');
    });
    steps.push('answer');
    const settled = work.settled().then(() => steps.push('settled'));
    gate.resolve();
    await settled;
    expect(steps).toEqual(['answer', 'work', 'settled']);
  });

  it('also waits for work started while it was waiting', async () => {
    const work = new BackgroundWork(recordingLogger().logger);
    const done: string[] = [];
    work.start('first', async () => {
      work.start('second', async () => {
        await new Promise((resolve) => setTimeout(resolve, 10));
        done.push('second');
      });
      done.push('first');
    });
    await work.settled();
    expect(done).toEqual(['first', 'second']);
  });

  it('logs a failure, naming the work, instead of throwing it', async () => {
    const { logger, errors } = recordingLogger();
    const work = new BackgroundWork(logger);
    work.start('Delivery', async () => {
      throw new Error('connection refused');
    });
    await expect(work.settled()).resolves.toBeUndefined();
    expect(errors).toEqual(['Delivery failed after the answer: connection refused']);
  });

  it('settles at once when nothing runs', async () => {
    await expect(new BackgroundWork(recordingLogger().logger).settled()).resolves.toBeUndefined();
  });
});
