/**
 * Synthetic articles for benchmarks: copies of the published demo articles (so bodies have real sizes
 * and structure), spread over the conditions and over three years of publication dates. Written with
 * set-based SQL, so 10,000 articles take seconds instead of the minutes the Local API would need.
 * Every copy is a complete Payload document: the row, its locales, relations, workflow history and a
 * latest published version, so the admin, the REST API and the portal all see it as published.
 */
import pg from 'pg'

const MARKER = 'bench'

type Columns = { names: string[] }

async function insertableColumns(client: pg.Client, table: string): Promise<Columns> {
  const { rows } = await client.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
    [table],
  )
  if (rows.length === 0) throw new Error(`Table ${table} not found: run the migrations first.`)
  return { names: rows.map((row) => row.column_name) }
}

/**
 * INSERT INTO table SELECT ... from the source rows joined to a mapping, with some columns replaced by
 * expressions (over the source row `s` and the mapping `m`) and the others copied as they are.
 */
async function copyRows(
  client: pg.Client,
  table: string,
  fromJoin: string,
  replace: Record<string, string>,
  omit: string[] = [],
): Promise<number> {
  const { names } = await insertableColumns(client, table)
  const columns = names.filter((name) => !omit.includes(name))
  const quoted = columns.map((name) => `"${name}"`).join(', ')
  const values = columns.map((name) => replace[name] ?? `s."${name}"`).join(', ')
  const result = await client.query(`INSERT INTO "${table}" (${quoted}) SELECT ${values} ${fromJoin}`)
  return result.rowCount ?? 0
}

export type SyntheticResult = { articles: number; templates: number; conditions: number; ms: number }

