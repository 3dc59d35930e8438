/**
 * Runs a command against a throwaway PostgreSQL, e.g. to create a migration without touching the
 * dev database: `pnpm with-db payload migrate:create add-articles`.
 */
import { spawnSync } from 'node:child_process'
import { startThrowawayPostgres } from '@kat/local-postgres'

const [command, ...args] = process.argv.slice(2)
if (!command) {
  console.error('Usage: tsx scripts/with-throwaway-db.ts <command> [args...]')
  process.exit(2)
}
const cluster = await startThrowawayPostgres('cli')
let status = 1
try {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: cluster.url, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'throwaway' },
  })
  status = result.status ?? 1
} finally {
  await cluster.stop()
}
process.exit(status)
