'use client'

import { useFormFields } from '@payloadcms/ui'

import { isAboveReadingTarget, READING_GRADE_TARGET } from '../readingGrade'

/** A warning, not a block: patient articles above grade 8 are harder for anxious readers to follow. */
export function ReadingGradeNotice() {
  const grade = useFormFields(([fields]) => fields.readingGrade?.value) as number | null | undefined
  const audience = useFormFields(([fields]) => fields.audience?.value) as string | undefined
  if (typeof grade !== 'number') {
    return <p style={{ margin: '0 0 1rem', opacity: 0.75 }}>Reading grade: computed when you save.</p>
  }
  const tooHard = isAboveReadingTarget(audience, grade)
  return (
    <div
      className="reading-grade-notice"
      role={tooHard ? 'alert' : 'status'}
      style={{
        margin: '0 0 1rem',
        padding: '0.5rem 0.75rem',
        borderRadius: 4,
        border: `1px solid ${tooHard ? 'var(--theme-warning-500)' : 'var(--theme-elevation-150)'}`,
        background: tooHard ? 'var(--theme-warning-100)' : 'transparent',
      }}
    >
      <strong>Reading grade {grade}</strong>
      {tooHard
        ? ` is above ${READING_GRADE_TARGET}: patients may find this hard to read. Try shorter sentences and everyday words.`
        : ' (Flesch–Kincaid).'}
    </div>
  )
}
