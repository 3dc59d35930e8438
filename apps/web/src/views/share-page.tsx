import { localizedPath, PACKET_PATH, parsePacketTopics, routes, routesFor, type Locale } from '@kat/contract'
import type { Metadata } from 'next'

import { LanguageSwitch } from '@/components/LanguageSwitch'
import { translator } from '@/i18n'
import { localeAlternates } from '@/lib/alternates'
import { getArticleChoices, getConditionsAZ } from '@/lib/content'
import { searchParamsOf } from '@/lib/markup'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const matches = (query: string, ...texts: (string | null | undefined)[]) => !query || texts.some((text) => text?.toLowerCase().includes(query))

type Topic = { slug: string; title: string; summary: string }

/** One kind of topic to tick: its checkboxes carry the slug under `c` (conditions) or `a` (articles). */
function TopicChoices({ legend, empty, name, chosen, topics }: { legend: string; empty: string; name: 'c' | 'a'; chosen: string[]; topics: Topic[] }) {
  return (
    <fieldset className="mt-8">
      <legend className="text-2xl font-semibold">{legend}</legend>
      {topics.length ? null : <p className="mt-2 text-slate-700">{empty}</p>}
      <ul className="mt-3 space-y-3">
        {topics.map((topic) => (
          <li key={topic.slug}>
            <label className="flex gap-3">
              <input type="checkbox" name={name} value={topic.slug} defaultChecked={chosen.includes(topic.slug)} className="mt-1 h-5 w-5 shrink-0 accent-teal-800" />
              <span>
                <span className="font-semibold">{topic.title}</span>
                <span className="block text-sm text-slate-700">{topic.summary}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}

/**
 * The packet builder for clinicians, in one language (its packet is in that language too): a plain GET
 * form, so it works without JavaScript. "Search" keeps what is ticked; "Make the packet" goes to the
 * packet's address, which names the topics and nothing else.
 */
export function sharePage(locale: Locale) {
  const t = translator(locale, 'Builder')
  const at = routesFor(locale)

  async function SharePage({ searchParams }: Props) {
    const params = searchParamsOf(await searchParams)
    const chosen = parsePacketTopics(params)
    const query = (params.get('q') ?? '').trim().slice(0, 100)
    const needle = query.toLocaleLowerCase(locale)
    const [conditions, articles] = await Promise.all([getConditionsAZ(locale), getArticleChoices(locale)])
    const shownConditions = conditions.filter((c) => chosen.conditions.includes(c.slug) || matches(needle, c.name, c.summary, ...(c.alsoKnownAs ?? [])))
    const shownArticles = articles.filter((a) => chosen.articles.includes(a.slug) || matches(needle, a.title, a.summary))
    return (
      <section className="max-w-3xl">
        <LanguageSwitch locale={locale} path={at.share()} />
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-3 text-lg text-slate-700">{t('intro')}</p>
        <form method="get" action={at.share()} className="mt-6" data-packet-builder>
          <div className="flex flex-wrap items-end gap-3">
            <div className="min-w-0 flex-1">
              <label htmlFor="packet-search" className="block font-medium">
                {t('searchTopics')}
              </label>
              <input id="packet-search" name="q" type="search" defaultValue={query} className="mt-1 w-full rounded border border-slate-400 px-3 py-2" />
            </div>
            <button type="submit" className="min-h-11 rounded border border-teal-800 px-4 py-2 font-medium text-teal-900 hover:bg-teal-50">
              {t('search')}
            </button>
          </div>
          <TopicChoices
            legend={t('conditions')}
            empty={t('noCondition', { query })}
            name="c"
            chosen={chosen.conditions}
            topics={shownConditions.map((c) => ({ slug: c.slug, title: c.name, summary: c.summary }))}
          />
          <TopicChoices
            legend={t('articles')}
            empty={t('noArticle', { query })}
            name="a"
            chosen={chosen.articles}
            topics={shownArticles.map((a) => ({ slug: a.slug, title: a.title, summary: a.summary }))}
          />
          <button type="submit" formAction={localizedPath(PACKET_PATH, locale)} className="mt-8 min-h-11 rounded bg-teal-800 px-4 py-2 font-medium text-white hover:bg-teal-900">
            {t('make')}
          </button>
        </form>
      </section>
    )
  }

  return {
    Page: SharePage,
    metadata: { title: t('title'), description: t('description'), alternates: localeAlternates(routes.share(), locale) } satisfies Metadata,
  }
}
