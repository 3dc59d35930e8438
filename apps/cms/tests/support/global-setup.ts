import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startThrowawayPostgres } from '@kat/local-postgres'

/** A private PostgreSQL for this run, migrated with the committed migrations, removed afterwards. */
export default async function setup(): Promise<() => Promise<void>> {
  const cluster = await startThrowawayPostgres('int')
  process.env.DATABASE_URL = cluster.url
  process.env.PAYLOAD_SECRET = 'integration-test-secret'
  // Hooks must not call a real portal during tests unless a test starts one.
  process.env.WEB_URL = ''
  // Uploads go to a throwaway folder, never the dev .data/media.
  const mediaDir = mkdtempSync(path.join(os.tmpdir(), 'kat-media-'))
  process.env.MEDIA_DIR = mediaDir
  const cleanUp = async () => {
    rmSync(mediaDir, { recursive: true, force: true })
    await cluster.stop()
  }
  try {
    execFileSync('pnpm', ['exec', 'payload', 'migrate'], {
      stdio: 'inherit',
      env: { ...process.env, NODE_OPTIONS: '--no-deprecation' },
    })
  } catch (error) {
    await cleanUp()
    throw error
  }
  return cleanUp
}
