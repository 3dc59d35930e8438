import type { DefaultServerCellComponentProps } from 'payload'

import { Badge } from '../../../admin/components/Badge'
import { isAboveReadingTarget, READING_GRADE_TARGET } from '../readingGrade'

/** The reading grade in the article list, marked above grade 8 for patient articles. */
export function ReadingGradeCell({ cellData, rowData }: DefaultServerCellComponentProps) {
  if (typeof cellData !== 'number') return null
  return (
    <>
      {cellData} {isAboveReadingTarget(rowData?.audience, cellData) ? <Badge tone="warning">Above {READING_GRADE_TARGET}</Badge> : null}
    </>
  )
}
