import type { Locale } from '@kat/contract'

import { translator, type CrisisLine } from '../i18n'

/**
 * Built-in texts used when the CMS cannot be reached and nothing is cached (or has no text in the
 * page's language): a page must never be shown without a disclaimer or crisis help.
 */
export const fallbackDisclaimer = (locale: Locale) => {
  const t = translator(locale, 'Disclaimer')
  return { title: t('title'), body: t('body') }
}

export const fallbackCrisis = (locale: Locale) => {
  const t = translator(locale, 'Crisis')
  return { text: t('text'), lines: t.raw('lines') as CrisisLine[] }
}
