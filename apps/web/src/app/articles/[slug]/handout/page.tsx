import { routes } from '@kat/contract'
import type { Metadata } from 'next'

import { PrintButton } from '@/components/PrintButton'
import { TopicHandout } from '@/components/handout/TopicHandout'
import { articleTopic } from '@/components/handout/topics'
import { getArticle } from '@/lib/content'
import { loadPage } from '@/lib/load-page'
import { prerenderOnFirstVisit } from '@/lib/rendering'

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = prerenderOnFirstVisit

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  return { title: 'Handout', robots: { index: false }, alternates: { canonical: routes.article(slug) } }
}

/** An article as one printed page, in the style of the condition handouts. */
export default async function ArticleHandoutPage({ params }: Props) {
  const { slug } = await params
  const article = await loadPage('articles', slug, getArticle)
  return (
    <article className="handout mx-auto max-w-3xl" data-handout>
      <TopicHandout topic={articleTopic(article)} level={1} discussFirst="sentence" />
      <PrintButton />
    </article>
  )
}
