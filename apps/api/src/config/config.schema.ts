import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');
const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().min(1);
const csv = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.url()));

/**
 * Every environment variable the API reads. `docs/configuration.md` lists the same
 * variables; keep the two in step.
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('localhost'),
  PORT: port.default(3000),
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default('./.data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection URL')
    .optional(),
  DATABASE_POOL_SIZE: positiveInt.max(200).default(10),
  EMBEDDED_POSTGRES_PORT: port.optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// URL')
    .optional(),
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_-]{1,64}$/, 'must be 1-64 letters, digits, ":", "_" or "-"')
    .default('open-spaces'),
  LIVE_SESSION_CHECK_MS: positiveInt.min(100).max(60_000).default(2_000),
  SEED_DEMO_DATA: bool.optional(),
  WEB_DIST_DIR: z.string().optional(),
  CORS_ORIGINS: csv.optional(),
  TRUST_PROXY: bool.default(false),
  BODY_LIMIT_BYTES: positiveInt.default(1_048_576),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: bool.optional(),
  API_DOCS_ENABLED: bool.optional(),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ACCESS_TOKEN_TTL_SECONDS: positiveInt.max(3600).default(900),
  REFRESH_TOKEN_TTL_DAYS: positiveInt.max(365).default(30),
  REFRESH_REUSE_GRACE_SECONDS: z.coerce.number().int().min(0).max(60).default(10),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Open Spaces <no-reply@localhost>'),
  JOBS_WORKER: bool.default(true),
  NOTIFICATION_MAIL_GRACE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(600),
  JOBS_CONCURRENCY: positiveInt.max(50).default(2),
  LOGIN_LIMIT_PER_IP: positiveInt.default(30),
  LOGIN_LIMIT_PER_ACCOUNT: positiveInt.default(10),
  LOGIN_LIMIT_WINDOW_SECONDS: positiveInt.default(900),
  RESET_LIMIT_PER_IP: positiveInt.default(10),
  RESET_LIMIT_PER_ACCOUNT: positiveInt.default(3),
  RESET_LIMIT_WINDOW_SECONDS: positiveInt.default(3600),
  REGISTER_LIMIT_PER_IP: positiveInt.default(50),
  REGISTER_LIMIT_WINDOW_SECONDS: positiveInt.default(3600),
  REGISTER_MAIL_LIMIT_PER_ADDRESS: positiveInt.default(3),
  REGISTER_MAIL_LIMIT_WINDOW_SECONDS: positiveInt.default(3600),
  VERIFY_RESEND_LIMIT_PER_IP: positiveInt.default(10),
  VERIFY_RESEND_LIMIT_PER_ACCOUNT: positiveInt.default(3),
  VERIFY_RESEND_LIMIT_WINDOW_SECONDS: positiveInt.default(3600),
  INVITE_LIMIT_PER_HOUR: positiveInt.default(50),
  CONTACT_REQUEST_LIMIT_PER_DAY: positiveInt.default(20),
  PETITION_SIGN_LIMIT_PER_IP: positiveInt.default(20),
  PETITION_SIGN_LIMIT_WINDOW_SECONDS: positiveInt.default(3600),
});
export type Env = z.infer<typeof envSchema>;
