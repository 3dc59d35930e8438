import type { Metadata } from 'next'

import { ConditionArticle } from '@/components/ConditionArticle'
import { getArticlesForCondition, getCondition } from '@/lib/content'
import { loadPage, pageMetadata } from '@/lib/load-page'
import { prerenderOnFirstVisit } from '@/lib/rendering'

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = prerenderOnFirstVisit

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return params.then(({ slug }) => pageMetadata('conditions', slug, getCondition, (doc) => doc.name))
}

export default async function ConditionPage({ params }: Props) {
  const { slug } = await params
  const condition = await loadPage('conditions', slug, getCondition)
  const articles = await getArticlesForCondition(condition.id)
  return <ConditionArticle condition={condition} articles={articles} />
}
