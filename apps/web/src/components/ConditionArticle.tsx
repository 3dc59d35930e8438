import type { Contraindication } from '@kat/cms-types'
import { CODE_SYSTEMS, documentPath, routesFor, type Locale } from '@kat/contract'

import { translator } from '@/i18n'
import type { getArticlesForCondition, getCondition } from '@/lib/content'
import { evidenceLevel } from '@/lib/evidence'
import { siteUrl } from '@/lib/site-url'
import { approvedIn, translationOf } from '@/lib/translation'

import { ArticleSection } from './ArticleList'
import { Contraindications } from './Contraindications'
import { EvidenceBadge } from './EvidenceBadge'
import { JsonLd, medicalWebPage } from './JsonLd'
import { LanguageSwitch } from './LanguageSwitch'
import { PageDisclaimers } from './PageDisclaimers'
import { numberCitations, References } from './References'
import { RelatedConditions } from './RelatedConditions'
import { ReviewInfo } from './ReviewInfo'
import { RichText } from './RichText/RichText'
import { ShareWithPatient } from './ShareWithPatient'

export type ConditionDoc = NonNullable<Awaited<ReturnType<typeof getCondition>>>
export type ConditionArticles = Awaited<ReturnType<typeof getArticlesForCondition>>

/**
 * A condition page's content in one language from its reads, with no read of its own: the portal's
 * routes render it, and so does the benchmark's Pages Router variant of the same page (bench/approaches).
 */
export function ConditionArticle({ condition, articles, locale }: { condition: ConditionDoc; articles: ConditionArticles; locale: Locale }) {
  const at = routesFor(locale)
  const t = translator(locale, 'Condition')
  const englishPath = documentPath('conditions', condition.slug)
  const { list: citations, numbers } = numberCitations(condition.citations)
  const contraindications = (condition.contraindications ?? []).filter((c): c is Contraindication => typeof c === 'object' && approvedIn(locale, c, c.name, c.patientExplanation))
  const url = `${siteUrl()}${at.condition(condition.slug)}`
  const structuredData = medicalWebPage(url, condition.name, condition.summary, condition, locale, {
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
      <LanguageSwitch locale={locale} path={at.condition(condition.slug)} />
      <JsonLd data={structuredData} />
      <h1 className="text-3xl font-bold">{condition.name}</h1>
      {condition.alsoKnownAs?.length ? <p className="mt-1 text-slate-700">{t('alsoCalled', { names: condition.alsoKnownAs.join(', ') })}</p> : null}
      <ReviewInfo
        reviewedBy={condition.reviewedBy}
        lastReviewed={condition.lastReviewed}
        nextReviewDue={condition.nextReviewDue}
        translation={translationOf(condition)}
        locale={locale}
      />
      <p className="mt-4 max-w-3xl text-lg">{condition.summary}</p>

      <section aria-labelledby="evidence-heading" className="mt-6 max-w-3xl rounded-md border border-slate-200 p-4">
        <h2 id="evidence-heading" className="text-lg font-semibold">
          {t('evidenceHeading')} <EvidenceBadge level={condition.evidenceLevel} locale={locale} />
        </h2>
        <p className="mt-2 text-slate-700">{evidenceLevel(condition.evidenceLevel, locale).explanation}</p>
      </section>

      <PageDisclaimers disclaimers={condition.disclaimers} scope="conditions" locale={locale} />

      <section aria-labelledby="overview-heading" className="mt-8">
        <h2 id="overview-heading" className="sr-only">
          {t('overview')}
        </h2>
        <RichText content={condition.overview} citationNumbers={numbers} locale={locale} />
      </section>

      <Contraindications items={condition.contraindications} locale={locale} englishPath={englishPath} />
      <ArticleSection title={t('relatedArticles')} articles={articles} locale={locale} />
      <RelatedConditions conditions={condition.relatedConditions} locale={locale} />
      <References citations={citations} locale={locale} />
      <ShareWithPatient url={url} handoutPath={at.handout(condition.slug)} packetPath={at.share(`?c=${condition.slug}`)} locale={locale} />
    </article>
  )
}
