import { routes, routesFor, type Locale } from '@kat/contract'
import type { Metadata } from 'next'

import { UntranslatedContraindications } from '@/components/Contraindications'
import { JsonLd } from '@/components/JsonLd'
import { LanguageSwitch } from '@/components/LanguageSwitch'
import { translator } from '@/i18n'
import { localeAlternates } from '@/lib/alternates'
import { getContraindications } from '@/lib/content'
import { siteUrl } from '@/lib/site-url'
import { approvedIn } from '@/lib/translation'

export const contraindicationsMetadata = (locale: Locale): Metadata => {
  const t = translator(locale, 'Contraindications')
  return { title: t('title'), description: t('description'), alternates: localeAlternates(routes.contraindications(), locale) }
}

export async function ContraindicationsPage({ locale }: { locale: Locale }) {
  const all = await getContraindications(locale)
  // Without its text in this language an item is counted and linked in English, never shown half-empty.
  const items = all.filter((item) => approvedIn(locale, item, item.name, item.patientExplanation))
  const untranslated = all.length - items.length
  const t = translator(locale, 'Contraindications')
  const url = `${siteUrl()}${routesFor(locale).contraindications()}`
  const structuredData = {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    url,
    name: t('title'),
    inLanguage: locale,
    about: { '@type': 'Drug', name: 'Ketamine' },
    hasPart: items.map((item) => ({
      '@type': 'MedicalContraindication',
      '@id': `${url}#${item.slug}`,
      name: item.name,
      description: item.patientExplanation,
      additionalType: t(item.kind === 'absolute' ? 'absoluteType' : 'relativeType'),
    })),
  }
  return (
    <>
      <LanguageSwitch locale={locale} path={routes.contraindications()} />
      <JsonLd data={structuredData} />
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700">{t('intro')}</p>
      <UntranslatedContraindications count={untranslated} locale={locale} englishPath={routes.contraindications()} />
      {(['absolute', 'relative'] as const).map((kind) => (
        <section key={kind} aria-labelledby={`${kind}-heading`} className="mt-8">
          <h2 id={`${kind}-heading`} className="text-2xl font-semibold">
            {t(`${kind}Heading`)}
          </h2>
          <p className="mt-1 text-slate-700">{t(`${kind}Intro`)}</p>
          <ul className="mt-4 space-y-4">
            {items
              .filter((item) => item.kind === kind)
              .map((item) => (
                <li key={item.id} id={item.slug} className="max-w-3xl rounded-md border border-slate-200 p-4">
                  <h3 className="text-lg font-semibold">{item.name}</h3>
                  <p className="mt-1">{item.patientExplanation}</p>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  )
}
