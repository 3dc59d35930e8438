import { packetQuery, parsePacketTopics, routesFor, type Locale } from '@kat/contract'
import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'

import { PrintButton } from '@/components/PrintButton'
import { QrCode } from '@/components/QrCode'
import { ShareLink } from '@/components/ShareLink'
import { TopicHandout, type HandoutTopic } from '@/components/handout/TopicHandout'
import { articleTopic, conditionTopic } from '@/components/handout/topics'
import { textLink } from '@/components/TextLink'
import { translator } from '@/i18n'
import { getArticle, getCondition, getSiteSettings } from '@/lib/content'
import { searchParamsOf } from '@/lib/markup'
import { siteUrl } from '@/lib/site-url'
import { approvedIn } from '@/lib/translation'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const OUTLINED_BUTTON = 'inline-flex min-h-11 items-center rounded border border-teal-800 px-3 py-2 font-medium text-teal-900 hover:bg-teal-50'

/**
 * A packet in one language: a cover (the clinic, a note typed here and printed only, the QR code and
 * link), then each topic on its own printed pages. The address names the topics and nothing else; a
 * topic without an approved translation in the packet's language counts as left out.
 */
export function packetPage(locale: Locale) {
  const t = translator(locale, 'Packet')
  const at = routesFor(locale)

  async function PacketPage({ searchParams }: Props) {
    const params = searchParamsOf(await searchParams)
    const topics = parsePacketTopics(params)
    // Anything else in the address (the builder's search, a repeated or malformed topic) is dropped.
    if (params.toString() !== packetQuery(topics) && (topics.conditions.length || topics.articles.length)) redirect(at.packet(topics))

    const [settings, conditions, articles] = await Promise.all([
      getSiteSettings(locale),
      Promise.all(topics.conditions.map((slug) => getCondition(slug, locale))),
      Promise.all(topics.articles.map((slug) => getArticle(slug, locale))),
    ])
    const chosen: { key: string; path: string; topic: HandoutTopic }[] = [
      ...conditions.flatMap((condition) =>
        condition && approvedIn(locale, condition, condition.name)
          ? [{ key: `c-${condition.slug}`, path: at.condition(condition.slug), topic: conditionTopic(condition, locale, 'condition') }]
          : [],
      ),
      ...articles.flatMap((article) =>
        article && approvedIn(locale, article, article.title) ? [{ key: `a-${article.slug}`, path: at.article(article.slug), topic: articleTopic(article, locale, 'article') }] : [],
      ),
    ]
    const missing = topics.conditions.length + topics.articles.length - chosen.length
    const url = `${siteUrl()}${at.packet(topics)}`
    const clinic = settings?.siteName || translator(locale, 'Site')('name')

    if (!chosen.length) {
      return (
        <section className="max-w-3xl">
          <h1 className="text-3xl font-bold">{t('empty')}</h1>
          <p className="mt-3 text-lg text-slate-700">
            {missing ? t('gone') : t('none')}{' '}
            {t.rich('emptyLinks', { share: textLink(at.share()), conditions: textLink(at.conditions()) })}
          </p>
        </section>
      )
    }

    const mail = `mailto:?subject=${encodeURIComponent(t('mailSubject', { clinic }))}&body=${encodeURIComponent(t('mailBody', { url }))}`
    return (
      <div className="packet mx-auto max-w-3xl">
        <section className="packet-cover" data-packet-cover aria-labelledby="packet-title">
          <p className="text-sm font-medium uppercase tracking-wide text-teal-900">{clinic}</p>
          <h1 id="packet-title" className="text-3xl font-bold">
            {t('title')}
          </h1>
          <p className="mt-3 text-lg">{t('chosen')}</p>
          <ol className="mt-2 list-decimal space-y-1 pl-6 text-lg">
            {chosen.map((item) => (
              <li key={item.key}>
                <Link href={item.path} className="underline">
                  {item.topic.title}
                </Link>
              </li>
            ))}
          </ol>
          {missing ? <p className="mt-2 text-sm text-slate-700">{t('missing', { count: missing })}</p> : null}
          <div className="mt-6">
            <p id="packet-note-label" className="font-medium print:hidden">
              {t('note')}
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
              <QrCode url={url} size={140} locale={locale} />
              <figcaption className="mt-1 max-w-48 text-xs break-all">{url}</figcaption>
            </figure>
            <div className="min-w-0 flex-1 print:hidden">
              <ShareLink id="packet-url" label={t('link')} url={url} locale={locale}>
                <a href={mail} className={OUTLINED_BUTTON}>
                  {t('mail')}
                </a>
                <Link href={at.share(`?${packetQuery(topics)}`)} className={OUTLINED_BUTTON}>
                  {t('change')}
                </Link>
              </ShareLink>
            </div>
          </div>
          <PrintButton label={t('print')} />
        </section>
        {chosen.map((item) => (
          <section key={item.key} className="packet-topic mt-12 border-t border-slate-300 pt-8" data-packet-topic aria-label={item.topic.title}>
            <TopicHandout topic={item.topic} level={2} discussFirst="list" />
            <p className="mt-3 text-sm" data-packet-topic-footer>
              {t('topicFooter')}
            </p>
          </section>
        ))}
      </div>
    )
  }

  return { Page: PacketPage, metadata: { title: t('title'), robots: { index: false } } satisfies Metadata }
}
