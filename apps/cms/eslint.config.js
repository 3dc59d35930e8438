import next from '@kat/config/eslint/next'

export default [...next, { ignores: ['src/migrations/**', 'src/app/(payload)/admin/importMap.js'] }]
