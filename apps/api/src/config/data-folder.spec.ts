import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { transformSync } from '@swc/core';
import { breakStaleLock, readOrCreateSecret, STALE_LOCK_MS, whileLocked } from './data-folder';

interface Created {
  authSecret: string;
  embeddedPostgresPassword: string;
}

/**
 * Runs readOrCreateSecret for both secrets in `count` threads at once: each thread loads
 * this module's source on its own and waits at a shared gate, which opens when all are
 * ready, so their reads and writes of the data folder overlap.
 */
async function createConcurrently(dataDir: string, count: number): Promise<Created[]> {
  const { code } = transformSync(readFileSync(join(__dirname, 'data-folder.ts'), 'utf8'), {
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  const gate = new Int32Array(new SharedArrayBuffer(4));
  const thread = `
    const { parentPort, workerData } = require('node:worker_threads');
    const module = { exports: {} };
    new Function('exports', 'module', 'require', workerData.code)(module.exports, module, require);
    parentPort.postMessage('ready');
    Atomics.wait(workerData.gate, 0, 0);
    const { readOrCreateSecret } = module.exports;
    parentPort.postMessage({
      authSecret: readOrCreateSecret(workerData.dataDir, 'authSecret'),
      embeddedPostgresPassword: readOrCreateSecret(workerData.dataDir, 'embeddedPostgresPassword'),
    });
  `;
  const workers = Array.from(
    { length: count },
    () => new Worker(thread, { eval: true, workerData: { code, gate, dataDir } }),
  );
  const messages = (worker: Worker) => {
    const received: unknown[] = [];
    const next = () =>
      new Promise<unknown>((resolve, reject) => {
        if (received.length > 0) return resolve(received.shift());
        worker.once('message', () => resolve(received.shift()));
        worker.once('error', reject);
      });
    worker.on('message', (message) => received.push(message));
    return next;
  };
  try {
    const next = workers.map(messages);
    await Promise.all(next.map((read) => read()));
    Atomics.store(gate, 0, 1);
    Atomics.notify(gate, 0);
    return (await Promise.all(next.map((read) => read()))) as Created[];
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

describe('readOrCreateSecret', () => {
  let dataDir: string;
  const secretsFile = () => join(dataDir, 'secrets.json');

  beforeEach(() => {
    dataDir = join(mkdtempSync(join(tmpdir(), 'open-spaces-secrets-')), 'data');
  });
  afterEach(() => rmSync(join(dataDir, '..'), { recursive: true, force: true }));

  it('gives processes that start at once on a new data folder the same secrets', async () => {
    const created = await createConcurrently(dataDir, 6);
    const stored = JSON.parse(readFileSync(secretsFile(), 'utf8')) as Created;
    expect(stored.authSecret).toMatch(/^[\w-]{64}$/);
    expect(stored.embeddedPostgresPassword).toMatch(/^[\w-]{64}$/);
    expect(created).toEqual(Array.from({ length: 6 }, () => stored));
    expect(statSync(secretsFile()).mode & 0o777).toBe(0o600);
    expect(existsSync(`${secretsFile()}.lock`)).toBe(false);
  }, 30_000);

  it('keeps each secret once made, beside the others', () => {
    const authSecret = readOrCreateSecret(dataDir, 'authSecret');
    const password = readOrCreateSecret(dataDir, 'embeddedPostgresPassword');
    expect(readOrCreateSecret(dataDir, 'authSecret')).toBe(authSecret);
    expect(JSON.parse(readFileSync(secretsFile(), 'utf8'))).toEqual({
      authSecret,
      embeddedPostgresPassword: password,
    });
  });

  it('removes a lock left by a process that ended while holding it', () => {
    readOrCreateSecret(dataDir, 'authSecret');
    const lock = `${secretsFile()}.lock`;
    writeFileSync(lock, '');
    const longAgo = (Date.now() - STALE_LOCK_MS - 1000) / 1000;
    utimesSync(lock, longAgo, longAgo);
    expect(readOrCreateSecret(dataDir, 'embeddedPostgresPassword')).toMatch(/^[\w-]{64}$/);
    expect(existsSync(lock)).toBe(false);
  });

  it('leaves behind nothing of a stale lock it broke', () => {
    readOrCreateSecret(dataDir, 'authSecret');
    const lock = `${secretsFile()}.lock`;
    writeFileSync(lock, 'token-of-a-process-that-ended');
    const longAgo = (Date.now() - STALE_LOCK_MS - 1000) / 1000;
    utimesSync(lock, longAgo, longAgo);
    readOrCreateSecret(dataDir, 'embeddedPostgresPassword');
    expect(readdirSync(dataDir).filter((name) => name.startsWith('secrets.json.'))).toEqual([]);
  });

  it('puts back a lock that turned out fresh when it was moved aside', () => {
    readOrCreateSecret(dataDir, 'authSecret');
    const lock = join(dataDir, 'fresh.lock');
    writeFileSync(lock, 'token-of-the-holder');
    breakStaleLock(lock);
    expect(readFileSync(lock, 'utf8')).toBe('token-of-the-holder');
    expect(readdirSync(dataDir).filter((name) => name.startsWith('fresh.lock.'))).toEqual([]);
  });

  it('does not remove a lock another process took after its own was broken', () => {
    readOrCreateSecret(dataDir, 'authSecret');
    const lock = join(dataDir, 'taken.lock');
    whileLocked(lock, () => {
      // Held past STALE_LOCK_MS: another process broke this lock and took a new one.
      rmSync(lock);
      writeFileSync(lock, 'token-of-the-next-holder');
    });
    expect(readFileSync(lock, 'utf8')).toBe('token-of-the-next-holder');
  });

  it('waits for a lock that is held, and takes the secret stored while it waited', async () => {
    readOrCreateSecret(dataDir, 'authSecret');
    const lock = `${secretsFile()}.lock`;
    writeFileSync(lock, '');
    const storedMeanwhile = 'a-password-another-process-stored-0123456789';
    const waiting = createConcurrently(dataDir, 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const secrets = JSON.parse(readFileSync(secretsFile(), 'utf8')) as Created;
    writeFileSync(secretsFile(), JSON.stringify({ ...secrets, embeddedPostgresPassword: storedMeanwhile }));
    rmSync(lock);
    expect(await waiting).toEqual([
      { authSecret: secrets.authSecret, embeddedPostgresPassword: storedMeanwhile },
    ]);
  }, 30_000);
});
