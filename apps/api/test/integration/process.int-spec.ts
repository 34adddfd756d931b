import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '../../src/database/embedded-postgres';

const main = join(__dirname, '../../dist/main.js');

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  url: string;
}

/** Starts the built API as `npm start` does, and resolves once it prints that it is ready. */
async function start(env: Record<string, string>): Promise<Running> {
  const port = await findFreePort();
  const child = spawn(process.execPath, [main], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      LOG_PRETTY: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('is ready at')) {
        clearInterval(timer);
        resolve();
      }
    }, 50);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`exited with ${code} before ready:\n${output}`));
    });
  });
  return { child, output: () => output, exited, url: `http://localhost:${port}` };
}

async function waitUntil(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function post(url: string, body: unknown) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

const late = { email: 'late@example.org', password: 'answered before the signal', displayName: 'Late' };
const lateMail = /Mail to late@example\.org: .*\/verify-email\?token=[\w-]+/g;

describe('the product process', () => {
  beforeAll(() => {
    if (!existsSync(main)) throw new Error('build the API first (npm run build): dist/main.js is missing');
  });

  it('starts on an embedded database, stops cleanly on Ctrl-C, and keeps accounts across restarts', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'open-spaces-process-'));
    // At debug each request is also logged as it begins, which the shutdown check below reads.
    const first = await start({ DATA_DIR: dataDir, LOG_LEVEL: 'debug' });
    expect(first.output()).toContain('Demo sign-ins');
    expect(first.output()).toContain(`is ready at ${first.url}`);
    const account = { email: 'restart@example.org', password: 'survives a restart', displayName: 'Restart' };
    expect((await post(`${first.url}/api/auth/register`, account)).status).toBe(202);
    // Without SMTP the verification mail is printed to the console, with its link.
    await waitUntil(() =>
      /Mail to restart@example\.org: .*\/verify-email\?token=[\w-]+/.test(first.output()),
    );
    // Request lines keep no link token: whoever reads the log cannot use it.
    await fetch(`${first.url}/reset-password?token=secret-token-in-link`);
    await waitUntil(() => first.output().includes('"url":"/reset-password?token=[redacted]"'));
    expect(first.output()).not.toContain('secret-token-in-link');

    // Requests the server has started on when the signal arrives still get their answer.
    // The server logs each request as it begins; the signal is sent once all six have.
    const logins = () =>
      first
        .output()
        .split('\n')
        .filter((line) => line.includes('"url":"/api/auth/login"')).length;
    const inFlight = Array.from({ length: 6 }, () => post(`${first.url}/api/auth/login`, account));
    await waitUntil(() => logins() >= 6);
    // Each request's lines carry its request id.
    expect(first.output()).toMatch(/"reqId":"[\w-]{16}","req":\{"method":"POST","url":"\/api\/auth\/login"/);
    first.child.kill('SIGINT');
    const statuses = (await Promise.all(inFlight)).map((answer) => answer.status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('Stopped.');

    expect(first.output()).toContain(`(API docs: ${first.url}/api/docs)`);

    const second = await start({ DATA_DIR: dataDir, API_DOCS_ENABLED: 'false', LOG_LEVEL: 'info' });
    try {
      expect(second.output()).not.toContain('Demo sign-ins');
      expect(second.output()).not.toContain('API docs');
      const login = await post(`${second.url}/api/auth/login`, account);
      expect(login.status).toBe(200);
      expect((await post(`${second.url}/api/auth/register`, late)).status).toBe(202);
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }
    expect(second.output()).toContain('Stopped.');

    // A sign-up answered just before the signal is a job: the stop does not wait for it, and
    // it makes its account and mails its link once, before the stop or after the next start.
    const third = await start({ DATA_DIR: dataDir, LOG_LEVEL: 'info' });
    try {
      const lateMails = () => `${second.output()}${third.output()}`.match(lateMail) ?? [];
      await waitUntil(() => lateMails().length > 0);
      expect((await post(`${third.url}/api/auth/login`, late)).status).toBe(200);
      expect(lateMails()).toHaveLength(1);
    } finally {
      third.child.kill('SIGTERM');
      expect(await third.exited).toBe(0);
    }
  }, 120_000);

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ NODE_ENV: 'production' }, 'AUTH_SECRET'],
    [{ DATABASE_URL: 'mysql://nope' }, 'DATABASE_URL'],
  ])('refuses to start with %p and names %s', async (env, variable) => {
    const child = spawn(process.execPath, [main], {
      env: {
        PATH: process.env.PATH ?? '',
        DATA_DIR: mkdtempSync(join(tmpdir(), 'open-spaces-config-')),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain(variable);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
