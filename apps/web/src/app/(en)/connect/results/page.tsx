import { CODE_SYSTEMS, parseConnectQuery } from '@kat/contract'
import type { Metadata } from 'next'

import { ConditionLink } from '@/components/ConditionLink'
import { PageFrame } from '@/components/PageFrame'
import { conditionsForCodes } from '@/lib/connect'
import { getConditionsAZ } from '@/lib/content'
import { searchParamsOf } from '@/lib/markup'

export const metadata: Metadata = { title: 'Topics for your health record', robots: { index: false } }

const longDate = (iso: string) => new Date(iso).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })

/** Where /connect sends a person when the codes find several pages, or none: a choice, or the A–Z. */
export default async function ConnectResults({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = searchParamsOf(await searchParams)
  const query = parseConnectQuery(params)
  const matches = 'error' in query ? [] : await conditionsForCodes(query.codes)
  const codes = 'error' in query ? [] : query.codes.map((code) => `${CODE_SYSTEMS[code.system].label} ${code.code}`)
  const az = matches.length ? [] : await getConditionsAZ()
  return (
    <PageFrame scope="conditions" locale="en">
      <section className="max-w-3xl">
        {matches.length ? (
          <>
            <h1 className="text-3xl font-bold">Topics for your health record</h1>
            <p className="mt-3 text-lg text-slate-700">
              Your care team’s record lists {codes.join(', ')}. These pages explain the conditions in plain language. Choose one:
            </p>
            <ul className="mt-6 space-y-5">
              {matches.map((match) => (
                <li key={match.path}>
                  <ConditionLink condition={{ slug: match.slug, name: match.title }} locale="en" className="text-xl font-semibold text-teal-900" />
                  <p className="mt-1 text-slate-700">{match.summary}</p>
                  {match.lastReviewed ? <p className="mt-1 text-sm text-slate-600">Clinically reviewed {longDate(match.lastReviewed)}</p> : null}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <>
            <h1 className="text-3xl font-bold">We have no page for that code yet</h1>
            <p className="mt-3 text-lg text-slate-700">
              {'error' in query ? query.error : `We do not have a page for ${codes.join(', ')}.`} You can look through every condition we explain:
            </p>
            <ul className="mt-6 space-y-3">
              {az.map((condition) => (
                <li key={condition.id}>
                  <ConditionLink condition={condition} locale="en" className="text-lg font-semibold text-teal-900" />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </PageFrame>
  )
}
