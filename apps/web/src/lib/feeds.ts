import 'server-only'

import { cacheTags } from '@kat/contract'

import { cached, cms } from './cms'

/** Every published page with its last change, for the sitemap and the feed (published content only). */
export async function getPublishedIndex() {
  const [conditions, articles] = await Promise.all([
    cms().find(
      { collection: 'conditions', where: { _status: { equals: 'published' } }, select: { slug: true, updatedAt: true }, limit: 1000, depth: 0, pagination: false },
      cached(cacheTags.collection('conditions')),
    ),
    cms().find(
      {
        collection: 'articles',
        where: { _status: { equals: 'published' } },
        select: { slug: true, title: true, summary: true, updatedAt: true, publishedAt: true },
        sort: '-publishedAt',
        limit: 1000,
        depth: 0,
        pagination: false,
      },
      cached(cacheTags.collection('articles')),
    ),
  ])
  return { conditions: conditions.docs, articles: articles.docs }
}

