import type { ReactNode } from 'react'

/** A sidebar note on a document: a warning (announced at once) or a quiet status line. */
export function Notice({ warn, title, children }: { warn: boolean; title: string; children: ReactNode }) {
  return (
    <div
      className="kat-notice"
      role={warn ? 'alert' : 'status'}
      style={{
        margin: '0 0 1rem',
        padding: '0.5rem 0.75rem',
        borderRadius: 4,
        border: `1px solid ${warn ? 'var(--theme-warning-500)' : 'var(--theme-elevation-150)'}`,
        background: warn ? 'var(--theme-warning-100)' : 'transparent',
      }}
    >
      <strong>{title}</strong>
      {children}
    </div>
  )
}

/** What shows before there is anything to say (a score not yet computed, no translation yet). */
export const PendingNotice = ({ children }: { children: ReactNode }) => <p style={{ margin: '0 0 1rem', opacity: 0.75 }}>{children}</p>
