import { routes } from '@kat/contract'
import Link from 'next/link'

import { getConditionCards, getLatestArticles } from '@/lib/content'
import { ArticleSection } from '@/components/ArticleList'

export async function HomePage() {
  const [conditions, articles] = await Promise.all([getConditionCards(), getLatestArticles()])
  return (
    <>
      <section className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Ketamine-assisted therapy, explained clearly</h1>
        <p className="mt-4 text-lg text-slate-700">
          Plain-language information for patients and families, checked by a clinical reviewer before it is published.
        </p>
      </section>
      <section id="conditions" aria-labelledby="conditions-heading" className="mt-10">
        <h2 id="conditions-heading" className="text-2xl font-semibold">
          Conditions
        </h2>
        {conditions.length === 0 ? (
          <p className="mt-4 text-slate-700">No condition pages are published yet.</p>
        ) : (
          <ul className="mt-4 grid gap-4 sm:grid-cols-2" data-testid="condition-list">
            {conditions.map((condition) => (
              <li key={condition.id} className="rounded-lg border border-slate-200 p-4">
                <h3 className="text-lg font-semibold text-teal-900">
                  <Link href={routes.condition(condition.slug)} className="inline-flex min-h-6 items-center underline">
                    {condition.name}
                  </Link>
                </h3>
                <p className="mt-1 text-slate-700">{condition.summary}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <ArticleSection title="Latest articles" articles={articles} />
    </>
  )
}
