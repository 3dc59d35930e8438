import type { Article, Condition } from '@kat/cms-types'
import { routes } from '@kat/contract'

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

export const conditionTopic = (condition: ConditionFields, label = 'Patient handout'): HandoutTopic => ({
  label,
  title: condition.name,
  summary: condition.summary,
  evidence: condition.evidenceLevel,
  contraindications: condition.contraindications,
  disclaimers: condition.disclaimers,
  scope: 'conditions',
  reviewedBy: condition.reviewedBy,
  lastReviewed: condition.lastReviewed,
  nextReviewDue: condition.nextReviewDue,
  url: `${siteUrl()}${routes.condition(condition.slug)}`,
})

export const articleTopic = (article: ArticleFields, label = 'Patient handout'): HandoutTopic => ({
  label,
  title: article.title,
  summary: article.summary,
  outline: outlineOf(article.body),
  contraindications: article.contraindications,
  disclaimers: article.disclaimers,
  scope: 'articles',
  reviewedBy: article.reviewedBy,
  lastReviewed: article.lastReviewed,
  nextReviewDue: article.nextReviewDue,
  url: `${siteUrl()}${routes.article(article.slug)}`,
})
