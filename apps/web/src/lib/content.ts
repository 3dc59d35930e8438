import 'server-only'

import type { Condition, SiteSetting } from '@kat/cms-types'

import { cached, cms, cmsUrl, tags } from './cms'
import { documentRead } from './preview'

export type ConditionCard = Pick<Condition, 'id' | 'name' | 'slug' | 'summary'>

/** Site name and crisis help; null when the CMS cannot be reached and nothing is cached. */
export async function getSiteSettings(): Promise<SiteSetting | null> {
  try {
    return await cms().findGlobal({ slug: 'site-settings', depth: 0 }, cached(tags.global('site-settings')))
  } catch (error) {
    console.error('[cms] site settings unavailable:', error instanceof Error ? error.message : error)
    return null
  }
}

/** Published conditions, A–Z, with only the fields a card needs. */
export async function getConditionCards(): Promise<ConditionCard[]> {
  const result = await cms().find(
    {
      collection: 'conditions',
      select: { name: true, slug: true, summary: true },
      sort: 'name',
      limit: 100,
      depth: 0,
      where: { _status: { equals: 'published' } },
    },
    cached(tags.collection('conditions')),
  )
  return result.docs as ConditionCard[]
}

export type RequiredDisclaimer = { id: number; title: string; body: string; kind: string }

/**
 * The required disclaimers for a page type, from the CMS (`/api/disclaimers/required`). An empty list
 * (CMS unreachable, nothing cached) makes the layout fall back to its built-in disclaimer.
 */
export async function getRequiredDisclaimers(pageType: 'all' | 'articles' | 'conditions' = 'all'): Promise<RequiredDisclaimer[]> {
  try {
    const response = await fetch(`${cmsUrl()}/api/disclaimers/required?for=${pageType}`, cached(tags.collection('disclaimers')))
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    const { docs } = (await response.json()) as { docs: RequiredDisclaimer[] }
    return docs
  } catch (error) {
    console.error('[cms] required disclaimers unavailable:', error instanceof Error ? error.message : error)
    return []
  }
}

/** Finds where an old path now lives (slug changes recorded by the CMS). */
export async function getRedirect(path: string): Promise<string | undefined> {
  try {
    const result = await cms().find(
      { collection: 'redirects', where: { from: { equals: path } }, limit: 1, depth: 0, select: { to: true } },
      cached(tags.collection('redirects')),
    )
    return result.docs[0]?.to
  } catch {
    return undefined
  }
}

export async function getConditionsAZ() {
  const result = await cms().find(
    {
      collection: 'conditions',
      select: { name: true, slug: true, summary: true, evidenceLevel: true, alsoKnownAs: true },
      sort: 'name',
      limit: 200,
      depth: 0,
      where: { _status: { equals: 'published' } },
    },
    cached(tags.collection('conditions')),
  )
  return result.docs
}

/** The published condition, or in a preview its latest draft. */
export async function getCondition(slug: string) {
  const read = await documentRead(tags.collection('conditions'))
  const result = await cms().find(
    {
      collection: 'conditions',
      where: read.draft ? { slug: { equals: slug } } : { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
      draft: read.draft,
      limit: 1,
      depth: 1,
      select: {
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
      },
    },
    read.init,
  )
  return result.docs[0]
}

export async function getArticlesForCondition(conditionId: number) {
  const result = await cms().find(
    {
      collection: 'articles',
      where: { and: [{ conditions: { contains: conditionId } }, { _status: { equals: 'published' } }] },
      select: { title: true, slug: true, summary: true, audience: true },
      sort: '-publishedAt',
      limit: 20,
      depth: 0,
    },
    cached(tags.collection('articles')),
  )
  return result.docs
}

/** The published article, or in a preview its latest draft. */
export async function getArticle(slug: string) {
  const read = await documentRead(tags.collection('articles'))
  const result = await cms().find(
    {
      collection: 'articles',
      where: read.draft ? { slug: { equals: slug } } : { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
      draft: read.draft,
      limit: 1,
      depth: 1,
      select: {
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
      },
    },
    read.init,
  )
  return result.docs[0]
}

export async function getContraindications() {
  const result = await cms().find(
    {
      collection: 'contraindications',
      where: { _status: { equals: 'published' } },
      select: { name: true, slug: true, kind: true, patientExplanation: true, appliesTo: true },
      sort: 'name',
      limit: 200,
      depth: 0,
    },
    cached(tags.collection('contraindications')),
  )
  return result.docs
}

export async function getLatestArticles(limit = 6) {
  const result = await cms().find(
    {
      collection: 'articles',
      where: { _status: { equals: 'published' } },
      select: { title: true, slug: true, summary: true },
      sort: '-publishedAt',
      limit,
      depth: 0,
    },
    cached(tags.collection('articles')),
  )
  return result.docs
}

export type ArticleListQuery = { conditionIds: number[]; audience?: string; q?: string; page: number }

type ArticleCard = { id: number; title: string; slug: string; summary: string; audience: string }
type ArticleListResult = { docs: ArticleCard[]; totalDocs: number; page: number; totalPages: number }

async function fetchArticles<T>(path: string, params: URLSearchParams): Promise<T> {
  const response = await fetch(`${cmsUrl()}/api/articles/${path}?${params}`, cached(tags.collection('articles')))
  if (!response.ok) throw new Error(`Article list failed: HTTP ${response.status}`)
  return (await response.json()) as T
}

/**
 * One page of published articles (newest first, or best match first with a search term) and what each
 * condition filter would show. The counts depend on the search and audience only, so one cached answer
 * serves every page and condition choice.
 */
export async function getArticleList(query: ArticleListQuery & { conditionSlugs: string[] }, allConditionIds: number[], perPage = 10) {
  const shared = new URLSearchParams()
  if (query.q) shared.set('q', query.q)
  if (query.audience) shared.set('audience', query.audience)
  const list = new URLSearchParams(shared)
  list.set('page', String(query.page))
  list.set('limit', String(perPage))
  for (const slug of query.conditionSlugs) list.append('condition', slug)
  const [result, { conditionCounts }] = await Promise.all([
    fetchArticles<ArticleListResult>('search', list),
    fetchArticles<{ conditionCounts: Record<string, number> }>('condition-counts', shared),
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
