import type { SiteSetting } from '@kat/cms-types'
import type { Locale } from '@kat/contract'

import { translator } from '@/i18n'

import { fallbackCrisis } from './fallback-content'

/** Crisis help, in the same place (top of every page) so an anxious reader always finds it. */
export function CrisisHelp({ settings, locale }: { settings: SiteSetting | null; locale: Locale }) {
  const crisis = settings?.crisisHelp
  const fallback = fallbackCrisis(locale)
  const text = crisis?.text || fallback.text
  // A line without its label in this language would read as a bare number: all lines come from one source.
  const lines = crisis?.lines?.length && crisis.lines.every((line) => line.label && line.contact) ? crisis.lines : fallback.lines
  return (
    <aside aria-label={translator(locale, 'Crisis')('label')} data-crisis-help className="bg-red-50 border-b border-red-200 text-red-950">
      <div className="mx-auto max-w-5xl px-4 py-2 text-sm">
        <p className="font-semibold">{text}</p>
        <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
          {lines.map((line) => (
            <li key={line.label}>
              {line.label}:{' '}
              {line.href ? (
                <a className="inline-block min-h-6 min-w-6 text-center font-bold underline" href={line.href}>
                  {line.contact}
                </a>
              ) : (
                <strong>{line.contact}</strong>
              )}
            </li>
          ))}
        </ul>
      </div>
    </aside>
  )
}
