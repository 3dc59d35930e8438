import { routes, type Locale } from '@kat/contract'
import type { Metadata } from 'next'

import { ConditionLink } from '@/components/ConditionLink'
import { EvidenceBadge } from '@/components/EvidenceBadge'
import { LanguageSwitch } from '@/components/LanguageSwitch'
import { translator } from '@/i18n'
import { localeAlternates } from '@/lib/alternates'
import { getConditionsAZ } from '@/lib/content'
import { evidenceLevels } from '@/lib/evidence'

export const conditionsMetadata = (locale: Locale): Metadata => {
  const t = translator(locale, 'Conditions')
  return { title: t('title'), description: t('description'), alternates: localeAlternates(routes.conditions(), locale) }
}

export async function ConditionsPage({ locale }: { locale: Locale }) {
  const conditions = await getConditionsAZ(locale)
  const t = translator(locale, 'Conditions')
  const groups = new Map<string, typeof conditions>()
  for (const condition of conditions) {
    // Accents fold into their letter: "Ánimo" under A.
    const letter = condition.name[0]!.normalize('NFD')[0]!.toLocaleUpperCase(locale)
    groups.set(letter, [...(groups.get(letter) ?? []), condition])
  }
  return (
    <>
      <LanguageSwitch locale={locale} path={routes.conditions()} />
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700">{t('intro')}</p>
      <dl className="mt-6 grid max-w-3xl gap-3 text-sm">
        {evidenceLevels(locale).map((level) => (
          <div key={level.value}>
            <dt>
              <EvidenceBadge level={level.value} locale={locale} />
            </dt>
            <dd className="mt-1 text-slate-700">{level.explanation}</dd>
          </div>
        ))}
      </dl>
      {[...groups].map(([letter, items]) => (
        <section key={letter} aria-labelledby={`letter-${letter}`} className="mt-8">
          <h2 id={`letter-${letter}`} className="border-b border-slate-200 text-2xl font-semibold">
            {letter}
          </h2>
          <ul className="mt-3 space-y-4">
            {items.map((condition) => (
              <li key={condition.id}>
                <ConditionLink condition={condition} locale={locale} className="text-lg font-semibold text-teal-900" />{' '}
                <EvidenceBadge level={condition.evidenceLevel} locale={locale} />
                <p className="mt-1 max-w-3xl text-slate-700">{condition.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
