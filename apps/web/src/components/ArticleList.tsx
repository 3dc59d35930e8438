import { routes } from '@kat/contract'
import Link from 'next/link'

type ArticleLink = { id: number; slug: string; title: string; summary: string }

/** Article titles linking to their pages, each with its summary: the home page, /articles and condition pages. */
export function ArticleList({ articles, testId }: { articles: ArticleLink[]; testId?: string }) {
  return (
    <ul className="mt-4 space-y-4" data-testid={testId}>
      {articles.map((article) => (
        <li key={article.id}>
          <Link href={routes.article(article.slug)} className="inline-flex min-h-6 items-center text-lg font-semibold text-teal-900 underline">
            {article.title}
          </Link>
          <p className="max-w-3xl text-slate-700">{article.summary}</p>
        </li>
      ))}
    </ul>
  )
}
