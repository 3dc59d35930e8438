import { existsSync } from 'node:fs'
import path from 'node:path'
import { startLocalPostgres } from '@kat/local-postgres'

import { appEnv, assertMailSettings, assertSecrets, detectMode, portsFromEnv, REQUIRED_SECRETS, type Env, type Mode, type Ports, type SecretName } from './env'
import { loadLocalSecrets } from './local-secrets'
import { startMailCatcher, type MailCatcher } from './mail-catcher'
import { runToCompletion, startProcess, waitForUrl, type RunningProcess } from './processes'

export type Runtime = {
  mode: Mode
  rootDir: string
  ports: Ports
  /** Environment for the apps and CMS commands. */
  env: NodeJS.ProcessEnv
  /** Password of the demo logins, when they may be seeded. */
  demoPassword?: string
  /** The local mail catcher, when this runtime started one (stop it with the database). */
  mailCatcher?: MailCatcher
  stopDatabase: () => Promise<void>
}

export type RuntimeOptions = {
  /**
   * The apps will run and send mail: deployment mode then requires SMTP_URL and EMAIL_FROM, local mode
   * starts a mail catcher (SMTP on 1025 or the next free port, its web UI on 1080 or the next free) that
   * keeps the mails in .data/mail.
   */
  mail?: boolean
}

/**
 * Decides the mode, provides secrets and a database: in local mode a PostgreSQL from .data/postgres
 * (joined if a `pnpm dev` already runs it) and secrets from .data/secrets.json; in deployment mode
 * DATABASE_URL and secrets from the environment, refusing to go on without them.
 */
export async function prepareRuntime(rootDir: string, env: Env = process.env, options: RuntimeOptions = {}): Promise<Runtime> {
  const mode = detectMode(env)
  const ports = portsFromEnv(env)
  if (mode === 'deployment') {
    assertSecrets(env)
    if (options.mail) assertMailSettings(env)
    const secrets = Object.fromEntries(REQUIRED_SECRETS.map((name) => [name, env[name]!])) as Record<SecretName, string>
    return {
      mode,
      rootDir,
      ports,
      env: { ...process.env, ...appEnv({ env, mode, databaseUrl: env.DATABASE_URL!, secrets, ports }) },
      demoPassword: env.SEED_PASSWORD || undefined,
      stopDatabase: async () => {},
    }
  }

  const dataDir = path.join(rootDir, '.data')
  const secrets = await loadLocalSecrets(dataDir, env)
  const postgresLog: string[] = []
  const database = await startLocalPostgres({
    dataDir: path.join(dataDir, 'postgres'),
    database: 'kat',
    password: secrets.POSTGRES_PASSWORD,
    log: (line) => postgresLog.push(line),
  }).catch((error: unknown) => {
    console.error(postgresLog.slice(-30).join('\n'))
    throw error
  })
  console.log(
    database.owned
      ? `PostgreSQL ${'(embedded)'} started from .data/postgres on port ${database.port}.`
      : `Using the PostgreSQL already running from .data/postgres on port ${database.port}.`,
  )
  const mailCatcher = options.mail
    ? await startMailCatcher({ mailDir: path.join(dataDir, 'mail') }).catch(async (error: unknown) => {
        await database.stop()
        throw error
      })
    : undefined
  const { POSTGRES_PASSWORD: _pg, DEMO_PASSWORD, ...appSecrets } = secrets
  return {
    mode,
    rootDir,
    ports,
    env: { ...process.env, ...appEnv({ env, mode, databaseUrl: database.url, secrets: appSecrets, ports, mail: mailCatcher }) },
    demoPassword: env.SEED_PASSWORD || DEMO_PASSWORD,
    mailCatcher,
    stopDatabase: database.stop,
  }
}

type TaskOptions = { extraEnv?: NodeJS.ProcessEnv; stdoutToStderr?: boolean }

// Runs a task of the CMS package (`pnpm --dir apps/cms run …`), showing what it runs.
const pnpm = (runtime: Runtime, label: string, args: string[], { extraEnv = {}, stdoutToStderr = false }: TaskOptions = {}) =>
  runToCompletion(label, 'pnpm', ['--silent', '--dir', path.join(runtime.rootDir, 'apps/cms'), ...args], {
    cwd: runtime.rootDir,
    env: { ...runtime.env, ...extraEnv },
    stdoutToStderr,
  })

/** Applies the pending migrations. */
export const migrate = (runtime: Runtime, options: { stdoutToStderr?: boolean } = {}) =>
  pnpm(runtime, 'Migrations', ['run', 'migrate'], { stdoutToStderr: options.stdoutToStderr })

/** `pnpm import:posts`: the CMS's import task on the stack's database; the report is on stdout. Idempotent: posts are keyed by source. */
export const importPosts = (runtime: Runtime, args: string[]) =>
  pnpm(runtime, 'Import', ['exec', 'tsx', 'scripts/task.ts', 'import-posts', ...args])

/**
 * Seeds demo content and, when a password is known, the demo logins. `ifEmpty` seeds only a database
 * with no users yet (the automatic seed of local mode).
 */
export const seed = (runtime: Runtime, options: { ifEmpty: boolean }) =>
  pnpm(runtime, 'Seed', ['run', 'seed'], {
    extraEnv: { SEED_IF_EMPTY: options.ifEmpty ? '1' : '', SEED_PASSWORD: runtime.demoPassword ?? '' },
  })

export function assertBuilt(rootDir: string): void {
  const missing = ['apps/cms', 'apps/web'].filter((app) => !existsSync(path.join(rootDir, app, '.next', 'BUILD_ID')))
  if (missing.length) {
    throw new Error(`No production build in ${missing.join(' and ')}. Run \`pnpm build\` first, then \`pnpm start\`.`)
  }
}

type AppName = 'cms' | 'web'

const READY_PATH: Record<AppName, string> = { cms: '/api/users/me', web: '/' }

/** Starts one app (`next dev` or `next start`) and waits until it answers. */
export async function startApp(
  runtime: Runtime,
  app: AppName,
  script: 'dev' | 'start',
  options: { quiet?: boolean; timeoutMs?: number } = {},
): Promise<RunningProcess> {
  const running = startProcess(app, 'pnpm', ['--silent', '--filter', `@kat/${app}`, 'run', script], {
    cwd: runtime.rootDir,
    env: runtime.env,
    quiet: options.quiet,
  })
  try {
    // Asking for a page also compiles it in dev, so the first visit is quick.
    await waitForUrl(`http://localhost:${runtime.ports[app]}${READY_PATH[app]}`, {
      timeoutMs: options.timeoutMs ?? (script === 'dev' ? 300_000 : 120_000),
      process: running,
    })
  } catch (error) {
    await running.stop()
    throw error
  }
  return running
}

/** Starts both apps, the CMS first (the portal's first page reads from it). */
export async function startApps(
  runtime: Runtime,
  script: 'dev' | 'start',
  options: { quiet?: boolean; timeoutMs?: number } = {},
): Promise<RunningProcess[]> {
  const cms = await startApp(runtime, 'cms', script, options)
  try {
    return [cms, await startApp(runtime, 'web', script, options)]
  } catch (error) {
    await cms.stop()
    throw error
  }
}
