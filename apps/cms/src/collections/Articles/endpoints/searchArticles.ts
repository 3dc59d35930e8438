import { parseArticleSearchQuery, type ArticleCard, type ArticleSearchResponse, type ConditionCountsResponse } from '@kat/contract'
import type { Endpoint, PayloadRequest } from 'payload'
import type { Pool, PoolClient } from 'pg'

const bad = (message: string) => Response.json({ errors: [{ message }] }, { status: 400 })

type ListQuery = { q: string | null; locale: 'en' | 'es'; audience: string | null; slugs: string[]; page: number; limit: number }

/**
 * Published articles matching the search and audience, in the locale's text search configuration
 * (Spanish: stemmed, accents folded; see migration 20261201_142500). Ranking reads the small title and
 * summary vector; matching reads the GIN index on the full one. Parameters: $1 q, $2 locale, $3 audience.
 */
const MATCHES_SQL = `
  WITH query AS (SELECT websearch_to_tsquery(CASE WHEN $2::text = 'es' THEN 'kat_spanish'::regconfig ELSE 'english'::regconfig END,
                                             coalesce($1::text, '')) AS q)
  SELECT a.id, a.published_at, CASE WHEN $1::text IS NULL THEN 0 ELSE ts_rank(l.rank_vector, query.q) END AS rank
  FROM articles a
  JOIN articles_locales l ON l._parent_id = a.id AND l._locale = $2::_locales
  CROSS JOIN query
  WHERE a._status = 'published'
    -- A translation is listed once a reviewer approved it (see workflow/translation.ts).
    AND ($2::text = 'en' OR a.translation_reviewed_at IS NOT NULL)
    AND ($1::text IS NULL OR l.search_vector @@ query.q)
    AND ($3::text IS NULL OR a.audience::text = $3)`

/** One page of the matches in the chosen conditions ($4), best match then newest first, with the total. */
const PAGE_SQL = `
  WITH filtered AS MATERIALIZED (
    SELECT m.* FROM (${MATCHES_SQL}) m
    WHERE $4::int[] IS NULL OR EXISTS (
      SELECT 1 FROM articles_rels r WHERE r.parent_id = m.id AND r.path = 'conditions' AND r.conditions_id = ANY($4)))
  SELECT (SELECT count(*) FROM filtered) AS total,
    (SELECT json_agg(json_build_object('id', a.id, 'title', l.title, 'slug', a.slug, 'summary', l.summary, 'audience', a.audience)
              ORDER BY p.rank DESC, p.published_at DESC NULLS LAST, p.id DESC)
       FROM (SELECT * FROM filtered ORDER BY rank DESC, published_at DESC NULLS LAST, id DESC LIMIT $5 OFFSET $6) p
       JOIN articles a ON a.id = p.id JOIN articles_locales l ON l._parent_id = a.id AND l._locale = $2::_locales) AS docs`

/** How many of the matches each published condition has: what each condition filter would show. */
const COUNTS_SQL = `
  SELECT r.conditions_id AS condition, count(*) AS count
  FROM articles_rels r JOIN (${MATCHES_SQL}) m ON m.id = r.parent_id
  JOIN conditions c ON c.id = r.conditions_id AND c._status = 'published'
  WHERE r.path = 'conditions' GROUP BY r.conditions_id`

function parseListQuery(req: PayloadRequest): ListQuery | Response {
  const query = parseArticleSearchQuery(req.searchParams)
  if ('error' in query) return bad(query.error)
  const { q, audience, conditions, page, limit } = query
  return { q: q ?? null, locale: req.locale === 'es' ? 'es' : 'en', audience: audience ?? null, slugs: conditions, page, limit }
}

/** Runs `work` in a read-only transaction on one pooled connection. */
async function readOnly<T>(req: PayloadRequest, query: ListQuery, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await (req.payload.db as unknown as { pool: Pool }).pool.connect()
  try {
    await client.query('BEGIN READ ONLY')
    // The planner does not count the cost of reading each article's out-of-line search vector: for a
    // common word it picks a sequential scan that reads them all (280 ms over 10,000 articles) where
    // the GIN index answers without reading any (15 ms).
    if (query.q) await client.query('SET LOCAL enable_seqscan = off')
    const result = await work(client)
    await client.query('COMMIT')
    return result
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}

/**
 * GET /api/articles/search?[q=…][&condition=slug…][&audience=…][&page=…][&limit=…]
 * A page of the portal's article list: published articles newest first or, with `q`, PostgreSQL
 * full-text search (websearch syntax, stemmed in the locale's language) over the title, summary, body and condition
 * names and synonyms, best match first.
 */
export const searchArticlesEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    const query = parseListQuery(req)
    if (query instanceof Response) return query
    const row = await readOnly(req, query, async (client) => {
      const conditionIds = query.slugs.length
        ? (await client.query<{ id: number }>(`SELECT id FROM conditions WHERE slug = ANY($1) AND _status = 'published'`, [query.slugs])).rows.map((r) => r.id)
        : null
      const params = [query.q, query.locale, query.audience, conditionIds, query.limit, (query.page - 1) * query.limit]
      return (await client.query<{ total: string; docs: ArticleCard[] | null }>(PAGE_SQL, params)).rows[0]
    })
    const totalDocs = Number(row?.total ?? 0)
    return Response.json({
      docs: row?.docs ?? [],
      totalDocs,
      page: query.page,
      limit: query.limit,
      totalPages: Math.max(1, Math.ceil(totalDocs / query.limit)),
    } satisfies ArticleSearchResponse)
  },
}

/**
 * GET /api/articles/condition-counts?[q=…][&audience=…]
 * How many published articles each condition filter would show, given the search and audience. Apart
 * from the list pages, so the portal caches it once for every page and condition choice.
 */
export const articleConditionCountsEndpoint: Endpoint = {
  path: '/condition-counts',
  method: 'get',
  handler: async (req) => {
    const query = parseListQuery(req)
    if (query instanceof Response) return query
    const rows = await readOnly(req, query, async (client) => (await client.query<{ condition: number; count: string }>(COUNTS_SQL, [query.q, query.locale, query.audience])).rows)
    return Response.json({ conditionCounts: Object.fromEntries(rows.map((row) => [row.condition, Number(row.count)])) } satisfies ConditionCountsResponse)
  },
}
