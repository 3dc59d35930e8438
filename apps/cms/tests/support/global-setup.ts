import { execFileSync } from 'node:child_process'
import { startThrowawayPostgres } from '@kat/local-postgres'

/** A private PostgreSQL for this run, migrated with the committed migrations, removed afterwards. */
export default async function setup(): Promise<() => Promise<void>> {
  const cluster = await startThrowawayPostgres('int')
  process.env.DATABASE_URL = cluster.url
  process.env.PAYLOAD_SECRET = 'integration-test-secret'
  // Hooks must not call a real portal during tests unless a test starts one.
  process.env.WEB_URL = ''
  try {
    execFileSync('pnpm', ['exec', 'payload', 'migrate'], {
      stdio: 'inherit',
      env: { ...process.env, NODE_OPTIONS: '--no-deprecation' },
    })
  } catch (error) {
    await cluster.stop()
    throw error
  }
  return () => cluster.stop()
}
