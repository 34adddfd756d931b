import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { type EmbeddedDatabase, prepareDataFolder, startEmbeddedPostgres } from './embedded-postgres';

const FIXED_PASSWORD = 'open-spaces-local';

const secretsOf = (dataDir: string) =>
  JSON.parse(readFileSync(join(dataDir, 'secrets.json'), 'utf8')) as {
    authSecret?: string;
    embeddedPostgresPassword: string;
  };

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The error code a connection as superuser with this password ends in, or 'connected'. */
async function signInWith(database: EmbeddedDatabase, password: string): Promise<string> {
  const url = new URL(database.url);
  url.password = encodeURIComponent(password);
  try {
    await query(url.toString(), 'SELECT 1');
    return 'connected';
  } catch (error) {
    return String((error as { code?: string }).code);
  }
}

const hbaOf = (dataDir: string) => join(dataDir, 'postgres', 'pg_hba.conf');
/** The methods of pg_hba.conf's records, without comments and blank lines. */
const methodsOf = (dataDir: string) =>
  readFileSync(hbaOf(dataDir), 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line !== '')
    .map((line) => line.split(/\s+/).at(-1));

describe('startEmbeddedPostgres', () => {
  const started: EmbeddedDatabase[] = [];
  const folders: string[] = [];
  const logs: string[] = [];
  const freshDataDir = () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'open-spaces-embedded-'));
    folders.push(dataDir);
    return dataDir;
  };
  const start = async (dataDir: string) => {
    const database = await startEmbeddedPostgres({
      dataDir,
      database: 'open_spaces',
      log: (message) => logs.push(message),
    });
    started.push(database);
    return database;
  };
  const stop = async (database: EmbeddedDatabase) => {
    started.splice(started.indexOf(database), 1);
    await database.stop();
  };

  afterEach(async () => {
    await Promise.all(started.splice(0).map((database) => database.stop()));
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
    logs.length = 0;
  });

  it('generates a superuser password for each data folder, keeps it in secrets.json, and refuses the fixed one', async () => {
    const dataDir = freshDataDir();
    const first = await start(dataDir);
    const password = secretsOf(dataDir).embeddedPostgresPassword;
    expect(password).toMatch(/^[\w-]{64}$/);
    expect(statSync(join(dataDir, 'secrets.json')).mode & 0o777).toBe(0o600);
    expect(decodeURIComponent(new URL(first.url).password)).toBe(password);
    expect(await signInWith(first, password)).toBe('connected');
    expect(await signInWith(first, FIXED_PASSWORD)).toBe('28P01');
    expect(await signInWith(first, 'given-to-initdb-by-pwfile')).toBe('28P01');
    await stop(first);

    const second = await start(dataDir);
    expect(secretsOf(dataDir).embeddedPostgresPassword).toBe(password);
    expect(decodeURIComponent(new URL(second.url).password)).toBe(password);
    expect(logs.join('\n')).not.toContain(password);
  }, 60_000);

  it('signs clients in with SCRAM-SHA-256 only in a new cluster', async () => {
    const dataDir = freshDataDir();
    const database = await start(dataDir);
    expect(new Set(methodsOf(dataDir))).toEqual(new Set(['scram-sha-256']));
    expect(await query(database.url, 'SELECT system_user')).toEqual([
      { system_user: 'scram-sha-256:postgres' },
    ]);
  }, 60_000);

  it('moves a cluster made with cleartext password sign-in to SCRAM-SHA-256 before it starts', async () => {
    const dataDir = freshDataDir();
    const before = await start(dataDir);
    await query(before.url, 'CREATE TABLE kept (note text); INSERT INTO kept VALUES ($$still here$$)');
    await stop(before);
    const hba = hbaOf(dataDir);
    const { uid, gid, mode } = statSync(hba);
    const earlier = readFileSync(hba, 'utf8').replaceAll(/scram-sha-256$/gm, 'password');
    writeFileSync(hba, `${earlier}# password sign-in, as earlier releases set it up\n`);
    expect(new Set(methodsOf(dataDir))).toEqual(new Set(['password']));

    const after = await start(dataDir);
    expect(new Set(methodsOf(dataDir))).toEqual(new Set(['scram-sha-256']));
    expect(readFileSync(hba, 'utf8')).toContain('# password sign-in, as earlier releases set it up\n');
    expect(statSync(hba)).toMatchObject({ uid, gid, mode });
    expect(await query(after.url, 'SELECT system_user')).toEqual([{ system_user: 'scram-sha-256:postgres' }]);
    expect(await query(after.url, 'SELECT note FROM kept')).toEqual([{ note: 'still here' }]);
    expect(await signInWith(after, FIXED_PASSWORD)).toBe('28P01');
  }, 60_000);

  it('replaces the fixed password of a cluster made before, keeping its data and the other secrets', async () => {
    const dataDir = freshDataDir();
    const before = await start(dataDir);
    await query(before.url, 'CREATE TABLE kept (note text); INSERT INTO kept VALUES ($$still here$$)');
    await query(before.url, `ALTER ROLE postgres PASSWORD '${FIXED_PASSWORD}'`);
    const authSecret = 'a-signing-secret-that-was-there-before-0123456789';
    writeFileSync(join(dataDir, 'secrets.json'), JSON.stringify({ authSecret }), { mode: 0o600 });
    await stop(before);

    const after = await start(dataDir);
    const secrets = secretsOf(dataDir);
    expect(secrets.authSecret).toBe(authSecret);
    expect(secrets.embeddedPostgresPassword).toMatch(/^[\w-]{64}$/);
    expect(await signInWith(after, secrets.embeddedPostgresPassword)).toBe('connected');
    expect(await signInWith(after, FIXED_PASSWORD)).toBe('28P01');
    expect(await query(after.url, 'SELECT note FROM kept')).toEqual([{ note: 'still here' }]);
    expect(logs.join('\n')).not.toContain(secrets.embeddedPostgresPassword);
  }, 60_000);

  (process.getuid?.() === 0 ? it : it.skip)(
    'runs the cluster as the postgres user behind a data folder closed to everyone else, as root',
    async () => {
      const dataDir = freshDataDir();
      chmodSync(dataDir, 0o777);
      const database = await start(dataDir);
      const idOf = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }));
      const modeOf = (path: string) => statSync(path).mode & 0o7777;
      expect(statSync(dataDir)).toMatchObject({ uid: 0, gid: idOf('-g') });
      expect(modeOf(dataDir)).toBe(0o710);
      expect(statSync(join(dataDir, 'postgres'))).toMatchObject({ uid: idOf('-u'), gid: idOf('-g') });
      expect(modeOf(join(dataDir, 'postgres'))).toBe(0o700);
      expect(statSync(join(dataDir, 'secrets.json')).uid).toBe(0);
      expect(modeOf(join(dataDir, 'secrets.json'))).toBe(0o600);
      expect(await query(database.url, 'SELECT 1 AS up')).toEqual([{ up: 1 }]);
    },
    60_000,
  );

  it('stops the cluster and names the data folder when neither password is accepted', async () => {
    const dataDir = freshDataDir();
    const before = await start(dataDir);
    await query(before.url, `ALTER ROLE postgres PASSWORD 'set-by-hand-and-forgotten'`);
    await stop(before);

    await expect(start(dataDir)).rejects.toThrow(
      `The embedded PostgreSQL in ${join(dataDir, 'postgres')} refuses the password kept in secrets.json`,
    );
    // The cluster was stopped again: the next start finds the folder free, and fails the same way.
    await expect(start(dataDir)).rejects.toThrow('refuses the password kept in secrets.json');
  }, 60_000);
});

