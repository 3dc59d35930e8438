import type { Locale } from '@kat/contract'

import { PageShell } from '@/components/PageShell'
import { translator } from '@/i18n'

/**
 * The error page of one language, for each group's `error.tsx` (a client component, so it cannot read
 * the CMS: the footer carries the built-in disclaimer, the CMS being most likely what failed).
 */
export function ErrorView({ locale }: { locale: Locale }) {
  const t = translator(locale, 'Error')
  return (
    <PageShell locale={locale}>
      <section className="max-w-3xl">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-4 text-lg text-slate-700">{t('text')}</p>
        {/* A plain link to this page again: reader pages run no client code. */}
        <a href="" className="mt-6 inline-flex min-h-11 items-center rounded bg-teal-800 px-4 py-2 text-white">
          {t('retry')}
        </a>
      </section>
    </PageShell>
  )
}
