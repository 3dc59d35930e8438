import { routes } from '@kat/contract'
import type { Metadata } from 'next'

import { PrintButton } from '@/components/PrintButton'
import { TopicHandout } from '@/components/handout/TopicHandout'
import { conditionTopic } from '@/components/handout/topics'
import { getCondition } from '@/lib/content'
import { loadPage } from '@/lib/load-page'
import { prerenderOnFirstVisit } from '@/lib/rendering'

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = prerenderOnFirstVisit

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  return { title: 'Handout', robots: { index: false }, alternates: { canonical: routes.condition(slug) } }
}

/** One printed page a clinician can hand over: the essentials, a QR code to the full page, the page's own and the required disclaimers, crisis help. */
export default async function HandoutPage({ params }: Props) {
  const { slug } = await params
  const condition = await loadPage('conditions', slug, getCondition)
  return (
    <article className="handout mx-auto max-w-3xl" data-handout>
      <TopicHandout topic={conditionTopic(condition)} level={1} discussFirst="sentence" />
      <PrintButton />
    </article>
  )
}
