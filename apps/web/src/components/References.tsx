import type { Citation } from '@kat/cms-types'
import type { Locale } from '@kat/contract'
import { doiUrl, formatCitation, pubmedUrl } from '@kat/domain'

import { translator } from '@/i18n'

/** Numbered references in one style (AMA), each with DOI and PubMed links; `ref-N` anchors match the markers. */
export function References({ citations, locale }: { citations: Citation[]; locale: Locale }) {
  if (!citations.length) return null
  const t = translator(locale, 'References')
  return (
    <section aria-labelledby="references-heading" className="mt-10 border-t border-slate-200 pt-6">
      <h2 id="references-heading" className="text-xl font-semibold">
        {t('heading')}
      </h2>
      <ol className="mt-3 list-decimal space-y-2 pl-6 text-sm text-slate-800">
        {citations.map((citation, index) => (
          <li key={citation.id} id={`ref-${index + 1}`}>
            {citation.formatted || formatCitation(citation)}{' '}
            {citation.doi ? (
              <a className="inline-block min-h-6 underline" href={doiUrl(citation.doi)} rel="noopener noreferrer">
                DOI
              </a>
            ) : null}
            {citation.doi && citation.pmid ? ' · ' : null}
            {citation.pmid ? (
              <a className="inline-block min-h-6 underline" href={pubmedUrl(citation.pmid)} rel="noopener noreferrer">
                PubMed
              </a>
            ) : null}
            {!citation.doi && !citation.pmid && citation.url ? (
              <a className="inline-block min-h-6 underline" href={citation.url} rel="noopener noreferrer">
                {t('source')}
              </a>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  )
}

/** The citations a page can show (populated and published), and their numbers for the markers. */
export function numberCitations(citations: (number | Citation)[] | null | undefined) {
  const list = (citations ?? []).filter((citation): citation is Citation => typeof citation === 'object' && citation !== null)
  return { list, numbers: new Map<number | string, number>(list.map((citation, index) => [citation.id, index + 1])) }
}
