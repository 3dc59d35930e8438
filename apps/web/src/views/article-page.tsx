import { documentPath, routesFor, type Audience, type Locale } from '@kat/contract'

import { Contraindications } from '@/components/Contraindications'
import { JsonLd, medicalWebPage } from '@/components/JsonLd'
import { LanguageSwitch } from '@/components/LanguageSwitch'
import { PageDisclaimers } from '@/components/PageDisclaimers'
import { numberCitations, References } from '@/components/References'
import { RelatedConditions } from '@/components/RelatedConditions'
import { ReviewInfo } from '@/components/ReviewInfo'
import { RichText } from '@/components/RichText/RichText'
import { ShareWithPatient } from '@/components/ShareWithPatient'
import { translator } from '@/i18n'
import { getArticle } from '@/lib/content'
import { siteUrl } from '@/lib/site-url'
import { translationOf } from '@/lib/translation'

import { documentRoute } from './document-route'

const AUDIENCE_KEYS = { patients: 'forPatients', caregivers: 'forCaregivers', clinicians: 'forClinicians' } as const satisfies Record<Audience, string>

/** The article page in one language: each language's route file is this, once. */
export function articlePage(locale: Locale) {
  const at = routesFor(locale)
  return documentRoute(
    {
      collection: 'articles',
      find: getArticle,
      title: (doc) => doc.title,
      englishPath: (slug) => documentPath('articles', slug),
      render: (article) => {
        const englishPath = documentPath('articles', article.slug)
        const { list: citations, numbers } = numberCitations(article.citations)
        const url = `${siteUrl()}${at.article(article.slug)}`
        return (
          <article>
            <LanguageSwitch locale={locale} path={at.article(article.slug)} />
            <JsonLd data={medicalWebPage(url, article.title, article.summary, article, locale)} />
            <p className="text-sm font-medium uppercase tracking-wide text-teal-900">{translator(locale, 'Articles')(AUDIENCE_KEYS[article.audience])}</p>
            <h1 className="mt-1 text-3xl font-bold">{article.title}</h1>
            <ReviewInfo reviewedBy={article.reviewedBy} lastReviewed={article.lastReviewed} nextReviewDue={article.nextReviewDue} translation={translationOf(article)} locale={locale} />
            <p className="mt-4 max-w-3xl text-lg text-slate-800">{article.summary}</p>
            <PageDisclaimers disclaimers={article.disclaimers} scope="articles" locale={locale} />
            <div className="mt-8">
              <RichText content={article.body} citationNumbers={numbers} locale={locale} />
            </div>
            <Contraindications items={article.contraindications} locale={locale} englishPath={englishPath} />
            <RelatedConditions conditions={article.conditions} locale={locale} />
            <References citations={citations} locale={locale} />
            <ShareWithPatient url={url} handoutPath={at.articleHandout(article.slug)} packetPath={at.share(`?a=${article.slug}`)} locale={locale} />
          </article>
        )
      },
    },
    locale,
  )
}
