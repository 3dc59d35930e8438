import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startLocalPostgres, type LocalPostgres } from './local-postgres'
import { isPortFree } from './ports'
import { startThrowawayPostgres } from './throwaway-postgres'

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(sql)).rows
  } finally {
    await client.end()
  }
}

describe('embedded PostgreSQL', () => {
  let cluster: LocalPostgres

  beforeAll(async () => {
    cluster = await startThrowawayPostgres('unit')
  }, 120_000)
  afterAll(async () => {
    await cluster?.stop()
  })

  it('serves real SQL on its own port', async () => {
    const [row] = await query<{ version: string }>(cluster.url, 'SELECT version()')
    expect(row?.version).toMatch(/^PostgreSQL 18/)
    expect(await isPortFree(cluster.port)).toBe(false)
  })

  it('joins a cluster already running from the same directory and never stops it', async () => {
    const joined = await startLocalPostgres({
      dataDir: cluster.dataDir,
      database: 'second_db',
      password: 'throwaway',
    })
    expect(joined.owned).toBe(false)
    expect(joined.port).toBe(cluster.port)
    await joined.stop()
    const [row] = await query<{ db: string }>(joined.url, 'SELECT current_database() AS db')
    expect(row?.db).toBe('second_db')
  })
})

describe('a data directory inside a private directory', () => {
  // As root the server runs as the `postgres` user: a checkout in `mktemp -d` (mode 0700) used to fail with EACCES.
  it('starts, and only the search bit is added to the private directory', async () => {
    const { mkdtemp, rm, stat } = await import('node:fs/promises')
    const os = await import('node:os')
    const path = await import('node:path')
    const privateDir = await mkdtemp(path.join(os.tmpdir(), 'kat-private-'))
    expect((await stat(privateDir)).mode & 0o777).toBe(0o700)
    let cluster: LocalPostgres | undefined
    try {
      cluster = await startLocalPostgres({
        dataDir: path.join(privateDir, 'checkout', '.data', 'postgres'),
        database: 'private_db',
        password: 'throwaway',
        preferredPort: 17432 + Math.floor(Math.random() * 2000),
        fast: true,
      })
      const [row] = await query<{ db: string }>(cluster.url, 'SELECT current_database() AS db')
      expect(row?.db).toBe('private_db')
      const expectedMode = process.getuid?.() === 0 ? 0o701 : 0o700
      expect((await stat(privateDir)).mode & 0o777).toBe(expectedMode)
    } finally {
      await cluster?.stop()
      await rm(privateDir, { recursive: true, force: true })
    }
  }, 120_000)
})

describe('throwaway cluster', () => {
  it('frees its port and deletes its directory when stopped, even twice', async () => {
    const cluster = await startThrowawayPostgres('stop')
    await cluster.stop()
    await cluster.stop()
    expect(await isPortFree(cluster.port)).toBe(true)
    const { existsSync } = await import('node:fs')
    expect(existsSync(cluster.dataDir)).toBe(false)
  }, 120_000)
})
