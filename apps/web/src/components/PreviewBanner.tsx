import type { Locale } from '@kat/contract'

import { translator } from '@/i18n'
import { isPreviewing } from '@/lib/preview'

/** Shown only in draft mode, so an editor never mistakes a preview for the live page. */
export async function PreviewBanner({ locale }: { locale: Locale }) {
  if (!(await isPreviewing())) return null
  const t = translator(locale, 'Preview')
  return (
    <div role="status" data-preview-banner className="bg-amber-100 px-4 py-3 text-amber-950">
      <p className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-1">
        <strong>{t('title')}</strong> {t('text')}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a route handler that ends draft mode: a full navigation, not a page */}
        <a href="/api/preview/exit" className="inline-block min-h-6 font-semibold underline">
          {t('leave')}
        </a>
      </p>
    </div>
  )
}
