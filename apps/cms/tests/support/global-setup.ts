import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startThrowawayPostgres } from '@kat/local-postgres'
import pg from 'pg'
import { runTask } from '../../scripts/run-task'

/** A private PostgreSQL for this run, migrated with the committed migrations, removed afterwards. */
export default async function setup(): Promise<() => Promise<void>> {
  const cluster = await startThrowawayPostgres('int')
  process.env.DATABASE_URL = cluster.url
  process.env.PAYLOAD_SECRET = 'integration-test-secret'
  // Hooks must not call a real portal during tests unless a test starts one.
  process.env.WEB_URL = ''
  process.env.WEB_INTERNAL_URL = ''
  // Uploads go to a throwaway folder, never the dev .data/media.
  const mediaDir = mkdtempSync(path.join(os.tmpdir(), 'kat-media-'))
  process.env.MEDIA_DIR = mediaDir
  const cleanUp = async () => {
    rmSync(mediaDir, { recursive: true, force: true })
    await cluster.stop()
  }
  try {
    runTask(['migrate'], { env: process.env, stdio: 'inherit' })
    await assertMigrated(cluster.url)
  } catch (error) {
    await cleanUp()
    throw error
  }
  return cleanUp
}

/** A run on an unmigrated database fails every test with "relation does not exist": say so once, here. */
async function assertMigrated(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ count: string }>("SELECT count(*) FROM information_schema.tables WHERE table_name = 'payload_migrations'")
    if (rows[0]?.count !== '1') throw new Error('The migrate task exited without creating the schema of the test database.')
  } finally {
    await client.end()
  }
}
