import type { Locale } from '@kat/contract'
import type React from 'react'

import { MandatoryDisclaimer, type DisclaimerText } from './MandatoryDisclaimer'

/** The main content and the footer with the required disclaimers (the built-in text when none are given). */
export function PageShell({ disclaimers, footer, locale, children }: { disclaimers?: DisclaimerText[]; footer?: string | null; locale: Locale; children: React.ReactNode }) {
  return (
    <>
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-slate-50">
        <MandatoryDisclaimer disclaimers={disclaimers} locale={locale} />
        {footer ? <p className="mx-auto max-w-5xl px-4 pb-6 text-sm text-slate-600">{footer}</p> : null}
      </footer>
    </>
  )
}
