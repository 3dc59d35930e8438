import type { Condition } from '@kat/cms-types'
import type { Locale } from '@kat/contract'

import { translator } from '@/i18n'
import { approvedIn } from '@/lib/translation'

import { ConditionLink } from './ConditionLink'

/** Links to related condition pages; only populated (published) conditions with an approved version in this language are shown. */
export function RelatedConditions({ conditions, locale }: { conditions: (number | Condition)[] | null | undefined; locale: Locale }) {
  const shown = (conditions ?? []).filter((condition): condition is Condition => typeof condition === 'object' && condition !== null && approvedIn(locale, condition, condition.name))
  if (!shown.length) return null
  return (
    <section aria-labelledby="related-conditions-heading" className="mt-10">
      <h2 id="related-conditions-heading" className="text-2xl font-semibold">
        {translator(locale, 'Condition')('relatedConditions')}
      </h2>
      <ul className="mt-3 flex flex-wrap gap-3">
        {shown.map((condition) => (
          <li key={condition.id}>
            <ConditionLink condition={condition} locale={locale} />
          </li>
        ))}
      </ul>
    </section>
  )
}
