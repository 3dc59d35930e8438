import { EVIDENCE_LEVELS as LEVELS, type EvidenceLevel, type Locale } from '@kat/contract'

import { translator } from '@/i18n'

/** Each level in the CMS's order, with its name and what it means, in plain words for readers of `locale`. */
export const evidenceLevels = (locale: Locale) => {
  const t = translator(locale, 'Evidence')
  return LEVELS.map(({ value }) => ({ value, label: t(value), explanation: t(`${value}Explanation`) }))
}

export const evidenceLevel = (level: EvidenceLevel, locale: Locale) => evidenceLevels(locale).find(({ value }) => value === level)!

export type { EvidenceLevel }
