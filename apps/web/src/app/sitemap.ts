import { routes } from '@kat/contract'
import type { MetadataRoute } from 'next'
import { connection } from 'next/server'

import { getPublishedIndex } from '@/lib/feeds'
import { siteUrl } from '@/lib/site-url'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection()
  const base = siteUrl()
  const { conditions, articles } = await getPublishedIndex()
  return [
    { url: `${base}${routes.home()}`, changeFrequency: 'weekly', priority: 1 },
    { url: `${base}${routes.conditions()}`, changeFrequency: 'weekly', priority: 0.9 },
    { url: `${base}${routes.contraindications()}`, changeFrequency: 'monthly', priority: 0.8 },
    ...conditions.map((doc) => ({ url: `${base}${routes.condition(doc.slug)}`, lastModified: doc.updatedAt, priority: 0.8 })),
    ...articles.map((doc) => ({ url: `${base}${routes.article(doc.slug)}`, lastModified: doc.updatedAt, priority: 0.7 })),
  ]
}
