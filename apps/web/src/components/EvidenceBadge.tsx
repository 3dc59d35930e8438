import type { Locale } from '@kat/contract'

import { evidenceLevel, type EvidenceLevel } from '@/lib/evidence'

const STYLES: Record<EvidenceLevel, string> = {
  approved: 'bg-emerald-100 text-emerald-900 border-emerald-700',
  emerging: 'bg-amber-100 text-amber-900 border-amber-700',
  investigational: 'bg-slate-100 text-slate-900 border-slate-600',
}

export function EvidenceBadge({ level, locale }: { level: EvidenceLevel; locale: Locale }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-medium ${STYLES[level]}`}>{evidenceLevel(level, locale).label}</span>
}
