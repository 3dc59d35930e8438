import { routesFor, type Locale } from '@kat/contract'
import Link from 'next/link'

import { ArticleSection } from '@/components/ArticleList'
import { LanguageSwitch } from '@/components/LanguageSwitch'
import { translator } from '@/i18n'
import { getConditionCards, getLatestArticles } from '@/lib/content'

export async function HomePage({ locale }: { locale: Locale }) {
  const [conditions, articles] = await Promise.all([getConditionCards(locale), getLatestArticles(locale)])
  const t = translator(locale, 'Home')
  const at = routesFor(locale)
  return (
    <>
      <LanguageSwitch locale={locale} path={at.home()} />
      <section className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t('title')}</h1>
        <p className="mt-4 text-lg text-slate-700">{t('intro')}</p>
      </section>
      <section id="conditions" aria-labelledby="conditions-heading" className="mt-10">
        <h2 id="conditions-heading" className="text-2xl font-semibold">
          {t('conditions')}
        </h2>
        {conditions.length === 0 ? (
          <p className="mt-4 text-slate-700">{t('noConditions')}</p>
        ) : (
          <ul className="mt-4 grid gap-4 sm:grid-cols-2" data-testid="condition-list">
            {conditions.map((condition) => (
              <li key={condition.id} className="rounded-lg border border-slate-200 p-4">
                <h3 className="text-lg font-semibold text-teal-900">
                  <Link href={at.condition(condition.slug)} className="inline-flex min-h-6 items-center underline">
                    {condition.name}
                  </Link>
                </h3>
                <p className="mt-1 text-slate-700">{condition.summary}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <ArticleSection title={t('latest')} articles={articles} locale={locale} />
    </>
  )
}
