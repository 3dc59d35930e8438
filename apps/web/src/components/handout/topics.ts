import type { Article, Condition } from '@kat/cms-types'
import { routes, routesFor, type Locale } from '@kat/contract'

import { translator } from '@/i18n'
import { translationOf } from '@/lib/translation'
import { siteUrl } from '@/lib/site-url'

import type { HandoutTopic } from './TopicHandout'

type LexicalNode = { type?: string; tag?: string; text?: string; children?: LexicalNode[] }

/** The section headings (h2) of an article's body, in order. */
function outlineOf(body: unknown): string[] {
  const children = ((body as { root?: LexicalNode } | null)?.root?.children ?? []) as LexicalNode[]
  const text = (node: LexicalNode): string => (node.text ?? '') + (node.children ?? []).map(text).join('')
  return children.filter((node) => node.type === 'heading' && node.tag === 'h2').map((node) => text(node).trim()).filter(Boolean)
}

type ConditionFields = Pick<Condition, 'name' | 'slug' | 'summary' | 'evidenceLevel' | 'contraindications' | 'disclaimers' | 'reviewedBy' | 'lastReviewed' | 'nextReviewDue'>
type ArticleFields = Pick<Article, 'title' | 'slug' | 'summary' | 'body' | 'contraindications' | 'disclaimers' | 'reviewedBy' | 'lastReviewed' | 'nextReviewDue'>

/** How a topic is labelled: alone on a handout, or as one part of a packet. */
export type TopicLabel = 'patientHandout' | 'condition' | 'article'

export const conditionTopic = (condition: ConditionFields, locale: Locale, label: TopicLabel = 'patientHandout'): HandoutTopic => ({
  label: translator(locale, 'Handout')(label),
  title: condition.name,
  summary: condition.summary,
  evidence: condition.evidenceLevel,
  contraindications: condition.contraindications,
  disclaimers: condition.disclaimers,
  scope: 'conditions',
  reviewedBy: condition.reviewedBy,
  lastReviewed: condition.lastReviewed,
  nextReviewDue: condition.nextReviewDue,
  translation: translationOf(condition),
  url: `${siteUrl()}${routesFor(locale).condition(condition.slug)}`,
  englishPath: routes.condition(condition.slug),
  locale,
})

export const articleTopic = (article: ArticleFields, locale: Locale, label: TopicLabel = 'patientHandout'): HandoutTopic => ({
  label: translator(locale, 'Handout')(label),
  title: article.title,
  summary: article.summary,
  outline: outlineOf(article.body),
  contraindications: article.contraindications,
  disclaimers: article.disclaimers,
  scope: 'articles',
  reviewedBy: article.reviewedBy,
  lastReviewed: article.lastReviewed,
  nextReviewDue: article.nextReviewDue,
  translation: translationOf(article),
  url: `${siteUrl()}${routesFor(locale).article(article.slug)}`,
  englishPath: routes.article(article.slug),
  locale,
})
