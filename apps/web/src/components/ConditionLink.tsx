import { routes } from '@kat/contract'
import Link from 'next/link'

/** A link to a condition's page, its name as the text; at least 24 px tall to tap. */
export function ConditionLink({ condition, className = '' }: { condition: { slug: string; name: string }; className?: string }) {
  return (
    <Link href={routes.condition(condition.slug)} className={`inline-flex min-h-6 items-center underline ${className}`.trim()}>
      {condition.name}
    </Link>
  )
}
