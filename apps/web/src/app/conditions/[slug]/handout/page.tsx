import type { Contraindication } from '@kat/cms-types'
import { routes } from '@kat/contract'
import type { Metadata } from 'next'

import { EvidenceBadge } from '@/components/EvidenceBadge'
import { PageDisclaimers } from '@/components/PageDisclaimers'
import { PrintButton } from '@/components/PrintButton'
import { QrCode } from '@/components/QrCode'
import { ReviewInfo } from '@/components/ReviewInfo'
import { getCondition } from '@/lib/content'
import { evidenceLevel } from '@/lib/evidence'
import { loadPage } from '@/lib/load-page'
import { prerenderOnFirstVisit } from '@/lib/rendering'
import { siteUrl } from '@/lib/site-url'

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = prerenderOnFirstVisit

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  return { title: 'Handout', robots: { index: false }, alternates: { canonical: routes.condition(slug) } }
}

const QUESTIONS = [
  'Is ketamine or esketamine a good option for me, and why?',
  'What other treatments should I try first or alongside it?',
  'Do any of my health conditions or medicines make it unsafe?',
  'What happens during and after a session, and who will watch me?',
  'How will we know if it is working, and when do we stop?',
]

/** One printed page a clinician can hand over: the essentials, a QR code to the full page, the page's own and the required disclaimers, crisis help. */
export default async function HandoutPage({ params }: Props) {
  const { slug } = await params
  const condition = await loadPage('conditions', slug, getCondition)
  const url = `${siteUrl()}${routes.condition(condition.slug)}`
  const absolute = (condition.contraindications ?? []).filter((c): c is Contraindication => typeof c === 'object' && c.kind === 'absolute')

  return (
    <article className="handout mx-auto max-w-3xl" data-handout>
      <div className="flex items-start justify-between gap-6">
        <div>
          <p className="text-sm font-medium uppercase tracking-wide text-teal-900">Patient handout</p>
          <h1 className="text-3xl font-bold">{condition.name}</h1>
          <p className="mt-2">
            <EvidenceBadge level={condition.evidenceLevel} />
          </p>
        </div>
        <figure className="shrink-0 text-center">
          <QrCode url={url} size={120} />
          <figcaption className="mt-1 max-w-40 text-xs break-all">{url}</figcaption>
        </figure>
      </div>
      <p className="mt-4">{condition.summary}</p>
      <p className="mt-2 text-sm text-slate-700">{evidenceLevel(condition.evidenceLevel).explanation}</p>
      {absolute.length ? (
        <section className="mt-4">
          <h2 className="text-lg font-semibold">You must not have ketamine if you have</h2>
          <ul className="mt-1 list-disc pl-6 text-sm">
            {absolute.map((item) => (
              <li key={item.id}>{item.name}</li>
            ))}
          </ul>
          <p className="mt-1 text-sm">Other health problems need a talk with your clinician first. See the full page for the list.</p>
        </section>
      ) : null}
      <section className="mt-4">
        <h2 className="text-lg font-semibold">Questions to ask your clinician</h2>
        <ul className="mt-1 list-disc pl-6 text-sm">
          {QUESTIONS.map((question) => (
            <li key={question}>{question}</li>
          ))}
        </ul>
      </section>
      <PageDisclaimers disclaimers={condition.disclaimers} scope="conditions" />
      <ReviewInfo reviewedBy={condition.reviewedBy} lastReviewed={condition.lastReviewed} />
      <p className="mt-2 text-sm">Scan the code or visit the address above for the full, up-to-date page with references.</p>
      <PrintButton />
    </article>
  )
}
