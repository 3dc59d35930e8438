import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { findFreePort, startThrowawayPostgres } from '@kat/local-postgres'
import pg from 'pg'
import { appEnv, assertBuilt, migrate, seed, startApps, type RunningProcess, type Runtime } from '@kat/stack'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/**
 * Production builds of both apps on free ports, over a private migrated and seeded PostgreSQL.
 * Everything is stopped at the end, also when a step fails.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  assertBuilt(rootDir)
  const database = await startThrowawayPostgres('e2e')
  let apps: RunningProcess[] = []
  const teardown = async () => {
    await Promise.all(apps.map((app) => app.stop()))
    await database.stop()
  }
  try {
    const cms = await findFreePort(24000 + Math.floor(Math.random() * 1000))
    const web = await findFreePort(cms + 1)
    const secret = () => randomBytes(24).toString('base64url')
    const demoPassword = secret()
    const env = appEnv({
      env: {},
      mode: 'local',
      databaseUrl: database.url,
      secrets: { PAYLOAD_SECRET: secret(), REVALIDATE_SECRET: secret(), PREVIEW_SECRET: secret() },
      ports: { web, cms },
    })
    const runtime: Runtime = {
      mode: 'local',
      rootDir,
      ports: { web, cms },
      env: { ...process.env, ...env, NODE_ENV: 'production' },
      demoPassword,
      stopDatabase: database.stop,
    }
    await migrate(runtime)
    await seed(runtime, { ifEmpty: false })
    await assertSeeded(database.url)
    apps = await startApps(runtime, 'start', { quiet: !process.env.E2E_VERBOSE })

    process.env.E2E_WEB_URL = env.WEB_URL
    process.env.E2E_CMS_URL = env.CMS_URL
    process.env.E2E_PASSWORD = demoPassword
    process.env.E2E_REVALIDATE_SECRET = env.REVALIDATE_SECRET
    process.env.E2E_PREVIEW_SECRET = env.PREVIEW_SECRET
  } catch (error) {
    await teardown()
    throw error
  }
  return teardown
}

/** Fails loudly, with counts, when the seed left the test database without its demo content. */
async function assertSeeded(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const counts = await client.query<{ users: string; conditions: string; articles: string }>(
      'SELECT (SELECT count(*) FROM users) AS users, (SELECT count(*) FROM conditions) AS conditions, (SELECT count(*) FROM articles) AS articles',
    )
    const row = counts.rows[0]!
    if (Number(row.users) < 3 || Number(row.conditions) < 10 || Number(row.articles) < 8) {
      throw new Error(`The e2e seed did not complete: ${JSON.stringify(row)} in ${url.replace(/:[^:@/]+@/, ':***@')}`)
    }
  } finally {
    await client.end()
  }
}
