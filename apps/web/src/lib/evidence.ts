import { EVIDENCE_LEVELS as LEVELS, type EvidenceLevel } from '@kat/contract'

/** What each evidence level means, in plain words for readers. */
const EXPLANATIONS: Record<EvidenceLevel, string> = {
  approved:
    'A regulator (the US FDA) has approved a ketamine-based medicine for this use after large studies. It is still not right for everyone.',
  emerging:
    'Some good studies suggest it may help, but there are not yet enough large trials for approval. It is used off-label, so ask about the risks and the evidence.',
  investigational:
    'Research is early: small or few studies. It is mainly offered within research studies, and we do not yet know if it helps.',
}

/** Each level in the CMS's order, with its name (the CMS's label) and its explanation. */
export const EVIDENCE_LEVELS = LEVELS.map(({ value, label }) => ({ value, label, explanation: EXPLANATIONS[value] }))

export const evidenceLevel = (level: EvidenceLevel) => EVIDENCE_LEVELS.find(({ value }) => value === level)!

export type { EvidenceLevel }
