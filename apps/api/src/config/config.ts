import { isAbsolute, resolve } from 'node:path';
import { envSchema } from './config.schema';
import { readOrCreateSecret } from './data-folder';

/** The one typed configuration object, read and validated once at boot. */
export interface AppConfig {
  env: 'development' | 'production' | 'test';
  isProduction: boolean;
  host: string;
  port: number;
  publicUrl: string;
  dataDir: string;
  database: { url: string | undefined; poolSize: number; embeddedPort: number | undefined };
  redisUrl: string | undefined;
  /** Prefix of every Redis key and channel, so several installs can share one Redis. */
  redisPrefix: string;
  /** How often live connections are checked against their sessions (sign-out, revoke, suspension). */
  liveSessionCheckMs: number;
  seedDemoData: boolean;
  webDistDir: string;
  corsOrigins: string[];
  trustProxy: boolean;
  bodyLimitBytes: number;
  log: { level: string; pretty: boolean };
  apiDocsEnabled: boolean;
  auth: {
    secret: string;
    accessTokenTtlSeconds: number;
    refreshTokenTtlDays: number;
    /** How long a just-rotated refresh token may still be presented (tabs refreshing together). */
    refreshReuseGraceSeconds: number;
  };
  mail: { smtpUrl: string | undefined; from: string };
  /** Background jobs: whether this process runs them, and how many of one kind at once. */
  jobs: { worker: boolean; concurrency: number };
  /**
   * How long a notification's mail waits when its person had the app open as it arrived:
   * read by then, it is not mailed.
   */
  notificationMailGraceSeconds: number;
  rateLimits: {
    loginPerIp: number;
    loginPerAccount: number;
    loginWindowSeconds: number;
    resetPerIp: number;
    resetPerAccount: number;
    resetWindowSeconds: number;
    registerPerIp: number;
    registerWindowSeconds: number;
    /** Mails sign-up attempts may send to one address per window; beyond that they send none. */
    registerMailPerAddress: number;
    registerMailWindowSeconds: number;
    verifyResendPerIp: number;
    verifyResendPerAccount: number;
    verifyResendWindowSeconds: number;
    invitesPerHour: number;
    /** Contact requests one person may send per day. */
    contactRequestsPerDay: number;
    petitionSignPerIp: number;
    petitionSignWindowSeconds: number;
  };
}

export class ConfigError extends Error {}

/** Reads the environment once; a wrong value stops the start with a message naming the variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const isProduction = env.NODE_ENV === 'production';
  const dataDir = isAbsolute(env.DATA_DIR) ? env.DATA_DIR : resolve(process.cwd(), env.DATA_DIR);
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '');
  // Outside production the signing secret is generated on the first start and kept in
  // the data folder, so sessions survive a restart without any setup.
  const secret = env.AUTH_SECRET ?? (isProduction ? undefined : readOrCreateSecret(dataDir, 'authSecret'));
  if (!secret) {
    throw new ConfigError(
      'Invalid configuration:\n  AUTH_SECRET: required when NODE_ENV=production (at least 32 characters)',
    );
  }
  return {
    env: env.NODE_ENV,
    isProduction,
    host: env.HOST,
    port: env.PORT,
    publicUrl,
    dataDir,
    database: {
      url: env.DATABASE_URL,
      poolSize: env.DATABASE_POOL_SIZE,
      embeddedPort: env.EMBEDDED_POSTGRES_PORT,
    },
    redisUrl: env.REDIS_URL,
    redisPrefix: env.REDIS_PREFIX,
    liveSessionCheckMs: env.LIVE_SESSION_CHECK_MS,
    // Demo accounts have a published password: never seeded in production unless asked.
    seedDemoData: env.SEED_DEMO_DATA ?? !isProduction,
    webDistDir: env.WEB_DIST_DIR ?? resolve(__dirname, '../../../web/dist'),
    corsOrigins: [...new Set([new URL(publicUrl).origin, ...(env.CORS_ORIGINS ?? []).map(toOrigin)])],
    trustProxy: env.TRUST_PROXY,
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    log: { level: env.LOG_LEVEL, pretty: env.LOG_PRETTY ?? env.NODE_ENV === 'development' },
    apiDocsEnabled: env.API_DOCS_ENABLED ?? !isProduction,
    auth: {
      secret,
      accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlDays: env.REFRESH_TOKEN_TTL_DAYS,
      refreshReuseGraceSeconds: env.REFRESH_REUSE_GRACE_SECONDS,
    },
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM },
    jobs: { worker: env.JOBS_WORKER, concurrency: env.JOBS_CONCURRENCY },
    notificationMailGraceSeconds: env.NOTIFICATION_MAIL_GRACE_SECONDS,
    rateLimits: {
      loginPerIp: env.LOGIN_LIMIT_PER_IP,
      loginPerAccount: env.LOGIN_LIMIT_PER_ACCOUNT,
      loginWindowSeconds: env.LOGIN_LIMIT_WINDOW_SECONDS,
      resetPerIp: env.RESET_LIMIT_PER_IP,
      resetPerAccount: env.RESET_LIMIT_PER_ACCOUNT,
      resetWindowSeconds: env.RESET_LIMIT_WINDOW_SECONDS,
      registerPerIp: env.REGISTER_LIMIT_PER_IP,
      registerWindowSeconds: env.REGISTER_LIMIT_WINDOW_SECONDS,
      registerMailPerAddress: env.REGISTER_MAIL_LIMIT_PER_ADDRESS,
      registerMailWindowSeconds: env.REGISTER_MAIL_LIMIT_WINDOW_SECONDS,
      verifyResendPerIp: env.VERIFY_RESEND_LIMIT_PER_IP,
      verifyResendPerAccount: env.VERIFY_RESEND_LIMIT_PER_ACCOUNT,
      verifyResendWindowSeconds: env.VERIFY_RESEND_LIMIT_WINDOW_SECONDS,
      invitesPerHour: env.INVITE_LIMIT_PER_HOUR,
      contactRequestsPerDay: env.CONTACT_REQUEST_LIMIT_PER_DAY,
      petitionSignPerIp: env.PETITION_SIGN_LIMIT_PER_IP,
      petitionSignWindowSeconds: env.PETITION_SIGN_LIMIT_WINDOW_SECONDS,
    },
  };
}

function toOrigin(url: string): string {
  return new URL(url).origin;
}
