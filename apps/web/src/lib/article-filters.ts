import { ARTICLE_SEARCH_LIMITS, AUDIENCES, isOneOf, isValidSlug, type Audience } from '@kat/contract'

/**
 * The article list's query string, read defensively: unknown, malformed or oversized values are
 * ignored, so any URL a reader shares or mistypes still shows a page.
 */
export type ArticleFilters = { conditions: string[]; audience?: Audience; q?: string; page: number }

type SearchParams = Record<string, string | string[] | undefined>

const MAX_PAGE = 1000

const all = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value])
const first = (value: string | string[] | undefined): string | undefined => all(value)[0]

export function parseArticleFilters(params: SearchParams): ArticleFilters {
  const conditions = [...new Set(all(params.condition).filter(isValidSlug))].slice(0, ARTICLE_SEARCH_LIMITS.conditions)
  const audienceParam = first(params.audience)
  const audience = isOneOf(AUDIENCES, audienceParam) ? audienceParam : undefined
  // eslint-disable-next-line no-control-regex -- control characters are dropped from search terms
  const q = first(params.q)?.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, ARTICLE_SEARCH_LIMITS.queryLength) || undefined
  const pageParam = first(params.page)
  const page = pageParam && /^\d{1,4}$/.test(pageParam) ? Math.min(Math.max(Number(pageParam), 1), MAX_PAGE) : 1
  return { conditions, audience, q, page }
}

/** The query string for these filters (stable order, so equal filters give equal, cacheable URLs). */
export function articleFiltersQuery(filters: Partial<ArticleFilters>): string {
  const params = new URLSearchParams()
  for (const slug of [...(filters.conditions ?? [])].sort()) params.append('condition', slug)
  if (filters.audience) params.set('audience', filters.audience)
  if (filters.q) params.set('q', filters.q)
  if (filters.page && filters.page > 1) params.set('page', String(filters.page))
  const query = params.toString()
  return query ? `?${query}` : ''
}
