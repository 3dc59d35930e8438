import { AUDIENCES, routes, routesFor, valuesOf, type Locale } from '@kat/contract'
import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'

import { ArticleList } from '@/components/ArticleList'
import { LanguageSwitch } from '@/components/LanguageSwitch'
import { textLink } from '@/components/TextLink'
import { translator } from '@/i18n'
import { localeAlternates } from '@/lib/alternates'
import { getArticleList, getConditionsAZ } from '@/lib/content'
import { articleFiltersQuery, parseArticleFilters, type ArticleFilters } from '@/lib/article-filters'
import { searchParamsOf } from '@/lib/markup'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

function rawQuery(params: Record<string, string | string[] | undefined>): string {
  const text = searchParamsOf(params).toString()
  return text ? `?${text}` : ''
}

/** The article list with its filters and search, in one language: each language's route file is this, once. */
export function articlesPage(locale: Locale) {
  const t = translator(locale, 'Articles')
  const at = routesFor(locale)

  async function ArticlesPage({ searchParams }: Props) {
    const params = await searchParams
    const filters = parseArticleFilters(params)
    const conditions = await getConditionsAZ(locale)
    const bySlug = new Map(conditions.map((condition) => [condition.slug, condition]))
    const selected = filters.conditions.filter((slug) => bySlug.has(slug))
    // One clean URL per set of filters (empty fields and ignored parameters dropped), so links share well.
    const canonical = articleFiltersQuery({ ...filters, conditions: selected })
    if (rawQuery(params) !== canonical) redirect(at.articles(canonical))
    const result = await getArticleList(
      { audience: filters.audience, q: filters.q, conditionSlugs: selected, page: filters.page, locale },
      conditions.map((condition) => condition.id),
    )
    const counts = result.counts
    const href = (change: Partial<ArticleFilters>) => at.articles(articleFiltersQuery({ ...filters, conditions: selected, ...change }))

    const chips = [
      ...selected.map((slug) => ({ label: bySlug.get(slug)!.name, remove: href({ conditions: selected.filter((s) => s !== slug), page: 1 }) })),
      ...(filters.audience ? [{ label: t(filters.audience), remove: href({ audience: undefined, page: 1 }) }] : []),
      ...(filters.q ? [{ label: `“${filters.q}”`, remove: href({ q: undefined, page: 1 }) }] : []),
    ]

    return (
      <>
        <LanguageSwitch locale={locale} path={at.articles(canonical)} />
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <div className="mt-6 grid gap-8 md:grid-cols-[16rem_1fr]">
          <form method="get" action={at.articles()} aria-label={t('filterLabel')} className="space-y-5" data-enhance="auto-submit">
            <div>
              <label htmlFor="q" className="block font-semibold">
                {t('search')}
              </label>
              <input id="q" name="q" type="search" defaultValue={filters.q} className="mt-1 w-full rounded border border-slate-500 px-2 py-2" />
            </div>
            <fieldset>
              <legend className="font-semibold">{t('conditions')}</legend>
              <ul className="mt-2 space-y-1">
                {conditions.map((condition) => (
                  <li key={condition.id}>
                    <label className="flex min-h-6 items-start gap-2">
                      <input
                        type="checkbox"
                        name="condition"
                        value={condition.slug}
                        defaultChecked={selected.includes(condition.slug)}
                        className="mt-0.5 size-6 shrink-0"
                      />
                      <span>
                        {condition.name} <span className="text-slate-600">({counts.get(condition.id) ?? 0})</span>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
            <div>
              <label htmlFor="audience" className="block font-semibold">
                {t('writtenFor')}
              </label>
              <select id="audience" name="audience" defaultValue={filters.audience ?? ''} className="mt-1 w-full rounded border border-slate-500 px-2 py-2">
                <option value="">{t('everyone')}</option>
                {valuesOf(AUDIENCES).map((audience) => (
                  <option key={audience} value={audience}>
                    {t(audience)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="min-h-11 rounded bg-teal-800 px-4 py-2 font-medium text-white">
              {t('show')}
            </button>
          </form>

          <section aria-labelledby="results-heading">
            <h2 id="results-heading" className="sr-only">
              {t('results')}
            </h2>
            {chips.length ? (
              <ul aria-label={t('activeFilters')} className="mb-4 flex flex-wrap gap-2">
                {chips.map((chip) => (
                  <li key={chip.label}>
                    <Link href={chip.remove} className="inline-flex min-h-8 items-center gap-1 rounded-full border border-teal-800 px-3 text-sm text-teal-900">
                      {chip.label} <span aria-hidden="true">×</span>
                      <span className="sr-only">{t('removeFilter')}</span>
                    </Link>
                  </li>
                ))}
                <li>
                  <Link href={at.articles()} className="inline-flex min-h-8 items-center px-2 text-sm underline">
                    {t('clearAll')}
                  </Link>
                </li>
              </ul>
            ) : null}
            <p className="text-slate-700" aria-live="polite">
              {t('count', { count: result.totalDocs })}
            </p>
            {result.docs.length === 0 ? (
              <div className="mt-4 rounded-md border border-slate-200 p-4" data-empty-state>
                <p className="font-semibold">{t('emptyTitle')}</p>
                <p className="mt-1">
                  {t.rich('emptyText', { link: textLink(at.articles()) })}
                </p>
              </div>
            ) : (
              <ArticleList articles={result.docs} locale={locale} testId="article-results" />
            )}
            {result.totalPages > 1 ? (
              <nav aria-label={t('pages')} className="mt-6 flex items-center gap-4">
                {result.hasPrevPage ? (
                  <Link href={href({ page: filters.page - 1 })} className="inline-flex min-h-11 items-center underline" rel="prev">
                    {t('previous')}
                  </Link>
                ) : null}
                <span>{t('pageOf', { page: result.page, total: result.totalPages })}</span>
                {result.hasNextPage ? (
                  <Link href={href({ page: filters.page + 1 })} className="inline-flex min-h-11 items-center underline" rel="next">
                    {t('next')}
                  </Link>
                ) : null}
              </nav>
            ) : null}
          </section>
        </div>
      </>
    )
  }

  return {
    Page: ArticlesPage,
    generateMetadata: async ({ searchParams }: Props): Promise<Metadata> => {
      const filters = parseArticleFilters(await searchParams)
      return { title: t('title'), description: t('description'), alternates: localeAlternates(routes.articles(articleFiltersQuery({ ...filters, page: 1 })), locale) }
    },
  }
}
