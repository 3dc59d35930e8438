'use client'

import { PublishButton, useFormModified } from '@payloadcms/ui'

import { useWorkflowView } from './useWorkflowView'

/**
 * Payload's Publish (and Schedule) button, shown only when this version can be published: approved by a
 * reviewer and unchanged since. Elsewhere it could only fail, and editors were offered it on every draft.
 */
export function WorkflowPublishButton() {
  const { workflowStatus } = useWorkflowView()
  const modified = useFormModified()
  if (workflowStatus !== 'approved' || modified) return null
  return <PublishButton />
}
