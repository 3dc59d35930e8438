import { formatDate } from '@payloadcms/ui/shared'
import type { DefaultServerCellComponentProps } from 'payload'

import { DATE_FORMAT } from '../../admin/dateFormat'
import { reviewDueFlags } from '../rules'
import { Badge } from '../../admin/components/Badge'

/** The next review date in lists, marked when it has passed or comes within 30 days. */
export function ReviewDueCell({ cellData, i18n }: DefaultServerCellComponentProps) {
  if (typeof cellData !== 'string' || !cellData) return null
  const { reviewOverdue, reviewDueSoon } = reviewDueFlags(cellData, new Date())
  return (
    <>
      {formatDate({ date: cellData, i18n, pattern: DATE_FORMAT })}{' '}
      {reviewOverdue ? <Badge tone="error">Overdue</Badge> : reviewDueSoon ? <Badge tone="warning">Due soon</Badge> : null}
    </>
  )
}
