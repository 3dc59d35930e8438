import { chmod, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { startLocalPostgres, type LocalPostgres } from './local-postgres'

/**
 * A private cluster for one test run: its own temporary directory and free port, never the dev
 * data. `stop` shuts it down and deletes the directory; it is safe to call more than once.
 */
export type ThrowawayPostgres = LocalPostgres & {
  /** Stops the server and starts it again on the same port and data (a database restart, for fault tests). */
  restart: () => Promise<void>
}

export async function startThrowawayPostgres(label = 'test', settings: Record<string, string> = {}): Promise<ThrowawayPostgres> {
  const parent = await mkdtemp(path.join(os.tmpdir(), `kat-${label}-`))
  // The server runs as the unprivileged `postgres` user when we are root: it must reach the directory.
  await chmod(parent, 0o755)
  const dataDir = path.join(parent, 'postgres')
  const options = { dataDir, database: 'kat_test', password: 'throwaway', fast: true, settings }
  try {
    let cluster = await startLocalPostgres({ ...options, preferredPort: 15432 + Math.floor(Math.random() * 2000) })
    const { port } = cluster
    return {
      ...cluster,
      restart: async () => {
        await cluster.stop()
        cluster = await startLocalPostgres({ ...options, preferredPort: port })
        if (cluster.port !== port) throw new Error(`PostgreSQL came back on port ${cluster.port}, not ${port}.`)
      },
      stop: async () => {
        try {
          await cluster.stop()
        } finally {
          await rm(parent, { recursive: true, force: true })
        }
      },
    }
  } catch (error) {
    await rm(parent, { recursive: true, force: true })
    throw error
  }
}
