import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

/** The secrets the API generates for itself and keeps in `<DATA_DIR>/secrets.json`. */
export type GeneratedSecret = 'authSecret' | 'embeddedPostgresPassword';

const SECRETS_FILE = 'secrets.json';
const MIN_LENGTH = 32;
/**
 * A lock older than this was left by a process that ended while holding it: the work it
 * guards (read the file, write it, flush it) takes milliseconds. Age is the rule, not the
 * holder's process id, as processes in other containers may share the data folder.
 */
export const STALE_LOCK_MS = 10_000;
const LOCK_RETRY_MS = 5;

/**
 * Creates the data folder for the API's user only (mode 0700); the folders above it get
 * the usual modes. An existing folder is left as it is.
 */
export function ensureDataFolder(dataDir: string): void {
  if (existsSync(dataDir)) return;
  mkdirSync(dirname(dataDir), { recursive: true });
  try {
    mkdirSync(dataDir, { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/**
 * Returns the secret stored under `name` in the data folder, generating and storing one
 * on first use. Other entries of the file are kept as they are, so each secret is made
 * once per data folder. Processes that start at once on a new data folder take turns
 * through a lock file, and each reads the file again once it holds the lock, so the one
 * that comes second takes the first one's secret instead of writing its own over it.
 */
export function readOrCreateSecret(dataDir: string, name: GeneratedSecret): string {
  const file = join(dataDir, SECRETS_FILE);
  const found = secretIn(readSecrets(file), name);
  if (found) return found;
  ensureDataFolder(dataDir);
  return whileLocked(`${file}.lock`, () => {
    const stored = readSecrets(file);
    const storedMeanwhile = secretIn(stored, name);
    if (storedMeanwhile) return storedMeanwhile;
    const secret = randomBytes(48).toString('base64url');
    writeSecrets(file, { ...stored, [name]: secret });
    return secret;
  });
}

function secretIn(secrets: Record<string, unknown>, name: GeneratedSecret): string | undefined {
  const value = secrets[name];
  return typeof value === 'string' && value.length >= MIN_LENGTH ? value : undefined;
}

/**
 * Runs `work` while holding `lock`, a file only one process can create (O_EXCL), holding a
 * token of this holder. The API starts synchronously (the configuration is read before
 * anything else), so it waits in short sleeps. A lock older than STALE_LOCK_MS was left by
 * a process that ended while holding it, and is broken (see `breakStaleLock`); a holder
 * removes the lock only while it still holds its own token.
 */
export function whileLocked<T>(lock: string, work: () => T): T {
  const token = randomBytes(16).toString('hex');
  for (;;) {
    try {
      const fd = openSync(lock, 'wx', 0o600);
      try {
        writeSync(fd, token);
      } finally {
        closeSync(fd);
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const age = ageOf(lock);
    // Released in the meantime: try again at once.
    if (age === undefined) continue;
    if (age > STALE_LOCK_MS) breakStaleLock(lock);
    else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, LOCK_RETRY_MS);
  }
  try {
    return work();
  } finally {
    if (contentOf(lock) === token) rmSync(lock, { force: true });
  }
}

/**
 * Moves a stale lock aside under a name of its own, which only one of the processes that
 * found it stale can do, then removes it. Should the lock moved be a fresh one (another
 * process broke the stale lock and took a new one in between), it is put back, unless a
 * third has taken the lock since.
 */
export function breakStaleLock(lock: string): void {
  const aside = `${lock}.${uniqueSuffix()}.stale`;
  try {
    renameSync(lock, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const age = ageOf(aside);
  if (age !== undefined && age <= STALE_LOCK_MS) {
    try {
      linkSync(aside, lock);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  rmSync(aside, { force: true });
}

function contentOf(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Process ids repeat across containers that share a data folder; random bytes do not. */
function uniqueSuffix(): string {
  return `${process.pid}.${randomBytes(6).toString('hex')}`;
}

/** How long ago the file was written, in milliseconds, or undefined when it is gone. */
function ageOf(file: string): number | undefined {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function readSecrets(file: string): Record<string, unknown> {
  if (!existsSync(file)) return {};
  // A file that is not JSON stops the start rather than being replaced: it may hold the
  // only copy of the embedded database's password.
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : {};
}

/**
 * Writes a new file readable by the API's user only, flushes it to disk, then renames it
 * over the old one and flushes the folder: after a power loss the file is the old one or
 * the new one, never empty.
 */
function writeSecrets(file: string, secrets: Record<string, unknown>): void {
  const temporary = `${file}.${uniqueSuffix()}.tmp`;
  rmSync(temporary, { force: true });
  const fd = openSync(temporary, 'wx', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(secrets, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
  const folder = openSync(dirname(file), 'r');
  try {
    fsyncSync(folder);
  } finally {
    closeSync(folder);
  }
}
