import { existsSync } from 'node:fs'

/**
 * The Chromium the end-to-end tests and the benchmark's Lighthouse runs drive: PLAYWRIGHT_CHROMIUM_EXECUTABLE,
 * else Debian's /usr/bin/chromium, else (undefined) Playwright's own browser.
 */
export const chromiumExecutable = (): string | undefined =>
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

/** Flags for a sandboxed CI machine without a GPU or internet. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]
