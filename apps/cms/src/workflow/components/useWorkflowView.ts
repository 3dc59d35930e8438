'use client'

import { useAllFormFields, useDocumentInfo } from '@payloadcms/ui'

import type { WorkflowView } from '../actions'
import type { WorkflowStatus } from '../rules'

type FieldState = { value?: unknown }

/** The workflow facts of the document open in the edit view, from its saved form state. */
export function useWorkflowView(): WorkflowView & { id?: number | string; collectionSlug?: string } {
  const { id, collectionSlug, hasPublishedDoc } = useDocumentInfo()
  const [fields] = useAllFormFields() as unknown as [Record<string, FieldState | undefined>]
  const value = (path: string) => fields[path]?.value
  // Array rows live in the form state as `workflowHistory.<n>.<field>`.
  const rows = Object.keys(fields)
    .map((path) => /^workflowHistory\.(\d+)\.to$/.exec(path)?.[1])
    .filter((index): index is string => index !== undefined)
    .map(Number)
  const last = rows.length ? Math.max(...rows) : undefined
  return {
    id,
    collectionSlug,
    workflowStatus: ((value('workflowStatus') as WorkflowStatus | undefined) ?? 'draft') as WorkflowStatus,
    hasPublishedVersion: Boolean(hasPublishedDoc),
    lastHistoryEntry:
      last === undefined
        ? null
        : {
            from: value(`workflowHistory.${last}.from`) as string | null,
            to: value(`workflowHistory.${last}.to`) as string | null,
            by: value(`workflowHistory.${last}.by`),
            note: value(`workflowHistory.${last}.note`) as string | null,
          },
    changesRequested: value('changesRequested') as boolean | null | undefined,
    authors: [value('author'), value('submittedBy'), value('lastEditedBy')],
  }
}
