import type { Locale } from '@kat/contract'
import Link from 'next/link'

import { translator } from '@/i18n'

/**
 * A page whose translation a reviewer has not approved (or whose text is missing): it says so in the
 * page's language and links the English page, marked as English, instead of showing English text under
 * a heading in another language.
 */
export function Untranslated({ locale, englishPath, englishTitle }: { locale: Locale; englishPath: string; englishTitle: string }) {
  const t = translator(locale, 'Untranslated')
  return (
    <section className="max-w-3xl" data-untranslated>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4 text-lg text-slate-700">{t('text')}</p>
      <p className="mt-3 text-lg">
        <Link href={englishPath} hrefLang="en" lang="en" className="inline-flex min-h-6 items-center font-semibold underline">
          {englishTitle}
        </Link>
      </p>
    </section>
  )
}
