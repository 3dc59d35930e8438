/** Patient articles should read at grade 8 or below (Flesch–Kincaid): anxious readers follow them better. */
export const READING_GRADE_TARGET = 8

export const isAboveReadingTarget = (audience: unknown, grade: unknown): boolean =>
  audience === 'patients' && typeof grade === 'number' && grade > READING_GRADE_TARGET
