import 'server-only'

import type { Config, Condition, SiteSetting } from '@kat/cms-types'
import {
  ARTICLE_CONDITION_COUNTS_PATH,
  ARTICLE_SEARCH_PATH,
  articleSearchParams,
  cacheTags,
  documentReadTags,
  parseArticleSearchResponse,
  parseConditionCountsResponse,
  parseRequiredDisclaimersResponse,
  REQUIRED_DISCLAIMERS_PATH,
  requiredDisclaimersQuery,
  type ArticleSearchQuery,
  type DisclaimerScope,
  type Id,
  type RequiredDisclaimer,
} from '@kat/contract'
import { cached, cms, cmsUrl } from './cms'
import { linkedDocuments } from './linked-documents'
import { isPreviewing, previewInit } from './preview'

export type ConditionCard = Pick<Condition, 'id' | 'name' | 'slug' | 'summary'>

type Where = NonNullable<Parameters<ReturnType<typeof cms>['find']>[0]['where']>

const PUBLISHED: Where = { _status: { equals: 'published' } }

/** Site name and crisis help; null when the CMS cannot be reached and nothing is cached. */
export async function getSiteSettings(): Promise<SiteSetting | null> {
  try {
    return await cms().findGlobal({ slug: 'site-settings', depth: 0 }, cached(cacheTags.global('site-settings')))
  } catch (error) {
    console.error('[cms] site settings unavailable:', error instanceof Error ? error.message : error)
    return null
  }
}

/** Published conditions, A–Z, with only the fields a card needs. */
export async function getConditionCards(): Promise<ConditionCard[]> {
  const result = await cms().find(
    { collection: 'conditions', select: { name: true, slug: true, summary: true }, sort: 'name', limit: 100, depth: 0, where: PUBLISHED },
    cached(cacheTags.collection('conditions')),
  )
  return result.docs as ConditionCard[]
}

/**
 * The required disclaimers a page type shows (scope "all" plus its own), from the CMS. Tagged with the
 * collection: a disclaimer that becomes required, or stops being, changes the list. An empty list (CMS
 * unreachable, nothing cached) makes the page fall back to its built-in disclaimer.
 */
export async function getRequiredDisclaimers(page: DisclaimerScope = 'all'): Promise<RequiredDisclaimer[]> {
  try {
    const response = await fetch(`${cmsUrl()}${REQUIRED_DISCLAIMERS_PATH}${requiredDisclaimersQuery(page)}`, cached(cacheTags.collection('disclaimers')))
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    return parseRequiredDisclaimersResponse(await response.json()).docs
  } catch (error) {
    console.error('[cms] required disclaimers unavailable:', error instanceof Error ? error.message : error)
    return []
  }
}

/**
 * The slugs of a collection's published documents: one list under the collection's tag, so a page
 * asked for an unknown slug (a flood of random ones, too) reads nothing of its own and adds no cache
 * entry.
 */
export async function getPublishedSlugs(collection: 'articles' | 'conditions'): Promise<Set<string>> {
  const result = await cms().find(
    { collection, where: PUBLISHED, select: { slug: true }, limit: 100_000, depth: 0, sort: 'id' },
    cached(cacheTags.collection(collection)),
  )
  return new Set(result.docs.map((doc) => doc.slug))
}

/**
 * Where an old path now lives: slug changes and imported posts' old addresses, recorded by the CMS.
 * Read as one list under the collection's tag, so unknown paths (a flood of them, too) add no cache
 * entries of their own.
 */
export async function getRedirect(path: string): Promise<string | undefined> {
  try {
    const result = await cms().find(
      { collection: 'redirects', limit: MAX_REDIRECTS, depth: 0, select: { from: true, to: true }, sort: 'id' },
      cached(cacheTags.collection('redirects')),
    )
    return result.docs.find((redirect) => redirect.from === path)?.to
  } catch {
    return undefined
  }
}

const MAX_REDIRECTS = 10_000

export async function getConditionsAZ() {
  const result = await cms().find(
    {
      collection: 'conditions',
      select: { name: true, slug: true, summary: true, evidenceLevel: true, alsoKnownAs: true },
      sort: 'name',
      limit: 200,
      depth: 0,
      where: PUBLISHED,
    },
    cached(cacheTags.collection('conditions')),
  )
  return result.docs
}

