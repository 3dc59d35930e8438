import { defineConfig, devices } from '@playwright/test'

import { CHROMIUM_ARGS, chromiumExecutable } from './tests/support/chromium'

/**
 * End-to-end tests drive a real Chromium against the production builds (`pnpm build` first), started by
 * the global setup on a throwaway PostgreSQL. Debian's /usr/bin/chromium is used when present,
 * PLAYWRIGHT_CHROMIUM_EXECUTABLE overrides it, and otherwise Playwright's own browser is used.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  globalSetup: './tests/e2e/support/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    ...devices['Desktop Chrome'],
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: CHROMIUM_ARGS,
    },
  },
})
