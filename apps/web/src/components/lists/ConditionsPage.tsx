import type { Metadata } from 'next'
import { routes } from '@kat/contract'

import { ConditionLink } from '@/components/ConditionLink'
import { EvidenceBadge } from '@/components/EvidenceBadge'
import { getConditionsAZ } from '@/lib/content'
import { EVIDENCE_LEVELS } from '@/lib/evidence'

export const conditionsMetadata: Metadata = {
  title: 'Conditions A–Z',
  description: 'Conditions for which ketamine-based treatment is used or studied, with how strong the evidence is.',
  alternates: { canonical: routes.conditions() },
}

export async function ConditionsPage() {
  const conditions = await getConditionsAZ()
  const groups = new Map<string, typeof conditions>()
  for (const condition of conditions) {
    const letter = condition.name[0]!.toUpperCase()
    groups.set(letter, [...(groups.get(letter) ?? []), condition])
  }
  return (
    <>
      <h1 className="text-3xl font-bold">Conditions A–Z</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700">
        How ketamine-based treatment is used or studied for each condition, and how strong the evidence is.
      </p>
      <dl className="mt-6 grid max-w-3xl gap-3 text-sm">
        {EVIDENCE_LEVELS.map((level) => (
          <div key={level.value}>
            <dt>
              <EvidenceBadge level={level.value} />
            </dt>
            <dd className="mt-1 text-slate-700">{level.explanation}</dd>
          </div>
        ))}
      </dl>
      {[...groups].map(([letter, items]) => (
        <section key={letter} aria-labelledby={`letter-${letter}`} className="mt-8">
          <h2 id={`letter-${letter}`} className="border-b border-slate-200 text-2xl font-semibold">
            {letter}
          </h2>
          <ul className="mt-3 space-y-4">
            {items.map((condition) => (
              <li key={condition.id}>
                <ConditionLink condition={condition} className="text-lg font-semibold text-teal-900" />{' '}
                <EvidenceBadge level={condition.evidenceLevel} />
                <p className="mt-1 max-w-3xl text-slate-700">{condition.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
