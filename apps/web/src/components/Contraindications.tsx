import type { Contraindication } from '@kat/cms-types'
import { CONTRAINDICATION_KINDS, routes, valuesOf, type ContraindicationKind } from '@kat/contract'
import Link from 'next/link'

const HEADINGS: Record<ContraindicationKind, string> = { absolute: 'Must not have it', relative: 'Discuss with your clinician' }

/** The published contraindications a page embeds, by kind, with a link to the full list. */
export function Contraindications({ items }: { items: (number | Contraindication)[] | null | undefined }) {
  const shown = (items ?? []).filter((item): item is Contraindication => typeof item === 'object' && item !== null)
  if (!shown.length) return null
  return (
    <section aria-labelledby="contraindications-heading" className="mt-10">
      <h2 id="contraindications-heading" className="text-2xl font-semibold">
        When ketamine may not be right
      </h2>
      {valuesOf(CONTRAINDICATION_KINDS).map((kind) => {
        const ofKind = shown.filter((item) => item.kind === kind)
        if (!ofKind.length) return null
        return (
          <div key={kind} className="mt-4">
            <h3 className="text-lg font-semibold">{HEADINGS[kind]}</h3>
            <ul className="mt-2 list-disc space-y-2 pl-6">
              {ofKind.map((item) => (
                <li key={item.id}>
                  <strong>{item.name}.</strong> {item.patientExplanation}
                </li>
              ))}
            </ul>
          </div>
        )
      })}
      <p className="mt-3">
        <Link href={routes.contraindications()} className="inline-flex min-h-6 items-center underline">
          All contraindications
        </Link>
      </p>
    </section>
  )
}
