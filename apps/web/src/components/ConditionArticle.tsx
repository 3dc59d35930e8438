import type { Contraindication } from '@kat/cms-types'
import { CODE_SYSTEMS, routes } from '@kat/contract'

import type { getArticlesForCondition, getCondition } from '@/lib/content'
import { evidenceLevel } from '@/lib/evidence'
import { siteUrl } from '@/lib/site-url'

import { ArticleSection } from './ArticleList'
import { Contraindications } from './Contraindications'
import { EvidenceBadge } from './EvidenceBadge'
import { JsonLd, medicalWebPage } from './JsonLd'
import { PageDisclaimers } from './PageDisclaimers'
import { numberCitations, References } from './References'
import { RelatedConditions } from './RelatedConditions'
import { ReviewInfo } from './ReviewInfo'
import { RichText } from './RichText/RichText'
import { ShareWithPatient } from './ShareWithPatient'

export type ConditionDoc = NonNullable<Awaited<ReturnType<typeof getCondition>>>
export type ConditionArticles = Awaited<ReturnType<typeof getArticlesForCondition>>

/**
 * A condition page's content from its reads, with no read of its own: the portal's route renders it,
 * and so does the benchmark's Pages Router variant of the same page (bench/approaches).
 */
export function ConditionArticle({ condition, articles }: { condition: ConditionDoc; articles: ConditionArticles }) {
  const { list: citations, numbers } = numberCitations(condition.citations)
  const contraindications = (condition.contraindications ?? []).filter((c): c is Contraindication => typeof c === 'object')
  const evidence = evidenceLevel(condition.evidenceLevel)
  const url = `${siteUrl()}${routes.condition(condition.slug)}`
  const structuredData = medicalWebPage(url, condition.name, condition.summary, condition, {
    '@type': 'MedicalCondition',
    name: condition.name,
    ...(condition.alsoKnownAs?.length ? { alternateName: condition.alsoKnownAs } : {}),
    ...(condition.codes?.length
      ? { code: condition.codes.map((code) => ({ '@type': 'MedicalCode', codeValue: code.code, codingSystem: CODE_SYSTEMS[code.system].label })) }
      : {}),
    ...(contraindications.length
      ? { contraindication: contraindications.map((item) => ({ '@type': 'MedicalContraindication', name: item.name, description: item.patientExplanation })) }
      : {}),
  })

  return (
    <article>
      <JsonLd data={structuredData} />
      <h1 className="text-3xl font-bold">{condition.name}</h1>
      {condition.alsoKnownAs?.length ? <p className="mt-1 text-slate-700">Also called: {condition.alsoKnownAs.join(', ')}</p> : null}
      <ReviewInfo reviewedBy={condition.reviewedBy} lastReviewed={condition.lastReviewed} nextReviewDue={condition.nextReviewDue} />
      <p className="mt-4 max-w-3xl text-lg">{condition.summary}</p>

      <section aria-labelledby="evidence-heading" className="mt-6 max-w-3xl rounded-md border border-slate-200 p-4">
        <h2 id="evidence-heading" className="text-lg font-semibold">
          How strong is the evidence? <EvidenceBadge level={condition.evidenceLevel} />
        </h2>
        <p className="mt-2 text-slate-700">{evidence.explanation}</p>
      </section>

      <PageDisclaimers disclaimers={condition.disclaimers} scope="conditions" />

      <section aria-labelledby="overview-heading" className="mt-8">
        <h2 id="overview-heading" className="sr-only">
          Overview
        </h2>
        <RichText content={condition.overview} citationNumbers={numbers} />
      </section>

      <Contraindications items={condition.contraindications} />

      <ArticleSection title="Related articles" articles={articles} />

      <RelatedConditions conditions={condition.relatedConditions} />

      <References citations={citations} />

      <ShareWithPatient url={url} handoutPath={routes.handout(condition.slug)} packetPath={routes.share(`?c=${condition.slug}`)} />
    </article>
  )
}
