import type { DefaultServerCellComponentProps } from 'payload'

import { STATUS_LABELS, type WorkflowStatus } from '../statuses'
import { Badge } from '../../admin/components/Badge'

/** The review status in lists; a draft a reviewer sent back reads "Changes requested", not "Draft". */
export function WorkflowStatusCell({ cellData, rowData }: DefaultServerCellComponentProps) {
  const status = cellData as WorkflowStatus | null | undefined
  if (!status) return null
  if (status === 'draft' && rowData?.changesRequested) return <Badge tone="warning">Changes requested</Badge>
  return <>{STATUS_LABELS[status] ?? status}</>
}
