import { AUDIENCES, routes, valuesOf, type Audience } from '@kat/contract'
import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'

import { ArticleList } from '@/components/ArticleList'
import { getArticleList, getConditionsAZ } from '@/lib/content'
import { articleFiltersQuery, parseArticleFilters, type ArticleFilters } from '@/lib/article-filters'
import { searchParamsOf } from '@/lib/markup'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const AUDIENCE_LABELS: Record<Audience, string> = { patients: 'Patients', caregivers: 'Families and carers', clinicians: 'Clinicians' }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const filters = parseArticleFilters(await searchParams)
  return {
    title: 'Articles',
    description: 'Plain-language articles about ketamine-assisted therapy, reviewed by clinicians. Filter by condition.',
    alternates: { canonical: routes.articles(articleFiltersQuery({ ...filters, page: 1 })) },
  }
}

function rawQuery(params: Record<string, string | string[] | undefined>): string {
  const text = searchParamsOf(params).toString()
  return text ? `?${text}` : ''
}

export default async function ArticlesPage({ searchParams }: Props) {
  const params = await searchParams
  const filters = parseArticleFilters(params)
  const conditions = await getConditionsAZ()
  const bySlug = new Map(conditions.map((condition) => [condition.slug, condition]))
  const selected = filters.conditions.filter((slug) => bySlug.has(slug))
  // One clean URL per set of filters (empty fields and ignored parameters dropped), so links share well.
  const canonical = articleFiltersQuery({ ...filters, conditions: selected })
  if (rawQuery(params) !== canonical) redirect(routes.articles(canonical))
  const result = await getArticleList(
    {
      audience: filters.audience,
      q: filters.q,
      conditionSlugs: selected,
      page: filters.page,
    },
    conditions.map((condition) => condition.id),
  )
  const counts = result.counts
  const href = (change: Partial<ArticleFilters>) => routes.articles(articleFiltersQuery({ ...filters, conditions: selected, ...change }))

  const chips = [
    ...selected.map((slug) => ({ label: bySlug.get(slug)!.name, remove: href({ conditions: selected.filter((s) => s !== slug), page: 1 }) })),
    ...(filters.audience ? [{ label: AUDIENCE_LABELS[filters.audience], remove: href({ audience: undefined, page: 1 }) }] : []),
    ...(filters.q ? [{ label: `“${filters.q}”`, remove: href({ q: undefined, page: 1 }) }] : []),
  ]

  return (
    <>
      <h1 className="text-3xl font-bold">Articles</h1>
      <div className="mt-6 grid gap-8 md:grid-cols-[16rem_1fr]">
        <form method="get" action={routes.articles()} aria-label="Filter articles" className="space-y-5" data-enhance="auto-submit">
          <div>
            <label htmlFor="q" className="block font-semibold">
              Search
            </label>
            <input id="q" name="q" type="search" defaultValue={filters.q} className="mt-1 w-full rounded border border-slate-500 px-2 py-2" />
          </div>
          <fieldset>
            <legend className="font-semibold">Conditions</legend>
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
              Written for
            </label>
            <select id="audience" name="audience" defaultValue={filters.audience ?? ''} className="mt-1 w-full rounded border border-slate-500 px-2 py-2">
              <option value="">Everyone</option>
              {valuesOf(AUDIENCES).map((audience) => (
                <option key={audience} value={audience}>
                  {AUDIENCE_LABELS[audience]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="min-h-11 rounded bg-teal-800 px-4 py-2 font-medium text-white">
            Show articles
          </button>
        </form>

        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="sr-only">
            Results
          </h2>
          {chips.length ? (
            <ul aria-label="Active filters" className="mb-4 flex flex-wrap gap-2">
              {chips.map((chip) => (
                <li key={chip.label}>
                  <Link
                    href={chip.remove}
                    className="inline-flex min-h-8 items-center gap-1 rounded-full border border-teal-800 px-3 text-sm text-teal-900"
                  >
                    {chip.label} <span aria-hidden="true">×</span>
                    <span className="sr-only">(remove filter)</span>
                  </Link>
                </li>
              ))}
              <li>
                <Link href={routes.articles()} className="inline-flex min-h-8 items-center px-2 text-sm underline">
                  Clear all
                </Link>
              </li>
            </ul>
          ) : null}
          <p className="text-slate-700" aria-live="polite">
            {result.totalDocs === 1 ? '1 article' : `${result.totalDocs} articles`}
          </p>
          {result.docs.length === 0 ? (
            <div className="mt-4 rounded-md border border-slate-200 p-4" data-empty-state>
              <p className="font-semibold">No articles match these filters.</p>
              <p className="mt-1">
                Try removing a filter, or{' '}
                <Link href={routes.articles()} className="underline">
                  see all articles
                </Link>
                .
              </p>
            </div>
          ) : (
            <ArticleList articles={result.docs} testId="article-results" />
          )}
          {result.totalPages > 1 ? (
            <nav aria-label="Pages" className="mt-6 flex items-center gap-4">
              {result.hasPrevPage ? (
                <Link href={href({ page: filters.page - 1 })} className="inline-flex min-h-11 items-center underline" rel="prev">
                  Previous
                </Link>
              ) : null}
              <span>
                Page {result.page} of {result.totalPages}
              </span>
              {result.hasNextPage ? (
                <Link href={href({ page: filters.page + 1 })} className="inline-flex min-h-11 items-center underline" rel="next">
                  Next
                </Link>
              ) : null}
            </nav>
          ) : null}
        </section>
      </div>
    </>
  )
}
