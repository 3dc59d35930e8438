/**
 * `pnpm dev`, `pnpm start` and `pnpm seed`: database, secrets, migrations, seed and both apps in one
 * command, stopped cleanly with Ctrl-C.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { DEMO_LOGINS } from './env'
import type { RunningProcess } from './processes'
import { assertBuilt, migrate, prepareRuntime, seed, startApps, type Runtime } from './stack'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const command = process.argv[2]

function banner(runtime: Runtime) {
  const lines = [
    `Portal  http://localhost:${runtime.ports.web}`,
    `Admin   http://localhost:${runtime.ports.cms}/admin`,
  ]
  if (runtime.mode === 'local' && runtime.demoPassword) {
    lines.push(`Logins  ${DEMO_LOGINS.join(', ')}`, `        password: ${runtime.demoPassword}`)
  }
  lines.push(`Mode    ${runtime.mode === 'local' ? 'local (embedded PostgreSQL in .data/)' : 'deployment (DATABASE_URL)'}`)
  const width = Math.max(...lines.map((line) => line.length)) + 2
  console.log(`\n┌${'─'.repeat(width)}┐\n${lines.map((l) => `│ ${l.padEnd(width - 1)}│`).join('\n')}\n└${'─'.repeat(width)}┘\n`)
}

async function main(): Promise<number> {
  if (command !== 'dev' && command !== 'start' && command !== 'seed') {
    console.error('Usage: tsx packages/stack/src/cli.ts dev|start|seed')
    return 2
  }
  if (command === 'start') assertBuilt(rootDir)

  const runtime = await prepareRuntime(rootDir)
  let apps: RunningProcess[] = []
  let stopping: Promise<void> | undefined
  const shutdown = () =>
    (stopping ??= (async () => {
      await Promise.all(apps.map((app) => app.stop()))
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

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`\n${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
