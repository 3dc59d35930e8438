import { routesFor, type Locale } from '@kat/contract'
import Link from 'next/link'

type ArticleLink = { id: number; slug: string; title: string; summary: string }

/** Article titles linking to their pages, each with its summary: the home page, /articles and condition pages. */
export function ArticleList({ articles, locale, testId }: { articles: ArticleLink[]; locale: Locale; testId?: string }) {
  return (
    <ul className="mt-4 space-y-4" data-testid={testId}>
      {articles.map((article) => (
        <li key={article.id}>
          <Link href={routesFor(locale).article(article.slug)} className="inline-flex min-h-6 items-center text-lg font-semibold text-teal-900 underline">
            {article.title}
          </Link>
          <p className="max-w-3xl text-slate-700">{article.summary}</p>
        </li>
      ))}
    </ul>
  )
}

/** A titled section of article links (the home page's latest, a condition's related ones); nothing when there are none. */
export function ArticleSection({ title, articles, locale }: { title: string; articles: ArticleLink[]; locale: Locale }) {
  if (!articles.length) return null
  return (
    <section aria-labelledby="articles-heading" className="mt-10">
      <h2 id="articles-heading" className="text-2xl font-semibold">
        {title}
      </h2>
      <ArticleList articles={articles} locale={locale} />
    </section>
  )
}