describe('prepareDataFolder', () => {
  const asRoot = process.getuid?.() === 0 ? it : it.skip;
  const clusterUser = { uid: 4242, gid: 4343 };
  let parent: string;
  const warnings: string[] = [];
  const warn = (message: string) => warnings.push(message);
  const modeOf = (path: string) => statSync(path).mode & 0o7777;

  beforeEach(() => {
    parent = mkdtempSync(join(tmpdir(), 'open-spaces-data-folder-'));
    warnings.length = 0;
  });
  afterEach(() => rmSync(parent, { recursive: true, force: true }));

  it('creates a missing data folder for the API user only, and no cluster folder without root', () => {
    const dataDir = join(parent, 'nested', 'data');
    prepareDataFolder(dataDir, join(dataDir, 'postgres'), undefined, warn);
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modeOf(join(parent, 'nested')) & 0o700).toBe(0o700);
    expect(existsSync(join(dataDir, 'postgres'))).toBe(false);
    expect(warnings).toEqual([]);
  });

  it('changes no mode of an existing folder without root', () => {
    chmodSync(parent, 0o755);
    prepareDataFolder(parent, join(parent, 'postgres'), undefined, warn);
    expect(modeOf(parent)).toBe(0o755);
    expect(warnings).toEqual([]);
  });

  it('closes, without root, a data folder of its own that an earlier release opened to everyone', () => {
    chmodSync(parent, 0o777);
    prepareDataFolder(parent, join(parent, 'postgres'), undefined, warn);
    expect(modeOf(parent)).toBe(0o700);
    expect(warnings).toEqual([]);
  });

  asRoot('only reports a data folder that others may write when it belongs to someone else', () => {
    chmodSync(parent, 0o777);
    chownSync(parent, clusterUser.uid, clusterUser.gid);
    prepareDataFolder(parent, join(parent, 'postgres'), undefined, warn);
    expect(modeOf(parent)).toBe(0o777);
    expect(warnings).toEqual([
      `The data folder ${parent} may be written by other users, who could replace its secrets: run \`chmod go-w ${parent}\`.`,
    ]);
  });

  asRoot('lets the cluster user through the data folder to its own folder only, as root', () => {
    const dataDir = join(parent, 'data');
    const databaseDir = join(dataDir, 'postgres');
    prepareDataFolder(dataDir, databaseDir, clusterUser, warn);
    expect(statSync(dataDir)).toMatchObject({ uid: 0, gid: clusterUser.gid });
    expect(modeOf(dataDir)).toBe(0o710);
    expect(statSync(databaseDir)).toMatchObject({ uid: clusterUser.uid, gid: clusterUser.gid });
    expect(modeOf(databaseDir)).toBe(0o700);
  });

  asRoot('closes a data folder that an earlier release opened to everyone, as root', () => {
    chmodSync(parent, 0o777);
    prepareDataFolder(parent, join(parent, 'postgres'), clusterUser, warn);
    expect(modeOf(parent)).toBe(0o710);
    expect(statSync(parent).gid).toBe(clusterUser.gid);
    expect(warnings).toEqual([]);
  });
});
