import { LOCALES, localizedPath, routes } from '@kat/contract'
import type { MetadataRoute } from 'next'
import { connection } from 'next/server'

import { getPublishedIndex } from '@/lib/feeds'
import { siteUrl } from '@/lib/site-url'

type Entry = MetadataRoute.Sitemap[number]

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection()
  const base = siteUrl()
  const { conditions, articles } = await getPublishedIndex()
  /**
   * A page in every language it has, each entry naming all of them (hreflang both ways); a document
   * without an approved translation is listed in English only.
   */
  const inEach = (path: string, entry: Omit<Entry, 'url'>, translated = true): Entry[] => {
    const locales = translated ? LOCALES : (['en'] as const)
    const languages = { ...Object.fromEntries(locales.map((locale) => [locale, `${base}${localizedPath(path, locale)}`])), 'x-default': `${base}${path}` }
    return locales.map((locale) => ({ url: `${base}${localizedPath(path, locale)}`, ...entry, ...(translated ? { alternates: { languages } } : {}) }))
  }
  return [
    ...inEach(routes.home(), { changeFrequency: 'weekly', priority: 1 }),
    ...inEach(routes.conditions(), { changeFrequency: 'weekly', priority: 0.9 }),
    ...inEach(routes.contraindications(), { changeFrequency: 'monthly', priority: 0.8 }),
    ...conditions.flatMap((doc) => inEach(routes.condition(doc.slug), { lastModified: doc.updatedAt, priority: 0.8 }, doc.translated)),
    ...articles.flatMap((doc) => inEach(routes.article(doc.slug), { lastModified: doc.updatedAt, priority: 0.7 }, doc.translated)),
  ]
}
