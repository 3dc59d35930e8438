import type { Locale } from '@kat/contract'

import { CopyLinkButton } from './CopyLinkButton'

/** A stable address to hand on: visible and selectable (without JavaScript too), with a copy button beside the other actions. */
export function ShareLink({ id, label, url, locale, children }: { id: string; label: string; url: string; locale: Locale; children?: React.ReactNode }) {
  return (
    <div className="min-w-0 flex-1 space-y-3">
      <label className="block text-sm font-medium" htmlFor={id}>
        {label}
      </label>
      <input id={id} readOnly value={url} className="w-full rounded border border-slate-400 px-2 py-2 text-sm" />
      <div className="flex flex-wrap gap-3">
        <CopyLinkButton url={url} locale={locale} />
        {children}
      </div>
    </div>
  )
}
