import type { Locale } from '@kat/contract'

import { translator } from '@/i18n'

import { fallbackDisclaimer } from './fallback-content'

export type DisclaimerText = { title: string; body: string }

/**
 * The required disclaimers, on every page; the built-in text stands in when the CMS gives none, or
 * when one has no text in the page's language (never an empty or English disclaimer on a Spanish page).
 */
export function MandatoryDisclaimer({ disclaimers, locale }: { disclaimers?: DisclaimerText[]; locale: Locale }) {
  const complete = (disclaimers ?? []).filter((disclaimer) => disclaimer.title && disclaimer.body)
  const shown = complete.length && complete.length === disclaimers?.length ? complete : [...complete, fallbackDisclaimer(locale)]
  return (
    <section aria-label={translator(locale, 'Disclaimer')('label')} data-mandatory-disclaimer className="mx-auto max-w-5xl px-4 py-6 text-sm text-slate-700">
      {shown.map((disclaimer, index) => (
        <div key={index} className="mt-2 first:mt-0">
          <h2 className="font-semibold text-slate-900">{disclaimer.title}</h2>
          <p>{disclaimer.body}</p>
        </div>
      ))}
    </section>
  )
}
