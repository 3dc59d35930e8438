import { AUDIENCES, DISCLAIMER_KINDS, DISCLAIMER_SCOPES, isOneOf, valuesOf, type Audience, type DisclaimerKind, type DisclaimerScope } from './enums'
import { isValidSlug } from './slug'

/**
 * The CMS's custom endpoints and the portal's revalidation endpoint: paths, request parsers (used by
 * the side that answers) and response parsers (used by the side that asks), so both read one shape.
 */
export type Invalid = { error: string }

/** A response that does not have the contract's shape: a CMS and portal out of step, or a proxy's error page. */
export class ContractError extends Error {
  constructor(endpoint: string, problem: string) {
    super(`${endpoint}: ${problem}`)
    this.name = 'ContractError'
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

function arrayOf<T>(endpoint: string, value: unknown, field: string, item: (value: unknown) => value is T): T[] {
  if (!Array.isArray(value) || !value.every(item)) throw new ContractError(endpoint, `${field} does not have the expected shape.`)
  return value
}

const isWholeNumber = (value: unknown): value is number => Number.isInteger(value)

/** "a, b or c", for error messages. */
const alternatives = (values: readonly string[]) => `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`

// ---- GET /api/disclaimers/required?for=all|articles|conditions

export const REQUIRED_DISCLAIMERS_PATH = '/api/disclaimers/required'

export type RequiredDisclaimer = { id: number; title: string; body: string; kind: DisclaimerKind; scope: DisclaimerScope }
export type RequiredDisclaimersResponse = { for: DisclaimerScope; docs: RequiredDisclaimer[] }

export const requiredDisclaimersQuery = (page: DisclaimerScope): string => `?${new URLSearchParams({ for: page })}`

/** The scopes whose required disclaimers a page type shows: the site-wide ones and its own. */
export const scopesShownOn = (page: DisclaimerScope): DisclaimerScope[] => (page === 'all' ? ['all'] : ['all', page])

/** Whether a page of this type already shows the disclaimer among its required ones. */
export const isRequiredOn = (disclaimer: { required?: boolean | null; scope?: string | null }, page: DisclaimerScope): boolean =>
  Boolean(disclaimer.required) && scopesShownOn(page).some((scope) => scope === disclaimer.scope)

export function parseRequiredDisclaimersQuery(params: URLSearchParams): { for: DisclaimerScope } | Invalid {
  const requested = params.get('for') ?? 'all'
  if (!isOneOf(DISCLAIMER_SCOPES, requested)) return { error: `"for" must be one of: ${valuesOf(DISCLAIMER_SCOPES).join(', ')}.` }
  return { for: requested }
}

const isRequiredDisclaimer = (value: unknown): value is RequiredDisclaimer =>
  isRecord(value) &&
  isWholeNumber(value.id) &&
  typeof value.title === 'string' &&
  typeof value.body === 'string' &&
  isOneOf(DISCLAIMER_KINDS, value.kind) &&
  isOneOf(DISCLAIMER_SCOPES, value.scope)

export function parseRequiredDisclaimersResponse(body: unknown): RequiredDisclaimersResponse {
  if (!isRecord(body) || !isOneOf(DISCLAIMER_SCOPES, body.for)) throw new ContractError(REQUIRED_DISCLAIMERS_PATH, 'not a list of disclaimers.')
  return { for: body.for, docs: arrayOf(REQUIRED_DISCLAIMERS_PATH, body.docs, 'docs', isRequiredDisclaimer) }
}

// ---- GET /api/articles/search?[q=…][&condition=slug…][&audience=…][&page=…][&limit=…]
// ---- GET /api/articles/condition-counts?[q=…][&audience=…]

export const ARTICLE_SEARCH_PATH = '/api/articles/search'
export const ARTICLE_CONDITION_COUNTS_PATH = '/api/articles/condition-counts'

export const ARTICLE_SEARCH_LIMITS = { queryLength: 100, conditions: 20, perPage: 50, defaultPerPage: 10, maxOffset: 100_000 } as const

export type ArticleSearchQuery = { q?: string; conditions: string[]; audience?: Audience; page: number; limit: number }

export function parseArticleSearchQuery(params: URLSearchParams): ArticleSearchQuery | Invalid {
  const { queryLength, conditions: maxConditions, perPage, defaultPerPage, maxOffset } = ARTICLE_SEARCH_LIMITS
  const q = (params.get('q') ?? '').trim()
  if (q.length > queryLength) return { error: `"q" must be at most ${queryLength} characters.` }
  const conditions = params.getAll('condition')
  if (conditions.length > maxConditions || !conditions.every(isValidSlug)) return { error: `"condition" must be up to ${maxConditions} condition slugs.` }
  const audience = params.get('audience') || undefined
  if (audience !== undefined && !isOneOf(AUDIENCES, audience)) return { error: `"audience" must be ${alternatives(valuesOf(AUDIENCES))}.` }
  const page = Number(params.get('page') ?? '1')
  const limit = Number(params.get('limit') ?? String(defaultPerPage))
  if (!Number.isInteger(limit) || limit < 1 || limit > perPage) return { error: `"limit" must be a whole number from 1 to ${perPage}.` }
  if (!Number.isInteger(page) || page < 1 || (page - 1) * limit > maxOffset) {
    return { error: `"page" must be a whole number from 1 to ${Math.floor(maxOffset / limit) + 1}.` }
  }
  return { ...(q ? { q } : {}), conditions, ...(audience ? { audience } : {}), page, limit }
}

/** The query string for a search; the condition counts take only `q` and `audience`. */
export function articleSearchParams(query: Partial<ArticleSearchQuery>): URLSearchParams {
  const params = new URLSearchParams()
  if (query.q) params.set('q', query.q)
  if (query.audience) params.set('audience', query.audience)
  for (const slug of query.conditions ?? []) params.append('condition', slug)
  if (query.page !== undefined) params.set('page', String(query.page))
  if (query.limit !== undefined) params.set('limit', String(query.limit))
  return params
}

export type ArticleCard = { id: number; title: string; slug: string; summary: string; audience: Audience }
export type ArticleSearchResponse = { docs: ArticleCard[]; totalDocs: number; page: number; limit: number; totalPages: number }
export type ConditionCountsResponse = { conditionCounts: Record<string, number> }

const isArticleCard = (value: unknown): value is ArticleCard =>
  isRecord(value) &&
  isWholeNumber(value.id) &&
  typeof value.title === 'string' &&
  typeof value.slug === 'string' &&
  typeof value.summary === 'string' &&
  isOneOf(AUDIENCES, value.audience)

export function parseArticleSearchResponse(body: unknown): ArticleSearchResponse {
  if (!isRecord(body) || ![body.totalDocs, body.page, body.limit, body.totalPages].every(isWholeNumber)) {
    throw new ContractError(ARTICLE_SEARCH_PATH, 'not a page of articles.')
  }
  const { totalDocs, page, limit, totalPages } = body as Record<string, number>
  return { docs: arrayOf(ARTICLE_SEARCH_PATH, body.docs, 'docs', isArticleCard), totalDocs: totalDocs!, page: page!, limit: limit!, totalPages: totalPages! }
}

export function parseConditionCountsResponse(body: unknown): ConditionCountsResponse {
  const counts = isRecord(body) ? body.conditionCounts : undefined
  if (!isRecord(counts) || !Object.entries(counts).every(([id, count]) => /^\d+$/.test(id) && isWholeNumber(count))) {
    throw new ContractError(ARTICLE_CONDITION_COUNTS_PATH, 'not a count per condition id.')
  }
  return { conditionCounts: counts as Record<string, number> }
}

// ---- POST /api/revalidate on the portal, from the CMS hooks

export const REVALIDATE_PATH = '/api/revalidate'
export const REVALIDATE_SECRET_HEADER = 'x-revalidate-secret'

/** `everything`: every page and every CMS read may have changed (a restored database). */
export type RevalidationRequest = { tags: string[]; paths: string[]; everything?: true }
export type RevalidationResponse = RevalidationRequest & { revalidated: true; now: number }

const MAX_REVALIDATION_ITEMS = 200
const TAG_PATTERN = /^[\w:.-]{1,256}$/
const PATH_PATTERN = /^\/[\w\-./[\]]{0,512}$/

/** Validates the body sent by the CMS hooks: `{ tags?: string[], paths?: string[] }`, or `{ everything: true }` after a restore. */
export function parseRevalidationRequest(body: unknown): RevalidationRequest | Invalid {
  if (!isRecord(body)) return { error: 'Body must be a JSON object.' }
  const { tags = [], paths = [], everything } = body
  if (everything !== undefined && everything !== true) return { error: 'everything must be true, or left out.' }
  if (!Array.isArray(tags) || !tags.every((tag) => typeof tag === 'string' && TAG_PATTERN.test(tag))) {
    return { error: 'tags must be an array of tag names (letters, digits, : . _ -).' }
  }
  if (!Array.isArray(paths) || !paths.every((p) => typeof p === 'string' && PATH_PATTERN.test(p))) {
    return { error: 'paths must be an array of absolute paths.' }
  }
  if (tags.length + paths.length === 0 && !everything) return { error: 'Nothing to revalidate: give tags or paths.' }
  if (tags.length + paths.length > MAX_REVALIDATION_ITEMS) return { error: `At most ${MAX_REVALIDATION_ITEMS} tags and paths per call.` }
  return { tags: [...new Set(tags as string[])], paths: [...new Set(paths as string[])], ...(everything ? { everything } : {}) }
}

// ---- POST CDN_PURGE_URL, from the CMS beside its notice to the portal

/**
 * The CDN purge webhook's body: the cache tags of the change, which are the surrogate keys of the portal
 * pages that show it. Sent with `authorization: Bearer <CDN_PURGE_SECRET>`; the webhook (the CDN's own
 * purge-by-key endpoint, or a small adapter in front of it) purges every page carrying one of the tags.
 */
export type CdnPurgeRequest = { tags: string[] }
