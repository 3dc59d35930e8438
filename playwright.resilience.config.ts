import { defineConfig } from '@playwright/test'

import e2e from './playwright.config'

/**
 * `pnpm test:resilience`: faults (CMS and PostgreSQL stopped under load), concurrent reads with
 * publishing. Each file starts its own stack, because the tests stop and restart its parts.
 */
export default defineConfig({
  ...e2e,
  testDir: 'tests/resilience',
  testMatch: '**/*.resilience.ts',
  globalSetup: undefined,
  timeout: 300_000,
})
