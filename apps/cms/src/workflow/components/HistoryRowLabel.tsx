'use client'

import { useRowLabel } from '@payloadcms/ui'

import { STATUS_LABELS, type WorkflowStatus } from '../statuses'

type Entry = { from?: WorkflowStatus | null; to?: WorkflowStatus | null; at?: string | null; note?: string | null }

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' })

/** "In review → Approved · 1 Dec 2026, 09:25 · note…" instead of "Workflow History 03". */
export function HistoryRowLabel() {
  const { data } = useRowLabel<Entry>()
  const step = [data?.from ? STATUS_LABELS[data.from] : 'Created', data?.to ? STATUS_LABELS[data.to] : '?'].join(' → ')
  const when = data?.at ? DATE.format(new Date(data.at)) : null
  const note = data?.note ? `“${data.note.length > 60 ? `${data.note.slice(0, 60)}…` : data.note}”` : null
  return <span>{[step, when, note].filter(Boolean).join(' · ')}</span>
}