/** Only the fields pages render of each document a page embeds. */
const EMBEDDED_FIELDS = {
  citations: {
    type: true,
    title: true,
    authors: true,
    journal: true,
    year: true,
    volume: true,
    issue: true,
    pages: true,
    doi: true,
    pmid: true,
    url: true,
    accessed: true,
    formatted: true,
  },
  contraindications: { name: true, slug: true, kind: true, patientExplanation: true },
  disclaimers: { title: true, body: true, kind: true, required: true, scope: true },
  conditions: { name: true, slug: true },
  articles: { title: true, slug: true },
} satisfies Partial<Config['collectionsSelect']>

type Relation = readonly (Id | { id: Id })[] | null | undefined
const idsOf = (values: Relation): Id[] => (values ?? []).map((value) => (typeof value === 'object' ? value.id : value))

/** What a document page embeds: its citations, contraindications, disclaimers, related conditions and the pages its text links to. */
function embeddedIds(doc: { citations?: Relation; contraindications?: Relation; disclaimers?: Relation }, related: Relation, text: Parameters<typeof linkedDocuments>[0]) {
  const links = linkedDocuments(text)
  return {
    citations: idsOf(doc.citations),
    contraindications: idsOf(doc.contraindications),
    disclaimers: idsOf(doc.disclaimers),
    conditions: [...idsOf(related), ...links.conditions],
    articles: links.articles,
  }
}

/**
 * The read behind a document page. A fetch's tags are fixed before it runs, so it takes two: the
 * document by slug at depth 0 (only the ids of what it embeds), tagged with its collection so a new,
 * renamed or withdrawn document is seen; then the document by id at depth 1, tagged with itself and
 * with every document it embeds. A change, unpublish or delete of any of them expires that second
 * fetch and the cached pages built on it, and the new read leaves out what is no longer published.
 * Two requests per page whatever it embeds, where tagging by collection would re-render every page
 * at each citation change (10,000 articles in `pnpm bench`).
 */
async function readDocumentPage<R extends { id: number }, D>(read: {
  collection: 'articles' | 'conditions'
  slug: string
  embeddedIn: (init: RequestInit, where: Where) => Promise<R | undefined>
  tags: (ref: R) => string[]
  document: (init: RequestInit, where: Where, draft: boolean) => Promise<D | undefined>
}): Promise<D | undefined> {
  const bySlug: Where = { slug: { equals: read.slug } }
  if (await isPreviewing()) return read.document(previewInit(), bySlug, true)
  const ref = await read.embeddedIn(cached(cacheTags.collection(read.collection)), { and: [bySlug, PUBLISHED] })
  if (!ref) return undefined
  return read.document(cached(...read.tags(ref)), { and: [{ id: { equals: ref.id } }, PUBLISHED] }, false)
}

/** The published condition, or in a preview its latest draft; condition pages and handouts share it. */
export function getCondition(slug: string) {
  return readDocumentPage({
    collection: 'conditions',
    slug,
    embeddedIn: async (init, where) => {
      const select = { citations: true, contraindications: true, disclaimers: true, relatedConditions: true, overview: true } as const
      return (await cms().find({ collection: 'conditions', where, limit: 1, depth: 0, select }, init)).docs[0]
    },
    tags: (ref) => documentReadTags('condition', ref.id, embeddedIds(ref, ref.relatedConditions, ref.overview)),
    document: async (init, where, draft) => {
      const select = {
        name: true,
        slug: true,
        summary: true,
        alsoKnownAs: true,
        overview: true,
        evidenceLevel: true,
        relatedConditions: true,
        contraindications: true,
        citations: true,
        codes: true,
        disclaimers: true,
        reviewedBy: true,
        lastReviewed: true,
        nextReviewDue: true,
        updatedAt: true,
      } as const
      return (await cms().find({ collection: 'conditions', where, draft, limit: 1, depth: 1, select, populate: EMBEDDED_FIELDS }, init)).docs[0]
    },
  })
}

