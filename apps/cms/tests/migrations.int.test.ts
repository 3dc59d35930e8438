import { execFileSync } from 'node:child_process'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations } from '../src/migrations'

/** The committed migrations, run by the real CLI on a fresh, empty database of the test cluster. */
const databaseName = `migrations_${process.pid}`
let adminUrl: URL
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

function payloadCli(...args: string[]) {
  try {
    return execFileSync('pnpm', ['exec', 'payload', ...args], {
      env: { ...process.env, DATABASE_URL: url, NODE_OPTIONS: '--no-deprecation', CI: 'true' },
      stdio: 'pipe',
      encoding: 'utf8',
    })
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string }
    throw new Error(`payload ${args.join(' ')} failed:\n${stdout ?? ''}\n${stderr ?? ''}`)
  }
}

const tables = async () =>
  (await sql<{ name: string }>(url, "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'")).map((r) => r.name)

beforeAll(async () => {
  adminUrl = new URL(process.env.DATABASE_URL!)
  await sql(adminUrl.toString(), `CREATE DATABASE ${databaseName}`)
  const target = new URL(adminUrl)
  target.pathname = `/${databaseName}`
  url = target.toString()
})

afterAll(async () => {
  await sql(adminUrl.toString(), `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`)
})

describe('migrations', () => {
  it('build the whole schema on an empty database, and undo it cleanly', async () => {
    expect(await tables()).toEqual([])
    payloadCli('migrate')
    const applied = await sql<{ name: string }>(url, 'SELECT name FROM payload_migrations ORDER BY id')
    expect(applied.map((row) => row.name)).toEqual(migrations.map((migration) => migration.name))
    expect(await tables()).toEqual(
      expect.arrayContaining(['articles', 'conditions', 'contraindications', 'citations', 'disclaimers', 'media', 'redirects', 'users', 'payload_jobs']),
    )

    payloadCli('migrate:reset')
    expect((await tables()).filter((name) => name !== 'payload_migrations')).toEqual([])

    payloadCli('migrate')
    expect((await sql<{ count: string }>(url, 'SELECT count(*) FROM payload_migrations')).at(0)?.count).toBe(String(migrations.length))
  }, 120_000)
})
