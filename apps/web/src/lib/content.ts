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
  scopesShownOn,
  type ArticleSearchQuery,
  type DisclaimerScope,
  type Id,
  type Locale,
  type RequiredDisclaimer,
} from '@kat/contract'
import { cached, cms, cmsUrl, inLocale } from './cms'
import { linkedDocuments } from './linked-documents'
import { approvedIn } from './translation'
import { isPreviewing, previewInit } from './preview'

export type ConditionCard = Pick<Condition, 'id' | 'name' | 'slug' | 'summary'>

type Where = NonNullable<Parameters<ReturnType<typeof cms>['find']>[0]['where']>

const PUBLISHED: Where = { _status: { equals: 'published' } }

/** The same, as query parameters for the custom endpoints. */
const localeParams = (locale: Locale): string => (locale === 'en' ? '' : `locale=${locale}&fallback-locale=none`)
const withLocale = (query: string, locale: Locale): string => {
  const extra = localeParams(locale)
  return extra ? `${query}${query.includes('?') ? '&' : '?'}${extra}` : query
}


/** Site name and crisis help; null when the CMS cannot be reached and nothing is cached. */
export async function getSiteSettings(locale: Locale = 'en'): Promise<SiteSetting | null> {
  try {
    return await cms().findGlobal({ slug: 'site-settings', depth: 0, ...inLocale(locale) }, cached(cacheTags.global('site-settings')))
  } catch (error) {
    console.error('[cms] site settings unavailable:', error instanceof Error ? error.message : error)
    return null
  }
}

/** Published conditions, A–Z, with only the fields a card needs. */
export async function getConditionCards(locale: Locale = 'en'): Promise<ConditionCard[]> {
  const select = { name: true, slug: true, summary: true, translation: true } as const
  const result = await cms().find(
    { collection: 'conditions', select, sort: 'name', limit: 100, depth: 0, where: PUBLISHED, ...inLocale(locale) },
    cached(cacheTags.collection('conditions')),
  )
  return (result.docs as ConditionCard[]).filter((doc) => approvedIn(locale, doc, doc.name))
}

/**
 * The required disclaimers a page type shows (scope "all" plus its own), from the CMS. Tagged with the
 * collection: a disclaimer that becomes required, or stops being, changes the list. An empty list (CMS
 * unreachable, nothing cached) makes the page fall back to its built-in disclaimer.
 */
export async function getRequiredDisclaimers(page: DisclaimerScope = 'all', locale: Locale = 'en'): Promise<RequiredDisclaimer[]> {
  try {
    if (locale !== 'en') return await readRequiredDisclaimers(page, locale)
    const response = await fetch(`${cmsUrl()}${REQUIRED_DISCLAIMERS_PATH}${requiredDisclaimersQuery(page)}`, cached(cacheTags.collection('disclaimers')))
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    return parseRequiredDisclaimersResponse(await response.json()).docs
  } catch (error) {
    console.error('[cms] required disclaimers unavailable:', error instanceof Error ? error.message : error)
    return []
  }
}

/**
 * The same list in another language, read from the collection: the CMS's endpoint passes the locale
 * but not `fallback-locale`, so it would answer a disclaimer without its translation in English. Those
 * come back without text here, and the footer puts the built-in one in their place.
 */
async function readRequiredDisclaimers(page: DisclaimerScope, locale: Locale): Promise<RequiredDisclaimer[]> {
  const where: Where = { and: [{ required: { equals: true } }, { scope: { in: scopesShownOn(page) } }, PUBLISHED] }
  const select = { title: true, body: true, kind: true, scope: true, translation: true } as const
  const result = await cms().find({ collection: 'disclaimers', where, select, sort: 'id', depth: 0, limit: 20, ...inLocale(locale) }, cached(cacheTags.collection('disclaimers')))
  // An unapproved translation counts as none: its text is left empty.
  return result.docs.map((doc) => {
    const approved = approvedIn(locale, doc, doc.title) && Boolean(doc.body)
    return { id: doc.id, title: approved ? doc.title : '', body: approved ? doc.body : '', kind: doc.kind, scope: doc.scope ?? 'all' }
  })
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

/** Published conditions A–Z, in `locale` those with an approved translation only. */
export async function getConditionsAZ(locale: Locale = 'en') {
  const select = { name: true, slug: true, summary: true, evidenceLevel: true, alsoKnownAs: true, translation: true } as const
  const result = await cms().find(
    { collection: 'conditions', select, sort: 'name', limit: 200, depth: 0, where: PUBLISHED, ...inLocale(locale) },
    cached(cacheTags.collection('conditions')),
  )
  return result.docs.filter((doc) => approvedIn(locale, doc, doc.name)).sort((a, b) => a.name.localeCompare(b.name, locale))
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
  contraindications: { name: true, slug: true, kind: true, patientExplanation: true, translation: true },
  disclaimers: { title: true, body: true, kind: true, required: true, scope: true, translation: true },
  conditions: { name: true, slug: true, translation: true },
  articles: { title: true, slug: true, translation: true },
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
  locale: Locale
  embeddedIn: (init: RequestInit, where: Where) => Promise<R | undefined>
  tags: (ref: R) => string[]
  document: (init: RequestInit, where: Where, draft: boolean, locale: Locale) => Promise<D | undefined>
}): Promise<D | undefined> {
  const bySlug: Where = { slug: { equals: read.slug } }
  if (await isPreviewing()) return read.document(previewInit(), bySlug, true, read.locale)
  // What a page embeds is the same in every language (relations are not localized): one read serves all.
  const ref = await read.embeddedIn(cached(cacheTags.collection(read.collection)), { and: [bySlug, PUBLISHED] })
  if (!ref) return undefined
  return read.document(cached(...read.tags(ref)), { and: [{ id: { equals: ref.id } }, PUBLISHED] }, false, read.locale)
}

