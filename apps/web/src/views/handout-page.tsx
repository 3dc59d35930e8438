import { documentPath, localizedPath, routesFor, type Locale } from '@kat/contract'
import type { Metadata } from 'next'

import { LanguageSwitch } from '@/components/LanguageSwitch'
import { PrintButton } from '@/components/PrintButton'
import { TopicHandout, type HandoutTopic } from '@/components/handout/TopicHandout'
import { articleTopic, conditionTopic } from '@/components/handout/topics'
import { translator } from '@/i18n'
import { getArticle, getCondition } from '@/lib/content'

import { documentRoute } from './document-route'

type Props = { params: Promise<{ slug: string }> }

const handoutPathOf = (collection: 'conditions' | 'articles', slug: string) => `${documentPath(collection, slug)}/handout`

/**
 * One printed page a clinician can hand over, in one language: the essentials, a QR code to the full
 * page in that language, the page's own and the required disclaimers, crisis help.
 */
export function handoutPage(collection: 'conditions' | 'articles', locale: Locale) {
  const handout = (slug: string, topic: HandoutTopic) => (
    <article className="handout mx-auto max-w-3xl" data-handout>
      <LanguageSwitch locale={locale} path={localizedPath(handoutPathOf(collection, slug), locale)} />
      <TopicHandout topic={topic} level={1} discussFirst="sentence" />
      <PrintButton label={translator(locale, 'Handout')('print')} />
    </article>
  )
  const englishPath = (slug: string) => handoutPathOf(collection, slug)
  const route =
    collection === 'conditions'
      ? documentRoute({ collection, find: getCondition, title: (doc) => doc.name, englishPath, render: (doc) => handout(doc.slug, conditionTopic(doc, locale)) }, locale)
      : documentRoute({ collection, find: getArticle, title: (doc) => doc.title, englishPath, render: (doc) => handout(doc.slug, articleTopic(doc, locale)) }, locale)
  return {
    ...route,
    // Not indexed: the printed page's canonical address is the full page in its language.
    generateMetadata: async ({ params }: Props): Promise<Metadata> => {
      const { slug } = await params
      const canonical = collection === 'conditions' ? routesFor(locale).condition(slug) : routesFor(locale).article(slug)
      return { title: translator(locale, 'Handout')('metaTitle'), robots: { index: false }, alternates: { canonical } }
    },
  }
}
