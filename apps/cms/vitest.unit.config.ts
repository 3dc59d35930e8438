import { defineConfig } from 'vitest/config'

/** Unit tests: pure modules next to their source, no database (the integration tests are in tests/). */
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: { environment: 'node', include: ['src/**/*.test.ts'] },
})
