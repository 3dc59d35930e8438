import type { Disclaimer } from '@kat/cms-types'
import { isRequiredOn, type DisclaimerScope, type Locale } from '@kat/contract'

import { translator } from '@/i18n'
import { approvedIn } from '@/lib/translation'

/**
 * The disclaimers attached to this page (e.g. off-label use), shown with its content; those the footer
 * already shows as required for this page type are left out, and so are any without text in this
 * language (the footer's built-in disclaimer still applies).
 */
export function PageDisclaimers({ disclaimers, scope, locale }: { disclaimers: (number | Disclaimer)[] | null | undefined; scope: DisclaimerScope; locale: Locale }) {
  const shown = (disclaimers ?? []).filter((d): d is Disclaimer => typeof d === 'object' && d !== null && approvedIn(locale, d, d.title, d.body) && !isRequiredOn(d, scope))
  if (!shown.length) return null
  return (
    <aside aria-label={translator(locale, 'Disclaimer')('pageNotes')} className="mt-6 rounded-md border border-slate-300 bg-slate-50 p-4 text-sm" data-page-disclaimers>
      {shown.map((disclaimer) => (
        <p key={disclaimer.id}>
          <strong>{disclaimer.title}.</strong> {disclaimer.body}
        </p>
      ))}
    </aside>
  )
}
