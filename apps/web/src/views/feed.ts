import { routesFor, type Locale } from '@kat/contract'
import { connection } from 'next/server'

import { translator } from '@/i18n'
import { getPublishedIndex } from '@/lib/feeds'
import { escapeMarkup } from '@/lib/markup'
import { siteUrl } from '@/lib/site-url'

/** The RSS 2.0 feed of one language: published articles (in another language those with an approved translation), newest first. */
export function feedRoute(locale: Locale) {
  const t = translator(locale, 'Feed')
  const at = routesFor(locale)
  return async function GET() {
    await connection()
    const base = siteUrl()
    const { articles } = await getPublishedIndex(locale)
    const items = articles
      .slice(0, 50)
      .map(
        (article) => `    <item>
      <title>${escapeMarkup(article.title)}</title>
      <link>${base}${at.article(article.slug)}</link>
      <guid isPermaLink="true">${base}${at.article(article.slug)}</guid>
      <description>${escapeMarkup(article.summary)}</description>
      <pubDate>${new Date(article.publishedAt ?? article.updatedAt).toUTCString()}</pubDate>
    </item>`,
      )
      .join('\n')
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeMarkup(t('title'))}</title>
    <link>${base}${at.home()}</link>
    <atom:link href="${base}${at.feed()}" rel="self" type="application/rss+xml" />
    <description>${escapeMarkup(t('description'))}</description>
    <language>${locale}</language>
${items}
  </channel>
</rss>
`
    return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } })
  }
}
