import { documentPath, type Locale } from '@kat/contract'

import { ConditionArticle } from '@/components/ConditionArticle'
import { getArticlesForCondition, getCondition } from '@/lib/content'

import { documentRoute } from './document-route'

/** The condition page in one language: each language's route file is this, once. */
export function conditionPage(locale: Locale) {
  return documentRoute(
    {
      collection: 'conditions',
      find: getCondition,
      title: (doc) => doc.name,
      englishPath: (slug) => documentPath('conditions', slug),
      render: async (condition) => <ConditionArticle condition={condition} articles={await getArticlesForCondition(condition.id, locale)} locale={locale} />,
    },
    locale,
  )
}
