import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { MODERATOR_EMAIL } from './e2e/moderator';

// E2E_PORT lets several checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 3107);
const baseURL = `http://localhost:${port}`;

// Each run starts the built product on a fresh data folder, so specs never see old accounts.
const env: Record<string, string> = {
  PORT: String(port),
  DATA_DIR: join(tmpdir(), `open-spaces-e2e-${Date.now()}`),
  SEED_DEMO_DATA: 'false',
  NODE_ENV: 'test',
  // Every spec signs people up and in from this one address, more of them in a run than
  // the per-address limits meant for the public internet allow in an hour.
  REGISTER_LIMIT_PER_IP: '1000',
  LOGIN_LIMIT_PER_IP: '1000',
};
if (process.env.E2E_DATABASE_URL) env.DATABASE_URL = process.env.E2E_DATABASE_URL;

export default defineConfig({
  testDir: './e2e',
  workers: 1,
  retries: 0,
  reporter: [['list'], ['./e2e/summary-reporter.ts']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    // The moderator of the moderation specs is made with the admin CLI, as in production,
    // before the server takes the fresh data folder; specs set its password by mail.
    command: `node ../api/dist/modules/accounts/cli/admin-create.js ${MODERATOR_EMAIL} && node ../api/dist/main.js`,
    url: `${baseURL}/api/health/ready`,
    timeout: 120_000,
    reuseExistingServer: false,
    env,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
