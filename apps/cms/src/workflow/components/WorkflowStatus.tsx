'use client'

import { changesRequested, COMBINED_STATUS_LABELS, combinedStatus } from '../actions'
import { useWorkflowView } from './useWorkflowView'

/**
 * One status in the document header, in place of Payload's draft/published one: Draft, In review,
 * Changes requested (with the reviewer's note), Approved, Published, or Published with changes pending.
 */
export function WorkflowStatus() {
  const view = useWorkflowView()
  const status = combinedStatus(view)
  const note = changesRequested(view) ? view.lastHistoryEntry?.note : null
  return (
    <div className="workflow-status" style={{ display: 'flex', gap: '0.75rem', alignItems: 'baseline', minWidth: 0 }}>
      <span>
        Status: <strong data-workflow-status={status}>{COMBINED_STATUS_LABELS[status]}</strong>
      </span>
      {note ? (
        <span title={note} style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', maxWidth: '24rem' }}>
          Reviewer: “{note}”
        </span>
      ) : null}
    </div>
  )
}
