import type { Contraindication } from '@kat/cms-types'
import { CONTRAINDICATION_KINDS, routesFor, valuesOf, type Locale } from '@kat/contract'
import Link from 'next/link'

import { translator } from '@/i18n'
import { approvedIn } from '@/lib/translation'

import { textLink } from './TextLink'

/**
 * The published contraindications a page embeds, by kind, with a link to the full list. In another
 * language, those without their text there are counted and linked on the English page, never dropped
 * silently (a reader must learn that there are more) nor shown in English under a Spanish heading.
 */
export function Contraindications({ items, locale, englishPath }: { items: (number | Contraindication)[] | null | undefined; locale: Locale; englishPath: string }) {
  const all = (items ?? []).filter((item): item is Contraindication => typeof item === 'object' && item !== null)
  const shown = all.filter((item) => approvedIn(locale, item, item.name, item.patientExplanation))
  const untranslated = all.length - shown.length
  if (!all.length) return null
  const t = translator(locale, 'Contraindications')
  return (
    <section aria-labelledby="contraindications-heading" className="mt-10">
      <h2 id="contraindications-heading" className="text-2xl font-semibold">
        {t('sectionHeading')}
      </h2>
      {valuesOf(CONTRAINDICATION_KINDS).map((kind) => {
        const ofKind = shown.filter((item) => item.kind === kind)
        if (!ofKind.length) return null
        return (
          <div key={kind} className="mt-4">
            <h3 className="text-lg font-semibold">{t(kind)}</h3>
            <ul className="mt-2 list-disc space-y-2 pl-6">
              {ofKind.map((item) => (
                <li key={item.id}>
                  <strong>{item.name}.</strong> {item.patientExplanation}
                </li>
              ))}
            </ul>
          </div>
        )
      })}
      <UntranslatedContraindications count={untranslated} locale={locale} englishPath={englishPath} />
      <p className="mt-3">
        <Link href={routesFor(locale).contraindications()} className="inline-flex min-h-6 items-center underline">
          {t('all')}
        </Link>
      </p>
    </section>
  )
}

/** How many contraindications have no text in this language yet, with the English page that has them all. */
export function UntranslatedContraindications({ count, locale, englishPath }: { count: number; locale: Locale; englishPath: string }) {
  if (!count) return null
  return (
    <p className="mt-4 max-w-3xl font-medium" data-untranslated-contraindications>
      {translator(locale, 'Contraindications').rich('untranslated', { count, link: textLink(englishPath, { hrefLang: 'en' }) })}
    </p>
  )
}
