import type { Disclaimer } from '@kat/cms-types'
import { isRequiredOn, type DisclaimerScope } from '@kat/contract'

/**
 * The disclaimers attached to this page (e.g. off-label use), shown with its content; those the footer
 * already shows as required for this page type are left out.
 */
export function PageDisclaimers({ disclaimers, scope }: { disclaimers: (number | Disclaimer)[] | null | undefined; scope: DisclaimerScope }) {
  const shown = (disclaimers ?? []).filter((d): d is Disclaimer => typeof d === 'object' && d !== null && !isRequiredOn(d, scope))
  if (!shown.length) return null
  return (
    <aside aria-label="Please note" className="mt-6 rounded-md border border-slate-300 bg-slate-50 p-4 text-sm" data-page-disclaimers>
      {shown.map((disclaimer) => (
        <p key={disclaimer.id}>
          <strong>{disclaimer.title}.</strong> {disclaimer.body}
        </p>
      ))}
    </aside>
  )
}
