/** What each evidence level means, in plain words for readers. */
export const EVIDENCE_LEVELS = {
  approved: {
    label: 'Approved indication',
    explanation:
      'A regulator (the US FDA) has approved a ketamine-based medicine for this use after large studies. It is still not right for everyone.',
  },
  emerging: {
    label: 'Emerging evidence',
    explanation:
      'Some good studies suggest it may help, but there are not yet enough large trials for approval. It is used off-label, so ask about the risks and the evidence.',
  },
  investigational: {
    label: 'Investigational',
    explanation:
      'Research is early: small or few studies. It is mainly offered within research studies, and we do not yet know if it helps.',
  },
} as const

export type EvidenceLevel = keyof typeof EVIDENCE_LEVELS
