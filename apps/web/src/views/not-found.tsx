import { routesFor, type Locale } from '@kat/contract'

import { PageFrame } from '@/components/PageFrame'
import { textLink } from '@/components/TextLink'
import { translator } from '@/i18n'

/** The 404 page of one language. Rendered in place of a page type's layout (also for unknown slugs), so it brings its own frame. */
export function notFoundPage(locale: Locale) {
  const t = translator(locale, 'NotFound')
  return function NotFound() {
    return (
      <PageFrame scope="all" locale={locale}>
        <section className="max-w-3xl">
          <h1 className="text-3xl font-bold">{t('title')}</h1>
          <p className="mt-4 text-lg text-slate-700">
            {t.rich('text', { link: textLink(routesFor(locale).home()) })}
          </p>
        </section>
      </PageFrame>
    )
  }
}

notFoundPage.title = (locale: Locale) => translator(locale, 'NotFound')('title')
