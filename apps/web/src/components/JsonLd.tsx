import type { Locale } from '@kat/contract'

/** schema.org data for search engines; `<` is escaped so content can never close the script element. */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }} />
}

type Reviewed = { reviewedBy?: string | null; lastReviewed?: string | null; updatedAt?: string }

/** MedicalWebPage with its review: who reviewed it and when, in the page's language. */
export function medicalWebPage(url: string, name: string, description: string, doc: Reviewed, locale: Locale, about?: Record<string, unknown>) {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    url,
    name,
    description,
    inLanguage: locale,
    ...(doc.lastReviewed ? { lastReviewed: doc.lastReviewed.slice(0, 10) } : {}),
    ...(doc.reviewedBy ? { reviewedBy: { '@type': 'Person', name: doc.reviewedBy } } : {}),
    ...(doc.updatedAt ? { dateModified: doc.updatedAt } : {}),
    ...(about ? { about } : {}),
  }
}
