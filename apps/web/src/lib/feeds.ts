import 'server-only'

import { cacheTags, type Locale } from '@kat/contract'

import { cached, cms, inLocale } from './cms'
import { approvedIn, translationOf } from './translation'

/**
 * Every published page with its last change, for the sitemap and the feeds (published content only),
 * each with whether its translation is approved (`translated`). In another language than English,
 * the articles are those with an approved translation, with their text in that language.
 */
export async function getPublishedIndex(locale: Locale = 'en') {
  const [conditions, articles] = await Promise.all([
    cms().find(
      {
        collection: 'conditions',
        where: { _status: { equals: 'published' } },
        select: { slug: true, updatedAt: true, translation: true } as const,
        limit: 1000,
        depth: 0,
        pagination: false,
      },
      cached(cacheTags.collection('conditions')),
    ),
    cms().find(
      {
        collection: 'articles',
        where: { _status: { equals: 'published' } },
        select: { slug: true, title: true, summary: true, updatedAt: true, publishedAt: true, translation: true } as const,
        sort: '-publishedAt',
        limit: 1000,
        depth: 0,
        pagination: false,
        ...inLocale(locale),
      },
      cached(cacheTags.collection('articles')),
    ),
  ])
  const translated = (doc: object) => Boolean(translationOf(doc)?.reviewedAt)
  return {
    conditions: conditions.docs.map((doc) => ({ ...doc, translated: translated(doc) })),
    articles: articles.docs.filter((doc) => approvedIn(locale, doc, doc.title)).map((doc) => ({ ...doc, translated: translated(doc) })),
  }
}
