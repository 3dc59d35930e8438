import { packetQuery, parsePacketTopics, routes } from '@kat/contract'
import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'

import { PrintButton } from '@/components/PrintButton'
import { QrCode } from '@/components/QrCode'
import { ShareLink } from '@/components/ShareLink'
import { TopicHandout, type HandoutTopic } from '@/components/handout/TopicHandout'
import { articleTopic, conditionTopic } from '@/components/handout/topics'
import { getArticle, getCondition, getSiteSettings } from '@/lib/content'
import { siteUrl } from '@/lib/site-url'
import { searchParamsOf } from '@/lib/markup'

export const metadata: Metadata = { title: 'Your education packet', robots: { index: false } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/**
 * A packet: a cover (the clinic, a note typed here and printed only, the QR code and link), then each
 * topic on its own printed pages. The address names the topics and nothing else.
 */
export default async function PacketPage({ searchParams }: Props) {
  const params = searchParamsOf(await searchParams)
  const topics = parsePacketTopics(params)
  // Anything else in the address (the builder's search, a repeated or malformed topic) is dropped.
  if (params.toString() !== packetQuery(topics) && (topics.conditions.length || topics.articles.length)) redirect(routes.packet(topics))

  const [settings, conditions, articles] = await Promise.all([
    getSiteSettings(),
    Promise.all(topics.conditions.map((slug) => getCondition(slug))),
    Promise.all(topics.articles.map((slug) => getArticle(slug))),
  ])
  const chosen: { key: string; path: string; topic: HandoutTopic }[] = [
    ...conditions.flatMap((condition) => (condition ? [{ key: `c-${condition.slug}`, path: routes.condition(condition.slug), topic: conditionTopic(condition, 'Condition') }] : [])),
    ...articles.flatMap((article) => (article ? [{ key: `a-${article.slug}`, path: routes.article(article.slug), topic: articleTopic(article, 'Article') }] : [])),
  ]
  const missing = topics.conditions.length + topics.articles.length - chosen.length
  const url = `${siteUrl()}${routes.packet(topics)}`
  const clinic = settings?.siteName || 'Ketamine Therapy Guide'

  if (!chosen.length) {
    return (
      <section className="max-w-3xl">
        <h1 className="text-3xl font-bold">This packet has no topics</h1>
        <p className="mt-3 text-lg text-slate-700">
          {missing ? 'The pages it named are no longer published.' : 'No topics were chosen.'}{' '}
          <Link href={routes.share()} className="underline">
            Make a packet
          </Link>{' '}
          or{' '}
          <Link href={routes.conditions()} className="underline">
            browse all conditions
          </Link>
          .
        </p>
      </section>
    )
  }

  const mail = `mailto:?subject=${encodeURIComponent(`Your education packet from ${clinic}`)}&body=${encodeURIComponent(`Here are the pages we talked about:\n${url}`)}`
  return (
    <div className="packet mx-auto max-w-3xl">
      <section className="packet-cover" data-packet-cover aria-labelledby="packet-title">
        <p className="text-sm font-medium uppercase tracking-wide text-teal-900">{clinic}</p>
        <h1 id="packet-title" className="text-3xl font-bold">
          Your education packet
        </h1>
        <p className="mt-3 text-lg">Your care team chose these pages for you:</p>
        <ol className="mt-2 list-decimal space-y-1 pl-6 text-lg">
          {chosen.map((item) => (
            <li key={item.key}>
              <Link href={item.path} className="underline">
                {item.topic.title}
              </Link>
            </li>
          ))}
        </ol>
        {missing ? <p className="mt-2 text-sm text-slate-700">{missing === 1 ? 'One page' : `${missing} pages`} in this packet is no longer published and is left out.</p> : null}
        <div className="mt-6">
          <p id="packet-note-label" className="font-medium print:hidden">
            A note for your patient (optional; printed only, never sent or saved)
          </p>
          <div
            contentEditable
            suppressContentEditableWarning
            role="textbox"
            aria-multiline="true"
            aria-labelledby="packet-note-label"
            data-packet-note
            className="packet-note mt-1 min-h-24 rounded border border-slate-400 p-3 text-lg whitespace-pre-wrap"
          />
        </div>
        <div className="mt-6 flex flex-wrap items-start gap-6">
          <figure className="text-center">
            <QrCode url={url} size={140} />
            <figcaption className="mt-1 max-w-48 text-xs break-all">{url}</figcaption>
          </figure>
          <div className="min-w-0 flex-1 print:hidden">
            <ShareLink id="packet-url" label="Link to this packet" url={url}>
              <a href={mail} className="inline-flex min-h-11 items-center rounded border border-teal-800 px-3 py-2 font-medium text-teal-900 hover:bg-teal-50">
                E-mail the link
              </a>
              <Link
                href={routes.share(`?${packetQuery(topics)}`)}
                className="inline-flex min-h-11 items-center rounded border border-teal-800 px-3 py-2 font-medium text-teal-900 hover:bg-teal-50"
              >
                Change topics
              </Link>
            </ShareLink>
          </div>
        </div>
        <PrintButton label="Print the packet" />
      </section>
      {chosen.map((item) => (
        <section key={item.key} className="packet-topic mt-12 border-t border-slate-300 pt-8" data-packet-topic aria-label={item.topic.title}>
          <TopicHandout topic={item.topic} level={2} discussFirst="list" />
          <p className="mt-3 text-sm" data-packet-topic-footer>
            Education only, not medical advice. In a crisis, call or text 988 (US) or call 911.
          </p>
        </section>
      ))}
    </div>
  )
}
