import type { Endpoint } from 'payload'
import type { Pool } from 'pg'

const SLUG = /^[a-z0-9-]{1,120}$/
const AUDIENCES = new Set(['patients', 'caregivers', 'clinicians'])

const bad = (message: string) => Response.json({ errors: [{ message }] }, { status: 400 })

/**
 * GET /api/articles/search?q=…[&condition=slug…][&audience=…][&page=…][&limit=…]
 * PostgreSQL full-text search (websearch syntax, English stemming) over the title, summary, body and
 * condition names/synonyms of published articles, best match first; with per-condition counts for the
 * portal's filters. Readers see published articles only.
 */
export const searchArticlesEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    const params = req.searchParams
    const q = (params.get('q') ?? '').trim()
    if (!q || q.length > 100) return bad('"q" must be 1 to 100 characters.')
    const slugs = params.getAll('condition')
    if (slugs.length > 20 || !slugs.every((slug) => SLUG.test(slug))) return bad('"condition" must be up to 20 condition slugs.')
    const audience = params.get('audience')
    if (audience && !AUDIENCES.has(audience)) return bad('"audience" must be patients, caregivers or clinicians.')
    const page = Number(params.get('page') ?? '1')
    const limit = Number(params.get('limit') ?? '10')
    if (!Number.isInteger(page) || page < 1 || page > 1000) return bad('"page" must be a whole number from 1 to 1000.')
    if (!Number.isInteger(limit) || limit < 1 || limit > 50) return bad('"limit" must be a whole number from 1 to 50.')

    const pool = (req.payload.db as unknown as { pool: Pool }).pool
    const locale = req.locale === 'es' ? 'es' : 'en'
    const conditionIds = slugs.length
      ? (await pool.query<{ id: number }>('SELECT id FROM conditions WHERE slug = ANY($1) AND _status = $2', [slugs, 'published'])).rows.map((r) => r.id)
      : null
    const where = `
      WHERE a._status = 'published'
        AND l.search_vector @@ websearch_to_tsquery('english', $1)
        AND ($3::text IS NULL OR a.audience::text = $3)`
    const from = `FROM articles a JOIN articles_locales l ON l._parent_id = a.id AND l._locale = $2`
    const inConditions = `($4::int[] IS NULL OR EXISTS (
        SELECT 1 FROM articles_rels r WHERE r.parent_id = a.id AND r.path = 'conditions' AND r.conditions_id = ANY($4)))`
    const [results, total, counts] = await Promise.all([
      pool.query<{ id: number; title: string; slug: string; summary: string; audience: string }>(
        `SELECT a.id, l.title, a.slug, l.summary, a.audience::text AS audience ${from} ${where} AND ${inConditions}
         ORDER BY ts_rank(l.search_vector, websearch_to_tsquery('english', $1)) DESC,
                  a.published_at DESC NULLS LAST, a.id
         LIMIT $5 OFFSET $6`,
        [q, locale, audience, conditionIds, limit, (page - 1) * limit],
      ),
      pool.query<{ total: string }>(`SELECT count(*) AS total ${from} ${where} AND ${inConditions}`, [q, locale, audience, conditionIds]),
      // What each condition filter would show, given the search and audience.
      pool.query<{ condition: number; count: string }>(
        `SELECT r.conditions_id AS condition, count(DISTINCT a.id) AS count ${from}
         JOIN articles_rels r ON r.parent_id = a.id AND r.path = 'conditions' ${where}
         GROUP BY r.conditions_id`,
        [q, locale, audience],
      ),
    ])
    const totalDocs = Number(total.rows[0]?.total ?? 0)
    return Response.json({
      docs: results.rows,
      totalDocs,
      page,
      limit,
      totalPages: Math.max(1, Math.ceil(totalDocs / limit)),
      conditionCounts: Object.fromEntries(counts.rows.map((row) => [row.condition, Number(row.count)])),
    })
  },
}
