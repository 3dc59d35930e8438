import { chmod, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { startLocalPostgres, type LocalPostgres } from './local-postgres'

/**
 * A private cluster for one test run: its own temporary directory and free port, never the dev
 * data. `stop` shuts it down and deletes the directory; it is safe to call more than once.
 */
export async function startThrowawayPostgres(label = 'test'): Promise<LocalPostgres> {
  const parent = await mkdtemp(path.join(os.tmpdir(), `kat-${label}-`))
  // The server runs as the unprivileged `postgres` user when we are root: it must reach the directory.
  await chmod(parent, 0o755)
  const dataDir = path.join(parent, 'postgres')
  try {
    const cluster = await startLocalPostgres({
      dataDir,
      database: 'kat_test',
      password: 'throwaway',
      preferredPort: 15432 + Math.floor(Math.random() * 2000),
      fast: true,
    })
    return {
      ...cluster,
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
