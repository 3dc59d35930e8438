import type { Locale } from '@kat/contract'

import { translator } from '@/i18n'

/** Copies the address, once the page's small script shows it; the address stays visible and selectable without JavaScript. */
export function CopyLinkButton({ url, locale }: { url: string; locale: Locale }) {
  const t = translator(locale, 'Share')
  return (
    <button
      type="button"
      data-enhance="copy"
      data-url={url}
      data-copied={t('copied')}
      hidden
      aria-live="polite"
      className="min-h-11 rounded border border-teal-800 px-3 py-2 font-medium text-teal-900 hover:bg-teal-50"
    >
      {t('copy')}
    </button>
  )
}
