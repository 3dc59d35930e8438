import { FALLBACK_DISCLAIMER } from './fallback-content'

export type DisclaimerText = { title: string; body: string }

/** The required disclaimers, on every page; the built-in text stands in when the CMS gives none. */
export function MandatoryDisclaimer({ disclaimers }: { disclaimers?: DisclaimerText[] }) {
  const shown = disclaimers?.length ? disclaimers : [FALLBACK_DISCLAIMER]
  return (
    <section
      aria-label="Medical disclaimer"
      data-mandatory-disclaimer
      className="mx-auto max-w-5xl px-4 py-6 text-sm text-slate-700"
    >
      {shown.map((disclaimer) => (
        <div key={disclaimer.title} className="mt-2 first:mt-0">
          <h2 className="font-semibold text-slate-900">{disclaimer.title}</h2>
          <p>{disclaimer.body}</p>
        </div>
      ))}
    </section>
  )
}
