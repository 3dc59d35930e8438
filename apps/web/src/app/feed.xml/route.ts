import { routes } from '@kat/contract'
import { connection } from 'next/server'

import { getPublishedIndex } from '@/lib/feeds'
import { escapeMarkup } from '@/lib/markup'
import { siteUrl } from '@/lib/site-url'

/** RSS 2.0 feed of published articles, newest first. */
export async function GET() {
  await connection()
  const base = siteUrl()
  const { articles } = await getPublishedIndex()
  const items = articles
    .slice(0, 50)
    .map(
      (article) => `    <item>
      <title>${escapeMarkup(article.title)}</title>
      <link>${base}${routes.article(article.slug)}</link>
      <guid isPermaLink="true">${base}${routes.article(article.slug)}</guid>
      <description>${escapeMarkup(article.summary)}</description>
      <pubDate>${new Date(article.publishedAt ?? article.updatedAt).toUTCString()}</pubDate>
    </item>`,
    )
    .join('\n')
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Ketamine Therapy Guide</title>
    <link>${base}${routes.home()}</link>
    <atom:link href="${base}${routes.feed()}" rel="self" type="application/rss+xml" />
    <description>Clinically reviewed articles about ketamine-assisted therapy.</description>
    <language>en</language>
${items}
  </channel>
</rss>
`
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } })
}
