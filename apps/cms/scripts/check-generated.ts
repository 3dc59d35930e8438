/**
 * Fails when committed generated code is stale: the shared types (packages/cms-types), the admin
 * import map, or the migrations (a schema change without a committed migration).
 * Run by `pnpm test`; fix with the command each message names.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { cmsDir, runPayload } from './run-payload'

const typesFile = path.resolve(cmsDir, '../../packages/cms-types/src/payload-types.ts')
const importMapFile = path.join(cmsDir, 'src/app/(payload)/admin/importMap.js')
const migrationsDir = path.join(cmsDir, 'src/migrations')

const env = {
  ...process.env,
  PAYLOAD_SECRET: 'codegen',
  // Code generation never connects; the URL only has to parse.
  DATABASE_URL: process.env.DATABASE_URL || 'postgres://codegen@127.0.0.1:1/codegen',
}
const task = (...args: string[]) => runPayload(args, { env })
const problems: string[] = []

// 1. Types: generate into a temporary file and compare.
const tmp = mkdtempSync(path.join(os.tmpdir(), 'kat-types-'))
try {
  const fresh = path.join(tmp, 'payload-types.ts')
  runPayload(['generate:types'], { env: { ...env, PAYLOAD_TYPES_OUTPUT: fresh } })
  if (!existsSync(fresh)) throw new Error('generate:types exited without writing its file.')
  if (readFileSync(fresh, 'utf8') !== readFileSync(typesFile, 'utf8')) {
    problems.push('packages/cms-types is stale: run `pnpm --filter @kat/cms generate:types` and commit it.')
  }
} finally {
  rmSync(tmp, { recursive: true, force: true })
}

// 2. Import map: regenerate in place, compare, restore.
const committedImportMap = readFileSync(importMapFile, 'utf8')
try {
  task('generate:importmap')
  if (readFileSync(importMapFile, 'utf8') !== committedImportMap) {
    problems.push('The admin import map is stale: run `pnpm --filter @kat/cms generate:importmap` and commit it.')
  }
} finally {
  writeFileSync(importMapFile, committedImportMap)
}

// 3. Migrations: creating one must find nothing to do.
const before = new Set(readdirSync(migrationsDir))
const indexFile = path.join(migrationsDir, 'index.ts')
const committedIndex = readFileSync(indexFile, 'utf8')
try {
  task('migrate:create', 'schema_drift_check', '--skip-empty')
} finally {
  const added = readdirSync(migrationsDir).filter((file) => !before.has(file))
  for (const file of added) rmSync(path.join(migrationsDir, file))
  writeFileSync(indexFile, committedIndex)
  if (added.length) {
    problems.push('The schema changed without a migration: run `pnpm --filter @kat/cms migrate:create <name>` and commit it.')
  }
}

if (problems.length) {
  console.error(problems.map((p) => `✗ ${p}`).join('\n'))
  process.exit(1)
}
console.log('✓ Generated types, import map and migrations match the schema.')
