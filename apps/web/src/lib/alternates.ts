import { DEFAULT_LOCALE, LOCALES, localizedPath, pathInLocale, type Locale } from '@kat/contract'
import type { Metadata } from 'next'

/**
 * A page's canonical address in its language and, when the page exists in every language, the
 * hreflang alternates both ways (English is also the x-default). `path` is the page's English address.
 */
export function localeAlternates(path: string, locale: Locale, inEveryLanguage = true): Metadata['alternates'] {
  const canonical = pathInLocale(path, locale)
  if (!inEveryLanguage) return { canonical }
  return { canonical, languages: { ...Object.fromEntries(LOCALES.map((each) => [each, localizedPath(path, each)])), 'x-default': localizedPath(path, DEFAULT_LOCALE) } }
}
