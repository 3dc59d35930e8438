import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { findFreePort, startThrowawayPostgres, type ThrowawayPostgres } from '@kat/local-postgres'
import pg from 'pg'
import { appEnv, assertBuilt, clearPortalCacheOnDisk, migrate, seed, startApp, startMailCatcher, type MailCatcher, type RunningProcess, type Runtime } from '@kat/stack'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

type AppName = 'cms' | 'web'

export type TestStack = {
  webUrl: string
  cmsUrl: string
  /** Password of the seeded demo logins. */
  password: string
  revalidateSecret: string
  previewSecret: string
  payloadSecret: string
  database: ThrowawayPostgres
  /** The mail catcher every mail of the CMS goes to: its web UI, REST API under /api. */
  mailUrl: string
  /** Process id of a running app's launcher (pnpm), the root of its process tree, for resource measurements. */
  appPid: (app: AppName) => number | undefined
  startApp: (app: AppName) => Promise<void>
  stopApp: (app: AppName) => Promise<void>
  /** Another portal instance on its own free port, like the first (same build, CMS and environment). */
  startWebInstance: () => Promise<AppInstance>
  /** Another CMS instance on its own free port and the same database (its own crons and job runner); the portal keeps using the first. */
  startCmsInstance: () => Promise<AppInstance>
  /** Stops both apps and the mail catcher and deletes the database and the mails; safe to call twice. */
  stop: () => Promise<void>
}

export type AppInstance = { url: string; port: number; start: () => Promise<void>; stop: () => Promise<void> }

/**
 * Production builds of both apps on free ports, over a private migrated and seeded PostgreSQL, with a
 * mail catcher of their own, for the end-to-end and resilience suites. Everything is stopped when a step
 * fails.
 */
type TestStackOptions = {
  quiet?: boolean
  /** PostgreSQL server settings (`-c name=value`). */
  postgresSettings?: Record<string, string>
  /** Runs on the migrated and seeded database before the apps start, e.g. to add benchmark data. */
  beforeApps?: (databaseUrl: string) => Promise<void>
  /** More environment for both apps, e.g. `REDIS_URL` for the portal's shared cache. */
  env?: Record<string, string>
}

export async function startTestStack(label: string, options: TestStackOptions = {}): Promise<TestStack> {
  assertBuilt(rootDir)
  const database = await startThrowawayPostgres(label, options.postgresSettings)
  const mailDir = mkdtempSync(path.join(os.tmpdir(), `kat-${label}-mail-`))
  let mail: MailCatcher | undefined
  const running: Partial<Record<AppName, RunningProcess>> = {}
  const instances = new Set<AppInstance>()
  const stopApp = async (app: AppName) => {
    await running[app]?.stop()
    delete running[app]
  }
  const stop = async () => {
    await Promise.all([stopApp('web'), stopApp('cms'), ...[...instances].map((instance) => instance.stop())])
    await mail?.stop()
    mail = undefined
    rmSync(mailDir, { recursive: true, force: true })
    await database.stop()
  }
  try {
    const cms = await findFreePort(24000 + Math.floor(Math.random() * 1000))
    const web = await findFreePort(cms + 1)
    mail = await startMailCatcher({ mailDir, smtpPort: web + 1, webPort: web + 2 })
    const secret = () => randomBytes(24).toString('base64url')
    const secrets = { PAYLOAD_SECRET: secret(), REVALIDATE_SECRET: secret(), PREVIEW_SECRET: secret() }
    const env = appEnv({ env: {}, mode: 'local', databaseUrl: database.url, secrets, ports: { web, cms }, mail })
    const runtime: Runtime = {
      mode: 'local',
      rootDir,
      ports: { web, cms },
      env: { ...process.env, ...env, ...options.env, NODE_ENV: 'production' },
      demoPassword: secret(),
      stopDatabase: database.stop,
    }
    await migrate(runtime)
    await seed(runtime, { ifEmpty: false })
    await assertSeeded(database.url)
    await options.beforeApps?.(database.url)
    // A fresh database wants a fresh portal cache: Next keeps rendered pages (by path) and CMS reads on
    // disk across starts, and would serve an earlier stack's pages as current until a notice expired them.
    clearPortalCacheOnDisk(rootDir)
    const start = async (app: AppName) => {
      if (!running[app]) running[app] = await startApp(runtime, app, 'start', { quiet: options.quiet ?? !process.env.E2E_VERBOSE })
    }
    await start('cms')
    await start('web')
    const quiet = options.quiet ?? !process.env.E2E_VERBOSE
    const startInstance = async (app: AppName): Promise<AppInstance> => {
      const port = await findFreePort(web + 10 + instances.size)
      const ports = app === 'web' ? { web: port, cms } : { web, cms: port }
      const instanceRuntime: Runtime = { ...runtime, ports, env: { ...runtime.env, [app === 'web' ? 'WEB_PORT' : 'CMS_PORT']: String(port) } }
      let child: RunningProcess | undefined
      const instance: AppInstance = {
        url: `http://localhost:${port}`,
        port,
        start: async () => {
          child ??= await startApp(instanceRuntime, app, 'start', { quiet })
        },
        stop: async () => {
          await child?.stop()
          child = undefined
        },
      }
      instances.add(instance)
      await instance.start()
      return instance
    }
    return {
      webUrl: env.WEB_URL ?? `http://localhost:${web}`,
      cmsUrl: env.CMS_URL ?? `http://localhost:${cms}`,
      password: runtime.demoPassword!,
      revalidateSecret: secrets.REVALIDATE_SECRET,
      previewSecret: secrets.PREVIEW_SECRET,
      payloadSecret: secrets.PAYLOAD_SECRET,
      database,
      mailUrl: mail.webUrl,
      appPid: (app) => running[app]?.child.pid,
      startApp: start,
      stopApp,
      startWebInstance: () => startInstance('web'),
      startCmsInstance: () => startInstance('cms'),
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
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
      throw new Error(`The test seed did not complete: ${JSON.stringify(row)} in ${url.replace(/:[^:@/]+@/, ':***@')}`)
    }
  } finally {
    await client.end()
  }
}
