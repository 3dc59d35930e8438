import type { Condition } from '@kat/cms-types'

import { ConditionLink } from './ConditionLink'

/** Links to related condition pages; only populated (published) conditions are shown. */
export function RelatedConditions({ conditions }: { conditions: (number | Condition)[] | null | undefined }) {
  const shown = (conditions ?? []).filter((condition): condition is Condition => typeof condition === 'object' && condition !== null)
  if (!shown.length) return null
  return (
    <section aria-labelledby="related-conditions-heading" className="mt-10">
      <h2 id="related-conditions-heading" className="text-2xl font-semibold">
        Related conditions
      </h2>
      <ul className="mt-3 flex flex-wrap gap-3">
        {shown.map((condition) => (
          <li key={condition.id}>
            <ConditionLink condition={condition} />
          </li>
        ))}
      </ul>
    </section>
  )
}
