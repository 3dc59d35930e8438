import { DEFAULT_LOCALE, type Locale } from '@kat/contract'
import { createTranslator } from 'use-intl/core'

import en from './messages/en.json'
import es from './messages/es.json'

/**
 * The portal's UI strings, one file per language, read on the server only: pages ship no client
 * runtime, so `use-intl`'s translator (the core of next-intl) runs while a page renders and nothing of
 * it reaches the browser.
 */
export type Messages = typeof en
export type Namespace = keyof Messages

// Typed as the English file: a key missing from the Spanish one fails the typecheck.
const MESSAGES: Record<Locale, Messages> = { en, es }

/** The language tag for dates and numbers: US clinics, so Spanish is US Spanish. */
const INTL_LOCALE: Record<Locale, string> = { en: 'en-US', es: 'es-US' }

const translators = new Map<string, unknown>()

/** The translator of one namespace in one language (made once per pair). */
export function translator<N extends Namespace>(locale: Locale, namespace: N) {
  const key = `${locale}:${namespace}`
  let t = translators.get(key) as ReturnType<typeof createTranslator<Messages, N>> | undefined
  if (!t) {
    t = createTranslator<Messages, N>({ locale, messages: MESSAGES[locale], namespace })
    translators.set(key, t)
  }
  return t
}

/** A date as readers of this language write it ("1 de diciembre de 2026"); dates are kept as UTC days. */
export const formatDate = (value: string, locale: Locale = DEFAULT_LOCALE): string =>
  new Date(value).toLocaleDateString(INTL_LOCALE[locale], { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })

export type CrisisLine = { label: string; contact: string; href: string }
