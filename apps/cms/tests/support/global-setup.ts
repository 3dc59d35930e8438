import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startThrowawayPostgres } from '@kat/local-postgres'
import { startMailCatcher } from '@kat/stack/mail-catcher'
import pg from 'pg'
import { runPayload } from '../../scripts/run-payload'

/**
 * A private PostgreSQL for this run, migrated with the committed migrations, and a mail catcher that
 * receives every mail the CMS sends (read it with `testMailbox()`); both removed afterwards.
 */
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
  const mailDir = mkdtempSync(path.join(os.tmpdir(), 'kat-int-mail-'))
  let stopMail = async () => {}
  const cleanUp = async () => {
    await stopMail()
    rmSync(mediaDir, { recursive: true, force: true })
    rmSync(mailDir, { recursive: true, force: true })
    await cluster.stop()
  }
  try {
    const port = 25000 + Math.floor(Math.random() * 1000)
    const mail = await startMailCatcher({ mailDir, smtpPort: port, webPort: port + 1000 })
    stopMail = mail.stop
    process.env.SMTP_URL = mail.smtpUrl
    process.env.EMAIL_FROM = mail.from
    process.env.MAIL_CATCHER_URL = mail.webUrl
    runPayload(['migrate'], { env: process.env, stdio: 'inherit' })
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
