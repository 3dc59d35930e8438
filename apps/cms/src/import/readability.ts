import { READING_GRADE_TARGET } from '../collections/Articles/readingGrade'
import { SPANISH_READING_EASE_TARGET } from '../collections/Articles/spanishReadability'

/** A text's readability by its language's formula: a grade for English (lower is easier), an ease for Spanish (higher is easier). */
export type Readability = { formula: 'flesch-kincaid' | 'fernandez-huerta'; score: number | null }

/** "reading grade 7.2", "Spanish reading ease 64.1 (below 70: hard for patients)", or "n/a" without enough text. */
export function describeReadability({ formula, score }: Readability): string {
  if (formula === 'fernandez-huerta') {
    if (score === null) return 'Spanish reading ease n/a'
    return `Spanish reading ease ${score}${score < SPANISH_READING_EASE_TARGET ? ` (below ${SPANISH_READING_EASE_TARGET}: hard for patients)` : ''}`
  }
  if (score === null) return 'reading grade n/a'
  return `reading grade ${score}${score > READING_GRADE_TARGET ? ` (above ${READING_GRADE_TARGET}: hard for patients)` : ''}`
}
