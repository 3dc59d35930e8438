import { PACKET_PATH, parsePacketTopics, routes } from '@kat/contract'
import type { Metadata } from 'next'

import { getArticleChoices, getConditionsAZ } from '@/lib/content'
import { searchParamsOf } from '@/lib/markup'

export const metadata: Metadata = {
  title: 'Make a patient packet',
  description: 'Pick conditions and articles to give a patient as one link, a QR code and a printed packet.',
  alternates: { canonical: routes.share() },
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const matches = (query: string, ...texts: (string | null | undefined)[]) => !query || texts.some((text) => text?.toLowerCase().includes(query))

/** One kind of topic to tick: its checkboxes carry the slug under `c` (conditions) or `a` (articles). */
function TopicChoices({ legend, name, query, chosen, topics }: { legend: string; name: 'c' | 'a'; query: string; chosen: string[]; topics: { slug: string; title: string; summary: string }[] }) {
  return (
    <fieldset className="mt-8">
      <legend className="text-2xl font-semibold">{legend}</legend>
      {topics.length ? null : (
        <p className="mt-2 text-slate-700">
          No {legend.toLowerCase().replace(/s$/, '')} matches “{query}”.
        </p>
      )}
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
 * The packet builder for clinicians: a plain GET form, so it works without JavaScript. "Search" keeps
 * what is ticked; "Make the packet" goes to the packet's address, which names the topics and nothing
 * else.
 */
export default async function SharePage({ searchParams }: Props) {
  const raw = await searchParams
  const params = searchParamsOf(raw)
  const chosen = parsePacketTopics(params)
  const query = (params.get('q') ?? '').trim().slice(0, 100)
  const needle = query.toLowerCase()
  const [conditions, articles] = await Promise.all([getConditionsAZ(), getArticleChoices()])
  const shownConditions = conditions.filter((c) => chosen.conditions.includes(c.slug) || matches(needle, c.name, c.summary, ...(c.alsoKnownAs ?? [])))
  const shownArticles = articles.filter((a) => chosen.articles.includes(a.slug) || matches(needle, a.title, a.summary))
  return (
    <section className="max-w-3xl">
      <h1 className="text-3xl font-bold">Make a patient packet</h1>
      <p className="mt-3 text-lg text-slate-700">
        Pick the topics for your patient. You get one link, a QR code and a printable packet, each topic on its own pages. You can type a
        personal note on the packet’s cover before printing: it is printed only, never sent or saved.
      </p>
      <form method="get" action={routes.share()} className="mt-6" data-packet-builder>
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-0 flex-1">
            <label htmlFor="packet-search" className="block font-medium">
              Search topics
            </label>
            <input id="packet-search" name="q" type="search" defaultValue={query} className="mt-1 w-full rounded border border-slate-400 px-3 py-2" />
          </div>
          <button type="submit" className="min-h-11 rounded border border-teal-800 px-4 py-2 font-medium text-teal-900 hover:bg-teal-50">
            Search
          </button>
        </div>
        <TopicChoices legend="Conditions" name="c" query={query} chosen={chosen.conditions} topics={shownConditions.map((c) => ({ slug: c.slug, title: c.name, summary: c.summary }))} />
        <TopicChoices legend="Articles" name="a" query={query} chosen={chosen.articles} topics={shownArticles.map((a) => ({ slug: a.slug, title: a.title, summary: a.summary }))} />
        <button type="submit" formAction={PACKET_PATH} className="mt-8 min-h-11 rounded bg-teal-800 px-4 py-2 font-medium text-white hover:bg-teal-900">
          Make the packet
        </button>
      </form>
    </section>
  )
}
