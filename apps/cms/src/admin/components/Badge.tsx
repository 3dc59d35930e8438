import type { ReactNode } from 'react'

import './badge.css'

/** A short mark beside a list value; its words carry the meaning, the colour only repeats it. */
export function Badge({ tone, children }: { tone?: 'warning' | 'error'; children: ReactNode }) {
  return <span className={tone ? `kat-badge kat-badge--${tone}` : 'kat-badge'}>{children}</span>
}
