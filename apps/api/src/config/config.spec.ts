import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';

const SECRET = 'a-long-enough-secret-for-the-tests-0123456789';
const freshDir = () => mkdtempSync(join(tmpdir(), 'open-spaces-config-'));

function configError(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected loadConfig to refuse the environment');
}

describe('loadConfig', () => {
  it('starts with sensible defaults for a local install', () => {
    const dataDir = freshDir();
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config).toMatchObject({
      env: 'development',
      isProduction: false,
      host: 'localhost',
      port: 3000,
      publicUrl: 'http://localhost:3000',
      dataDir,
      database: { url: undefined, poolSize: 10, embeddedPort: undefined },
      seedDemoData: true,
      corsOrigins: ['http://localhost:3000'],
      trustProxy: false,
      bodyLimitBytes: 1_048_576,
      apiDocsEnabled: true,
      auth: { accessTokenTtlSeconds: 900, refreshTokenTtlDays: 30 },
      jobs: { worker: true, concurrency: 2 },
      rateLimits: {
        loginPerIp: 30,
        loginPerAccount: 10,
        loginWindowSeconds: 900,
        resetPerIp: 10,
        resetPerAccount: 3,
        resetWindowSeconds: 3600,
        registerPerIp: 50,
        registerWindowSeconds: 3600,
        registerMailPerAddress: 3,
        registerMailWindowSeconds: 3600,
        verifyResendPerIp: 10,
        verifyResendPerAccount: 3,
        verifyResendWindowSeconds: 3600,
      },
    });
    expect(config.log).toEqual({ level: 'info', pretty: true });
  });

  it('reads numbers, booleans and lists from their text', () => {
    const config = loadConfig({
      DATA_DIR: freshDir(),
      PORT: '8080',
      TRUST_PROXY: 'yes',
      SEED_DEMO_DATA: '0',
      BODY_LIMIT_BYTES: '2048',
      PUBLIC_URL: 'https://spaces.example.org/',
      CORS_ORIGINS: 'https://a.example/app, https://b.example ,',
    });
    expect(config.port).toBe(8080);
    expect(config.trustProxy).toBe(true);
    expect(config.seedDemoData).toBe(false);
    expect(config.bodyLimitBytes).toBe(2048);
    expect(config.publicUrl).toBe('https://spaces.example.org');
    expect(config.corsOrigins).toEqual([
      'https://spaces.example.org',
      'https://a.example',
      'https://b.example',
    ]);
  });

  it.each([
    ['PORT', '70000'],
    ['PORT', 'eighty'],
    ['DATABASE_URL', 'mysql://localhost/db'],
    ['REDIS_URL', 'http://localhost:6379'],
    ['TRUST_PROXY', 'maybe'],
    ['LOG_LEVEL', 'loud'],
    ['AUTH_SECRET', 'too-short'],
    ['ACCESS_TOKEN_TTL_SECONDS', '7200'],
    ['LOGIN_LIMIT_PER_IP', '0'],
    ['CORS_ORIGINS', 'not a url'],
    ['NODE_ENV', 'staging'],
    ['SMTP_URL', 'mail.example.org'],
    ['JOBS_WORKER', 'sometimes'],
    ['JOBS_CONCURRENCY', '0'],
  ])('refuses %s=%j with a message naming the variable', (name, value) => {
    expect(configError({ DATA_DIR: freshDir(), [name]: value })).toMatch(
      new RegExp(`^\\s+${name}(\\.\\d+)?: `, 'm'),
    );
  });

  it('names every wrong variable at once', () => {
    const message = configError({ DATA_DIR: freshDir(), PORT: '0', LOG_LEVEL: 'loud' });
    expect(message).toContain('PORT:');
    expect(message).toContain('LOG_LEVEL:');
  });

  it('refuses to start in production without AUTH_SECRET and writes no secret', () => {
    const dataDir = freshDir();
    expect(configError({ NODE_ENV: 'production', DATA_DIR: dataDir })).toMatch(
      /AUTH_SECRET: required when NODE_ENV=production/,
    );
    expect(existsSync(join(dataDir, 'secrets.json'))).toBe(false);
  });

  it('takes AUTH_SECRET in production and turns off the development conveniences', () => {
    const config = loadConfig({ NODE_ENV: 'production', DATA_DIR: freshDir(), AUTH_SECRET: SECRET });
    expect(config.auth.secret).toBe(SECRET);
    expect(config.isProduction).toBe(true);
    expect(config.apiDocsEnabled).toBe(false);
    expect(config.log.pretty).toBe(false);
    expect(config.seedDemoData).toBe(false);
  });

  it('seeds demo data outside production, and in production only when asked', () => {
    expect(loadConfig({ DATA_DIR: freshDir() }).seedDemoData).toBe(true);
    expect(
      loadConfig({
        NODE_ENV: 'production',
        DATA_DIR: freshDir(),
        AUTH_SECRET: SECRET,
        SEED_DEMO_DATA: 'true',
      }).seedDemoData,
    ).toBe(true);
  });

  it('generates a secret in DATA_DIR on the first start and reuses it afterwards', () => {
    const dataDir = join(freshDir(), 'nested', 'data');
    const first = loadConfig({ DATA_DIR: dataDir });
    const file = join(dataDir, 'secrets.json');
    expect(first.auth.secret.length).toBeGreaterThanOrEqual(32);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ authSecret: first.auth.secret });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(loadConfig({ DATA_DIR: dataDir }).auth.secret).toBe(first.auth.secret);
    expect(loadConfig({ DATA_DIR: freshDir() }).auth.secret).not.toBe(first.auth.secret);
  });

  it('prefers AUTH_SECRET over a stored secret', () => {
    const dataDir = freshDir();
    loadConfig({ DATA_DIR: dataDir });
    expect(loadConfig({ DATA_DIR: dataDir, AUTH_SECRET: SECRET }).auth.secret).toBe(SECRET);
  });
});
