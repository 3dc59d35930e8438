import { routes, type Audience } from '@kat/contract'
import type { Metadata } from 'next'

import { Contraindications } from '@/components/Contraindications'
import { JsonLd, medicalWebPage } from '@/components/JsonLd'
import { PageDisclaimers } from '@/components/PageDisclaimers'
import { numberCitations, References } from '@/components/References'
import { RelatedConditions } from '@/components/RelatedConditions'
import { ReviewInfo } from '@/components/ReviewInfo'
import { ShareWithPatient } from '@/components/ShareWithPatient'
import { RichText } from '@/components/RichText/RichText'
import { getArticle } from '@/lib/content'
import { loadPage, pageMetadata } from '@/lib/load-page'
import { prerenderOnFirstVisit } from '@/lib/rendering'
import { siteUrl } from '@/lib/site-url'

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = prerenderOnFirstVisit

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return params.then(({ slug }) => pageMetadata('articles', slug, getArticle, (doc) => doc.title))
}

const AUDIENCE_LABELS: Record<Audience, string> = { patients: 'For patients', caregivers: 'For families and carers', clinicians: 'For clinicians' }

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params
  const article = await loadPage('articles', slug, getArticle)
  const { list: citations, numbers } = numberCitations(article.citations)

  const structuredData = medicalWebPage(`${siteUrl()}${routes.article(article.slug)}`, article.title, article.summary, article)
  return (
    <article>
      <JsonLd data={structuredData} />
      <p className="text-sm font-medium uppercase tracking-wide text-teal-900">{AUDIENCE_LABELS[article.audience]}</p>
      <h1 className="mt-1 text-3xl font-bold">{article.title}</h1>
      <ReviewInfo reviewedBy={article.reviewedBy} lastReviewed={article.lastReviewed} nextReviewDue={article.nextReviewDue} />
      <p className="mt-4 max-w-3xl text-lg text-slate-800">{article.summary}</p>
      <PageDisclaimers disclaimers={article.disclaimers} scope="articles" />
      <div className="mt-8">
        <RichText content={article.body} citationNumbers={numbers} />
      </div>
      <Contraindications items={article.contraindications} />
      <RelatedConditions conditions={article.conditions} />
      <References citations={citations} />
      <ShareWithPatient
        url={`${siteUrl()}${routes.article(article.slug)}`}
        handoutPath={routes.articleHandout(article.slug)}
        packetPath={routes.share(`?a=${article.slug}`)}
      />
    </article>
  )
}
