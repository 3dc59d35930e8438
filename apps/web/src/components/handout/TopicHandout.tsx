import type { Contraindication, Disclaimer } from '@kat/cms-types'
import type { DisclaimerScope, EvidenceLevel, Locale } from '@kat/contract'
import type React from 'react'

import { UntranslatedContraindications } from '@/components/Contraindications'
import { EvidenceBadge } from '@/components/EvidenceBadge'
import { PageDisclaimers } from '@/components/PageDisclaimers'
import { QrCode } from '@/components/QrCode'
import { ReviewInfo } from '@/components/ReviewInfo'
import { translator } from '@/i18n'
import { evidenceLevel } from '@/lib/evidence'
import { approvedIn, type Translation } from '@/lib/translation'

export type HandoutTopic = {
  /** "Patient handout", "Condition", "Article", in the handout's language. */
  label: string
  title: string
  summary: string
  evidence?: EvidenceLevel
  /** What the article covers: its section headings. */
  outline?: string[]
  contraindications?: (number | Contraindication)[] | null
  disclaimers?: (number | Disclaimer)[] | null
  scope: DisclaimerScope
  reviewedBy?: string | null
  lastReviewed?: string | null
  nextReviewDue?: string | null
  translation?: Translation
  /** The full page, for the QR code: in the handout's language. */
  url: string
  /** The full page in English, where what has no translation yet can be read. */
  englishPath: string
  locale: Locale
}

const embedded = (items: HandoutTopic['contraindications']) => (items ?? []).filter((item): item is Contraindication => typeof item === 'object' && item !== null)

/**
 * One topic in print style: the essentials, must-not and discuss-first contraindications, questions to
 * ask, the page's disclaimers, the review, and a QR code to the full page. A handout is the topic alone
 * (`h1`, discuss-first as one sentence so it fits one page); a packet gives each topic its own pages.
 */
export async function TopicHandout({ topic, level, discussFirst }: { topic: HandoutTopic; level: 1 | 2; discussFirst: 'list' | 'sentence' }) {
  const Title = `h${level}` as 'h1' | 'h2'
  const Sub = `h${level + 1}` as 'h2' | 'h3'
  const all = embedded(topic.contraindications)
  const shown = all.filter((item) => approvedIn(topic.locale, item, item.name))
  const mustNot = shown.filter((item) => item.kind === 'absolute')
  const discuss = shown.filter((item) => item.kind === 'relative')
  const list = (items: React.ReactNode[]) => <ul className="mt-1 list-disc pl-6 text-sm">{items}</ul>
  const { locale } = topic
  const t = translator(locale, 'Handout')
  const questions = t.raw('questionList') as string[]
  return (
    <>
      <div className="flex items-start justify-between gap-6">
        <div>
          <p className="text-sm font-medium uppercase tracking-wide text-teal-900">{topic.label}</p>
          <Title className="text-3xl font-bold">{topic.title}</Title>
          {topic.evidence ? (
            <p className="mt-2">
              <EvidenceBadge level={topic.evidence} locale={locale} />
            </p>
          ) : null}
        </div>
        <figure className="shrink-0 text-center">
          <QrCode url={topic.url} size={120} locale={locale} />
          <figcaption className="mt-1 max-w-40 text-xs break-all">{topic.url}</figcaption>
        </figure>
      </div>
      <p className="mt-4">{topic.summary}</p>
      {topic.evidence ? <p className="mt-2 text-sm text-slate-700">{evidenceLevel(topic.evidence, locale).explanation}</p> : null}
      {topic.outline?.length ? (
        <section className="mt-4">
          <Sub className="text-lg font-semibold">{t('covers')}</Sub>
          {list(topic.outline.map((heading) => <li key={heading}>{heading}</li>))}
        </section>
      ) : null}
      {mustNot.length ? (
        <section className="mt-4">
          <Sub className="text-lg font-semibold">{t('mustNot')}</Sub>
          {list(mustNot.map((item) => <li key={item.id}>{item.name}</li>))}
          {discussFirst === 'sentence' ? <p className="mt-1 text-sm">{t('discussSentence')}</p> : null}
        </section>
      ) : null}
      {discussFirst === 'list' && discuss.length ? (
        <section className="mt-4">
          <Sub className="text-lg font-semibold">{t('discussFirst')}</Sub>
          {list(discuss.map((item) => <li key={item.id}>{item.name}</li>))}
        </section>
      ) : null}
      <UntranslatedContraindications count={all.length - shown.length} locale={locale} englishPath={topic.englishPath} />
      <section className="mt-4">
        <Sub className="text-lg font-semibold">{t('questions')}</Sub>
        {list(questions.map((question) => <li key={question}>{question}</li>))}
      </section>
      <PageDisclaimers disclaimers={topic.disclaimers} scope={topic.scope} locale={locale} />
      <ReviewInfo reviewedBy={topic.reviewedBy} lastReviewed={topic.lastReviewed} nextReviewDue={topic.nextReviewDue} translation={topic.translation} locale={locale} />
      <p className="mt-2 text-sm">{t('scan')}</p>
    </>
  )
}
