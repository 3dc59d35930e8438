import type { Disclaimer } from '@kat/cms-types'

/** The disclaimers attached to this page (e.g. off-label use), shown with its content. */
export function PageDisclaimers({ disclaimers }: { disclaimers: (number | Disclaimer)[] | null | undefined }) {
  const shown = (disclaimers ?? []).filter((d): d is Disclaimer => typeof d === 'object' && d !== null && !d.required)
  if (!shown.length) return null
  return (
    <aside aria-label="Please note" className="mt-6 rounded-md border border-slate-300 bg-slate-50 p-4 text-sm">
      {shown.map((disclaimer) => (
        <p key={disclaimer.id}>
          <strong>{disclaimer.title}.</strong> {disclaimer.body}
        </p>
      ))}
    </aside>
  )
}
