import base from '@kat/config/eslint'

// Root files only (scripts, end-to-end tests, tool configs); each package lints itself. Playwright's
// reports (written when a test fails) are not ours either.
export default [...base, { ignores: ['apps/**', 'packages/**', 'playwright-report/**', 'test-results/**'] }]
