import { startThrowawayPostgres, type LocalPostgres } from '@kat/local-postgres'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runPayload } from '../scripts/run-payload'
import { migrations } from '../src/migrations'

/** The committed migrations, run by Payload's `payload migrate` on a fresh, empty cluster of its own. */
let cluster: LocalPostgres
let url: string

const sql = async <T extends pg.QueryResultRow>(connection: string, query: string) => {
  const client = new pg.Client({ connectionString: connection })
  await client.connect()
  try {
    return (await client.query<T>(query)).rows
  } finally {
    await client.end()
  }
}

const migrateTask = (...args: string[]) => runPayload(args, { env: { ...process.env, DATABASE_URL: url, CI: 'true' } })

const tables = async () =>
  (await sql<{ name: string }>(url, "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'")).map((r) => r.name)

beforeAll(async () => {
  cluster = await startThrowawayPostgres('migrations')
  url = cluster.url
}, 60_000)

afterAll(async () => {
  await cluster?.stop()
})

describe('migrations', () => {
  it('build the whole schema on an empty database, and a second run changes nothing', async () => {
    expect(await tables()).toEqual([])
    const output = migrateTask('migrate')
    if (!(await tables()).includes('payload_migrations')) throw new Error(`the migrate task created nothing:\n${output}`)
    const applied = await sql<{ name: string }>(url, 'SELECT name FROM payload_migrations ORDER BY id')
    expect(applied.map((row) => row.name)).toEqual(migrations.map((migration) => migration.name))
    expect(await tables()).toEqual(
      expect.arrayContaining(['articles', 'conditions', 'contraindications', 'citations', 'disclaimers', 'media', 'redirects', 'users', 'payload_jobs']),
    )


    // A second run finds nothing to do and changes nothing.
    migrateTask('migrate')
    expect((await sql<{ count: string }>(url, 'SELECT count(*) FROM payload_migrations')).at(0)?.count).toBe(String(migrations.length))
  }, 120_000)
})
