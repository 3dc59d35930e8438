import { defineConfig } from 'vitest/config'

// Pure modules of the CMS, without a database (the integration tests have their own config).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
})