/** Adds `count` published articles; removes the ones a previous run added first, so reruns do not pile up. */
export async function addSyntheticArticles(databaseUrl: string, count: number): Promise<SyntheticResult> {
  if (!Number.isInteger(count) || count < 1 || count > 1_000_000) throw new Error('--articles must be a whole number from 1 to 1,000,000.')
  const started = Date.now()
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query('BEGIN')
    await removeSyntheticArticles(client)
    const templates = (await client.query<{ id: number }>(`SELECT id FROM articles WHERE _status = 'published' ORDER BY id`)).rows
    const conditions = (await client.query<{ id: number }>(`SELECT id FROM conditions WHERE _status = 'published' ORDER BY id`)).rows
    if (templates.length === 0 || conditions.length === 0) {
      throw new Error('No published articles or conditions to copy: seed the demo content first (pnpm seed).')
    }

    // n = 1..count; each copy takes template n mod T and one or two conditions from n.
    await client.query(
      `CREATE TEMP TABLE article_copy ON COMMIT DROP AS
       SELECT n, t.id AS old_id, nextval(pg_get_serial_sequence('articles', 'id'))::int AS new_id,
              v.id AS old_version_id, nextval(pg_get_serial_sequence('_articles_v', 'id'))::int AS new_version_id,
              now() - (n * interval '157 minutes') AS published_at
       FROM generate_series(1, $1::int) AS n
       JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS i FROM articles WHERE _status = 'published') t
         ON t.i = n % $2::int
       JOIN LATERAL (SELECT id FROM _articles_v WHERE parent_id = t.id AND latest ORDER BY id DESC LIMIT 1) v ON true`,
      [count, templates.length],
    )
    const mapped = Number((await client.query<{ c: string }>('SELECT count(*) AS c FROM article_copy')).rows[0]!.c)
    if (mapped !== count) throw new Error(`Only ${mapped} of ${count} copies found a latest version to copy.`)

    const slug = `s.slug || '-${MARKER}-' || m.n`
    await copyRows(client, 'articles', 'FROM articles s JOIN article_copy m ON s.id = m.old_id', {
      id: 'm.new_id',
      slug,
      published_at: 'm.published_at',
      updated_at: 'm.published_at',
      created_at: 'm.published_at',
    })
    await copyRows(
      client,
      'articles_locales',
      'FROM articles_locales s JOIN article_copy m ON s._parent_id = m.old_id',
      { _parent_id: 'm.new_id', title: `s.title || ' (' || m.n || ')'` },
      ['id'],
    )
    await copyRows(
      client,
      'articles_rels',
      `FROM articles_rels s JOIN article_copy m ON s.parent_id = m.old_id WHERE s.path <> 'conditions'`,
      { parent_id: 'm.new_id' },
      ['id'],
    )
    await copyRows(client, 'articles_workflow_history', 'FROM articles_workflow_history s JOIN article_copy m ON s._parent_id = m.old_id', {
      _parent_id: 'm.new_id',
      id: 'gen_random_uuid()::text',
    })

    await copyRows(client, '_articles_v', 'FROM _articles_v s JOIN article_copy m ON s.id = m.old_version_id', {
      id: 'm.new_version_id',
      parent_id: 'm.new_id',
      version_slug: `s.version_slug || '-${MARKER}-' || m.n`,
      version_published_at: 'm.published_at',
      version_updated_at: 'm.published_at',
      version_created_at: 'm.published_at',
      updated_at: 'm.published_at',
      created_at: 'm.published_at',
    })
    await copyRows(
      client,
      '_articles_v_locales',
      'FROM _articles_v_locales s JOIN article_copy m ON s._parent_id = m.old_version_id',
      { _parent_id: 'm.new_version_id', version_title: `s.version_title || ' (' || m.n || ')'` },
      ['id'],
    )
    await copyRows(
      client,
      '_articles_v_rels',
      `FROM _articles_v_rels s JOIN article_copy m ON s.parent_id = m.old_version_id WHERE s.path <> 'version.conditions'`,
      { parent_id: 'm.new_version_id' },
      ['id'],
    )
    await copyRows(
      client,
      '_articles_v_version_workflow_history',
      'FROM _articles_v_version_workflow_history s JOIN article_copy m ON s._parent_id = m.old_version_id',
      { _parent_id: 'm.new_version_id', _uuid: 'gen_random_uuid()::text' },
      ['id'],
    )

    // Conditions: every copy gets one, every third copy a second one, spread evenly.
    await client.query(
      `CREATE TEMP TABLE copy_condition ON COMMIT DROP AS
       WITH c AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS i, count(*) OVER () AS total FROM conditions WHERE _status = 'published')
       SELECT m.new_id, m.new_version_id, c.id AS condition_id, 1 AS "order" FROM article_copy m JOIN c ON c.i = m.n % c.total
       UNION ALL
       SELECT m.new_id, m.new_version_id, c.id, 2 FROM article_copy m JOIN c ON c.i = (m.n / 3 + 1) % c.total
       WHERE m.n % 3 = 0 AND c.total > 1`,
    )
    await client.query(
      `INSERT INTO articles_rels ("order", parent_id, path, conditions_id) SELECT "order", new_id, 'conditions', condition_id FROM copy_condition`,
    )
    await client.query(
      `INSERT INTO _articles_v_rels ("order", parent_id, path, conditions_id) SELECT "order", new_version_id, 'version.conditions', condition_id FROM copy_condition`,
    )
    await client.query('COMMIT')
    await client.query('ANALYZE')
    return { articles: count, templates: templates.length, conditions: conditions.length, ms: Date.now() - started }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    await client.end()
  }
}

/** Deletes the articles this module added (their slugs carry the marker); child rows go by cascade. */
async function removeSyntheticArticles(client: pg.Client): Promise<void> {
  const pattern = `%-${MARKER}-%`
  await client.query(`DELETE FROM _articles_v WHERE parent_id IN (SELECT id FROM articles WHERE slug LIKE $1)`, [pattern])
  await client.query(`DELETE FROM articles WHERE slug LIKE $1`, [pattern])
}
