'use client'

import { useFormFields, useLocale } from '@payloadcms/ui'

import { Notice as ScoreNotice, PendingNotice as Pending } from '../../../admin/components/Notice'
import { isAboveReadingTarget, READING_GRADE_TARGET } from '../readingGrade'
import { SPANISH_READING_EASE_TARGET } from '../spanishReadability'

/**
 * A warning, not a block: patient articles above grade 8 (English) or below reading ease 70 (Spanish)
 * are harder for anxious readers to follow. Editing in Spanish shows the Spanish text's score.
 */
export function ReadingGradeNotice() {
  const grade = useFormFields(([fields]) => fields.readingGrade?.value) as number | null | undefined
  const ease = useFormFields(([fields]) => fields.spanishReadingEase?.value) as number | null | undefined
  const audience = useFormFields(([fields]) => fields.audience?.value) as string | undefined
  const locale = useLocale()
  if (locale.code === 'es') {
    if (typeof ease !== 'number') return <Pending>Spanish reading ease: computed when you save the Spanish text.</Pending>
    const tooHard = audience === 'patients' && ease < SPANISH_READING_EASE_TARGET
    return (
      <ScoreNotice warn={tooHard} title={`Spanish reading ease ${ease}`}>
        {tooHard
          ? ` is below ${SPANISH_READING_EASE_TARGET} (Fernández-Huerta): patients may find this hard to read. Try shorter sentences and everyday words.`
          : ` (Fernández-Huerta; ${SPANISH_READING_EASE_TARGET} or above is fairly easy).`}
      </ScoreNotice>
    )
  }
  if (typeof grade !== 'number') return <Pending>Reading grade: computed when you save.</Pending>
  const tooHard = isAboveReadingTarget(audience, grade)
  return (
    <ScoreNotice warn={tooHard} title={`Reading grade ${grade}`}>
      {tooHard
        ? ` is above ${READING_GRADE_TARGET}: patients may find this hard to read. Try shorter sentences and everyday words.`
        : ' (Flesch–Kincaid).'}
    </ScoreNotice>
  )
}
