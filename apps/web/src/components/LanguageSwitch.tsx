import { pathInLocale, type Locale } from '@kat/contract'
import Link from 'next/link'

import { translator } from '@/i18n'

/**
 * The same page in the other language: a plain link (reader pages run no script), in that language's
 * words, so a reader who does not read this one still finds it. `path` is this page's own address.
 */
export function LanguageSwitch({ locale, path }: { locale: Locale; path: string }) {
  const other: Locale = locale === 'en' ? 'es' : 'en'
  const t = translator(locale, 'Site')
  return (
    <p className="-mt-4 mb-4 text-right print:hidden" data-language-switch>
      <Link href={pathInLocale(path, other)} hrefLang={other} lang={other} className="inline-flex min-h-6 items-center underline">
        {t('switchTo')}
      </Link>
    </p>
  )
}
