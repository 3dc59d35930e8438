import base from '@kat/config/eslint'

// Root files only (scripts, end-to-end tests, tool configs); each package lints itself.
export default [...base, { ignores: ['apps/**', 'packages/**'] }]