export async function getArticlesForCondition(conditionId: number) {
  const result = await cms().find(
    {
      collection: 'articles',
      where: { and: [{ conditions: { contains: conditionId } }, PUBLISHED] },
      select: { title: true, slug: true, summary: true, audience: true },
      sort: '-publishedAt',
      limit: 20,
      depth: 0,
    },
    // Any article may join the list: tagged with the collection.
    cached(cacheTags.collection('articles')),
  )
  return result.docs
}

/** The published article, or in a preview its latest draft. */
export function getArticle(slug: string) {
  return readDocumentPage({
    collection: 'articles',
    slug,
    embeddedIn: async (init, where) => {
      const select = { citations: true, contraindications: true, disclaimers: true, conditions: true, body: true } as const
      return (await cms().find({ collection: 'articles', where, limit: 1, depth: 0, select }, init)).docs[0]
    },
    tags: (ref) => documentReadTags('article', ref.id, embeddedIds(ref, ref.conditions, ref.body)),
    document: async (init, where, draft) => {
      const select = {
        title: true,
        slug: true,
        summary: true,
        body: true,
        audience: true,
        conditions: true,
        contraindications: true,
        citations: true,
        disclaimers: true,
        reviewedBy: true,
        lastReviewed: true,
        nextReviewDue: true,
        publishedAt: true,
        updatedAt: true,
      } as const
      return (await cms().find({ collection: 'articles', where, draft, limit: 1, depth: 1, select, populate: EMBEDDED_FIELDS }, init)).docs[0]
    },
  })
}

export async function getContraindications() {
  const result = await cms().find(
    {
      collection: 'contraindications',
      where: PUBLISHED,
      select: { name: true, slug: true, kind: true, patientExplanation: true, appliesTo: true },
      sort: 'name',
      limit: 200,
      depth: 0,
    },
    cached(cacheTags.collection('contraindications')),
  )
  return result.docs
}

/** Every published article, A–Z, with what the packet builder shows. */
export async function getArticleChoices() {
  const result = await cms().find(
    { collection: 'articles', where: PUBLISHED, select: { title: true, slug: true, summary: true }, sort: 'title', limit: 500, depth: 0 },
    cached(cacheTags.collection('articles')),
  )
  return result.docs
}

export async function getLatestArticles(limit = 6) {
  const result = await cms().find(
    { collection: 'articles', where: PUBLISHED, select: { title: true, slug: true, summary: true }, sort: '-publishedAt', limit, depth: 0 },
    cached(cacheTags.collection('articles')),
  )
  return result.docs
}

export type ArticleListQuery = Pick<ArticleSearchQuery, 'q' | 'audience' | 'page'> & { conditionSlugs: string[] }

async function fetchArticles<T>(path: string, params: URLSearchParams, parse: (body: unknown) => T): Promise<T> {
  const response = await fetch(`${cmsUrl()}${path}?${params}`, cached(cacheTags.collection('articles')))
  if (!response.ok) throw new Error(`Article list failed: HTTP ${response.status}`)
  return parse(await response.json())
}

/**
 * One page of published articles (newest first, or best match first with a search term) and what each
 * condition filter would show. The counts depend on the search and audience only, so one cached answer
 * serves every page and condition choice.
 */
export async function getArticleList(query: ArticleListQuery, allConditionIds: number[], perPage = 10) {
  const { q, audience, page, conditionSlugs } = query
  const [result, { conditionCounts }] = await Promise.all([
    fetchArticles(ARTICLE_SEARCH_PATH, articleSearchParams({ q, audience, conditions: conditionSlugs, page, limit: perPage }), parseArticleSearchResponse),
    fetchArticles(ARTICLE_CONDITION_COUNTS_PATH, articleSearchParams({ q, audience }), parseConditionCountsResponse),
  ])
  return {
    docs: result.docs,
    totalDocs: result.totalDocs,
    page: result.page,
    totalPages: result.totalPages,
    hasPrevPage: result.page > 1,
    hasNextPage: result.page < result.totalPages,
    counts: new Map(allConditionIds.map((id) => [id, conditionCounts[String(id)] ?? 0])),
  }
}
