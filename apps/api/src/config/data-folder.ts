import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

/** The secrets the API generates for itself and keeps in `<DATA_DIR>/secrets.json`. */
export type GeneratedSecret = 'authSecret' | 'embeddedPostgresPassword';

const SECRETS_FILE = 'secrets.json';
const MIN_LENGTH = 32;

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
 * once per data folder.
 */
export function readOrCreateSecret(dataDir: string, name: GeneratedSecret): string {
  const file = join(dataDir, SECRETS_FILE);
  const stored = readSecrets(file);
  const value = stored[name];
  if (typeof value === 'string' && value.length >= MIN_LENGTH) return value;
  const secret = randomBytes(48).toString('base64url');
  ensureDataFolder(dataDir);
  writeSecrets(file, { ...stored, [name]: secret });
  return secret;
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
  const temporary = `${file}.${process.pid}.tmp`;
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