/** The published condition, or in a preview its latest draft; condition pages and handouts share it. */
export function getCondition(slug: string, locale: Locale = 'en') {
  return readDocumentPage({
    collection: 'conditions',
    slug,
    locale,
    embeddedIn: async (init, where) => {
      const select = { citations: true, contraindications: true, disclaimers: true, relatedConditions: true, overview: true } as const
      return (await cms().find({ collection: 'conditions', where, limit: 1, depth: 0, select }, init)).docs[0]
    },
    tags: (ref) => documentReadTags('condition', ref.id, embeddedIds(ref, ref.relatedConditions, ref.overview)),
    document: async (init, where, draft, locale) => {
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
        translation: true,
        updatedAt: true,
      } as const
      return (await cms().find({ collection: 'conditions', where, draft, limit: 1, depth: 1, select, populate: EMBEDDED_FIELDS, ...inLocale(locale) }, init)).docs[0]
    },
  })
}

export async function getArticlesForCondition(conditionId: number, locale: Locale = 'en') {
  const select = { title: true, slug: true, summary: true, audience: true, translation: true } as const
  const result = await cms().find(
    {
      collection: 'articles',
      where: { and: [{ conditions: { contains: conditionId } }, PUBLISHED] },
      select,
      sort: '-publishedAt',
      limit: 20,
      depth: 0,
      ...inLocale(locale),
    },
    // Any article may join the list: tagged with the collection.
    cached(cacheTags.collection('articles')),
  )
  return result.docs.filter((doc) => approvedIn(locale, doc, doc.title))
}

/** The published article, or in a preview its latest draft. */
export function getArticle(slug: string, locale: Locale = 'en') {
  return readDocumentPage({
    collection: 'articles',
    slug,
    locale,
    embeddedIn: async (init, where) => {
      const select = { citations: true, contraindications: true, disclaimers: true, conditions: true, body: true } as const
      return (await cms().find({ collection: 'articles', where, limit: 1, depth: 0, select }, init)).docs[0]
    },
    tags: (ref) => documentReadTags('article', ref.id, embeddedIds(ref, ref.conditions, ref.body)),
    document: async (init, where, draft, locale) => {
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
        translation: true,
        updatedAt: true,
      } as const
      return (await cms().find({ collection: 'articles', where, draft, limit: 1, depth: 1, select, populate: EMBEDDED_FIELDS, ...inLocale(locale) }, init)).docs[0]
    },
  })
}

/** Published contraindications A–Z; in another language each with its approved text there or none (the page links the English one). */
export async function getContraindications(locale: Locale = 'en') {
  const select = { name: true, slug: true, kind: true, patientExplanation: true, appliesTo: true, translation: true } as const
  const result = await cms().find(
    { collection: 'contraindications', where: PUBLISHED, select, sort: 'name', limit: 200, depth: 0, ...inLocale(locale) },
    cached(cacheTags.collection('contraindications')),
  )
  return result.docs
}

/** Every published article, A–Z, with what the packet builder shows. */
export async function getArticleChoices(locale: Locale = 'en') {
  return (await readArticleCards(locale, 'title', 500)).sort((a, b) => a.title.localeCompare(b.title, locale))
}

export function getLatestArticles(locale: Locale = 'en', limit = 6) {
  return readArticleCards(locale, '-publishedAt', limit)
}

/** Published articles with what a card shows; in another language only those with an approved translation. */
async function readArticleCards(locale: Locale, sort: string, limit: number) {
  const select = { title: true, slug: true, summary: true, translation: true } as const
  const result = await cms().find(
    { collection: 'articles', where: PUBLISHED, select, sort, limit, depth: 0, ...inLocale(locale) },
    cached(cacheTags.collection('articles')),
  )
  return result.docs.filter((doc) => approvedIn(locale, doc, doc.title))
}

export type ArticleListQuery = Pick<ArticleSearchQuery, 'q' | 'audience' | 'page'> & { conditionSlugs: string[]; locale: Locale }

async function fetchArticles<T>(path: string, params: URLSearchParams, locale: Locale, parse: (body: unknown) => T): Promise<T> {
  const response = await fetch(`${cmsUrl()}${withLocale(`${path}?${params}`, locale)}`, cached(cacheTags.collection('articles')))
  if (!response.ok) throw new Error(`Article list failed: HTTP ${response.status}`)
  return parse(await response.json())
}

/**
 * One page of published articles (newest first, or best match first with a search term) and what each
 * condition filter would show. The counts depend on the search and audience only, so one cached answer
 * serves every page and condition choice.
 */
export async function getArticleList(query: ArticleListQuery, allConditionIds: number[], perPage = 10) {
  const { q, audience, page, conditionSlugs, locale } = query
  const [result, { conditionCounts }] = await Promise.all([
    fetchArticles(ARTICLE_SEARCH_PATH, articleSearchParams({ q, audience, conditions: conditionSlugs, page, limit: perPage }), locale, parseArticleSearchResponse),
    fetchArticles(ARTICLE_CONDITION_COUNTS_PATH, articleSearchParams({ q, audience }), locale, parseConditionCountsResponse),
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
