/**
 * What the database does behind a scenario: pg_stat_statements for the statements the CMS ran (calls,
 * mean and max time), and EXPLAIN of the costliest ones to show which indexes they use.
 */
import pg from 'pg'

/** Server settings for the benchmark cluster: pg_stat_statements must be loaded at start. */
export const QUERY_STATS_SETTINGS = { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track': 'all' }

export type StatementStats = { query: string; calls: number; meanMs: number; maxMs: number; plan: string[] }

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

export const resetQueryStats = (url: string) =>
  withClient(url, async (client) => {
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements')
    await client.query('SELECT pg_stat_statements_reset()')
  })

/** One line per plan node: its type, the relation and the index it reads. */
function planLines(node: Record<string, unknown>, depth = 0, lines: string[] = []): string[] {
  const relation = node['Relation Name'] ? ` on ${String(node['Relation Name'])}` : ''
  const index = node['Index Name'] ? ` using ${String(node['Index Name'])}` : ''
  lines.push(`${'  '.repeat(depth)}${String(node['Node Type'])}${relation}${index}`)
  for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) planLines(child, depth + 1, lines)
  return lines
}

/** The `limit` costliest statements on article tables since the last reset, with their generic plans. */
export const articleQueryStats = (url: string, limit = 3): Promise<StatementStats[]> =>
  withClient(url, async (client) => {
    const { rows } = await client.query<{ query: string; calls: string; mean: number; max: number }>(
      `SELECT query, calls, mean_exec_time AS mean, max_exec_time AS max FROM pg_stat_statements
       WHERE query ILIKE '%articles%' AND (query ILIKE 'select%' OR query ILIKE 'with%') AND query NOT ILIKE '%pg_stat_statements%'
       ORDER BY total_exec_time DESC LIMIT $1`,
      [limit],
    )
    const stats: StatementStats[] = []
    for (const row of rows) {
      let plan: string[]
      try {
        const explained = await client.query<{ 'QUERY PLAN': [{ Plan: Record<string, unknown> }] }>(`EXPLAIN (GENERIC_PLAN, FORMAT JSON) ${row.query}`)
        plan = planLines(explained.rows[0]!['QUERY PLAN'][0].Plan)
      } catch (error) {
        plan = [`(no plan: ${error instanceof Error ? error.message : String(error)})`]
      }
      const round = (ms: number) => Math.round(ms * 100) / 100
      stats.push({ query: row.query, calls: Number(row.calls), meanMs: round(row.mean), maxMs: round(row.max), plan })
    }
    return stats
  })
