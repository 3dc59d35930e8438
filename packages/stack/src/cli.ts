/**
 * `pnpm dev`, `pnpm start` and `pnpm seed`: database, secrets, migrations, seed and both apps in one
 * command, stopped cleanly with Ctrl-C. `pnpm import:posts` runs the importer on the same database,
 * whether or not the apps are running.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { backupDatabase, readBackup, restoreDatabase } from './backup'
import { DEMO_LOGINS } from './env'
import { clearPortalCacheOnDisk, purgeEveryCdnPage, refreshEveryPortalPage } from './portal-cache'
import type { RunningProcess } from './processes'
import { assertBuilt, importPosts, migrate, prepareRuntime, seed, startApps, type Runtime } from './stack'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const command = process.argv[2]

function banner(runtime: Runtime) {
  const lines = [
    `Portal  http://localhost:${runtime.ports.web}`,
    `Admin   http://localhost:${runtime.ports.cms}/admin`,
  ]
  if (runtime.mailCatcher) lines.push(`Mail    ${runtime.mailCatcher.webUrl}  (every mail the CMS sends, caught here)`)
  if (runtime.mode === 'local' && runtime.demoPassword) {
    lines.push(`Logins  ${DEMO_LOGINS.join(', ')}`, `        password: ${runtime.demoPassword}`)
  }
  lines.push(`Mode    ${runtime.mode === 'local' ? 'local (embedded PostgreSQL in .data/)' : 'deployment (DATABASE_URL)'}`)
  const width = Math.max(...lines.map((line) => line.length)) + 2
  console.log(`\n┌${'─'.repeat(width)}┐\n${lines.map((l) => `│ ${l.padEnd(width - 1)}│`).join('\n')}\n└${'─'.repeat(width)}┘\n`)
}

async function main(): Promise<number> {
  if (command === 'import') return runImport(process.argv.slice(3))
  if (command === 'backup' || command === 'restore') return runBackup(command, process.argv[3])
  if (command !== 'dev' && command !== 'start' && command !== 'seed') {
    console.error('Usage: tsx packages/stack/src/cli.ts dev|start|seed|import')
    return 2
  }
  if (command === 'start') assertBuilt(rootDir)

  const runtime = await prepareRuntime(rootDir, process.env, { mail: command !== 'seed' })
  let apps: RunningProcess[] = []
  let stopping: Promise<void> | undefined
  const shutdown = () =>
    (stopping ??= (async () => {
      await Promise.all(apps.map((app) => app.stop()))
      await runtime.mailCatcher?.stop()
      await runtime.stopDatabase()
    })())

  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      console.log(`\nStopping (${signal})...`)
      void shutdown().then(() => process.exit(0))
    })
  }

  try {
    await migrate(runtime)
    if (command === 'seed') {
      await seed(runtime, { ifEmpty: false })
      return 0
    }
    if (runtime.mode === 'local') await seed(runtime, { ifEmpty: true })

    apps = await startApps(runtime, command)
    banner(runtime)
    const code = await Promise.race(apps.map((app) => app.exited.then((exitCode) => ({ app, exitCode }))))
    if (!stopping) console.error(`${code.app.name} exited (code ${code.exitCode}); stopping the rest.`)
    return stopping ? 0 : 1
  } finally {
    await shutdown()
  }
}

/** `pnpm db:backup [file]` and `pnpm db:restore <file>`, on the embedded database or DATABASE_URL. */
async function runBackup(action: 'backup' | 'restore', given: string | undefined): Promise<number> {
  const cwd = process.env.INIT_CWD ?? process.cwd()
  if (action === 'restore' && !given) {
    console.error('Usage: pnpm db:restore <file>')
    return 2
  }
  const file = path.resolve(cwd, given ?? `kat-backup-${new Date().toISOString().replace(/[:.]/g, '-')}.json.gz`)
  const backup = action === 'restore' ? readBackup(file) : undefined
  const runtime = await prepareRuntime(rootDir)
  try {
    const url = runtime.env.DATABASE_URL!
    if (action === 'backup') {
      const counts = await backupDatabase(url, file)
      console.log(`Backed up ${Object.values(counts).reduce((a, b) => a + b, 0)} rows from ${Object.keys(counts).length} tables to ${file}`)
    } else {
      await migrate(runtime)
      const counts = await restoreDatabase(url, backup!)
      console.log(`Restored ${Object.values(counts).reduce((a, b) => a + b, 0)} rows into ${Object.keys(counts).length} tables from ${file}`)
      // The portal's caches hold pages of the content before: a running portal is told, and a portal
      // started from this clone next finds no pages on disk.
      clearPortalCacheOnDisk(rootDir)
      const portal = await refreshEveryPortalPage(runtime.env)
      console.log(
        portal.told
          ? `The portal (${portal.url}) was told: every page shows the restored content.`
          : `The portal did not answer at ${portal.url ?? 'WEB_INTERNAL_URL or WEB_URL (unset)'}. A portal started from this clone shows the restored content; restart any other instance with an empty cache (or flush its Redis keys). Restart the CMS too, so sessions are those of the backup.`,
      )
      // After the portal, so the CDN fetches the refreshed pages.
      const cdn = await purgeEveryCdnPage(runtime.env)
      if (cdn !== undefined) console.log(cdn ? 'The CDN was asked to drop every page.' : `The CDN purge webhook (${runtime.env.CDN_PURGE_URL}) refused or did not answer: its copies expire at their s-maxage.`)
    }
    return 0
  } finally {
    await runtime.stopDatabase()
  }
}

async function runImport(args: string[]): Promise<number> {
  if (!args.some((arg) => !arg.startsWith('--'))) {
    console.error('Usage: pnpm import:posts <file-or-dir>... [--dry-run] [--json]')
    return 2
  }
  // stdout carries the report only (JSON with --json): everything else goes to stderr.
  console.log = console.error
  // pnpm runs scripts from the workspace root; paths are relative to where the user typed the command.
  const cwd = process.env.INIT_CWD ?? process.cwd()
  const resolved = args.map((arg) => (arg.startsWith('--') ? arg : path.resolve(cwd, arg)))
  const runtime = await prepareRuntime(rootDir)
  try {
    await migrate(runtime, { stdoutToStderr: true })
    await importPosts(runtime, resolved)
    return 0
  } catch (error) {
    // The task has printed its report; a non-zero exit means some file could not be imported.
    console.error(error instanceof Error ? error.message : String(error))
    return 1
  } finally {
    await runtime.stopDatabase()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`\n${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
