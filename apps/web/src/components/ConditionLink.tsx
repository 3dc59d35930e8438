import { routesFor, type Locale } from '@kat/contract'
import Link from 'next/link'

/** A link to a condition's page, its name as the text; at least 24 px tall to tap. */
export function ConditionLink({ condition, locale, className = '' }: { condition: { slug: string; name: string }; locale: Locale; className?: string }) {
  return (
    <Link href={routesFor(locale).condition(condition.slug)} className={`inline-flex min-h-6 items-center underline ${className}`.trim()}>
      {condition.name}
    </Link>
  )
}
